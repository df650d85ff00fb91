import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileNames, safeUnitName } from '../../src/excel/export/workbook-names.js';
import { exportWorkbooks } from '../../src/excel/export/export-workbooks.js';
import { NODE_FILE_OPS, type FileOps } from '../../src/util/atomic-write.js';
import { runCheck } from '../../src/check/run-check.js';
import { loadWorkspace } from '../../src/load/load-workspace.js';
import { indexUnits } from '../../src/model/units.js';
import { ledger, tempDir } from '../helpers/cli.js';
import { HOSTILE_CONTACTS as HOSTILE, hostileNamesWorkspace, PINNED_DATE } from './fixture.js';
import { readWorkbook, rowsById } from './helpers.js';

let ws: string;
let files: string[];

beforeAll(async () => {
  ws = await hostileNamesWorkspace();
  const r = await ledger(['export', '--all'], { cwd: ws, env: PINNED_DATE });
  expect(r.code).toBe(0);
  files = fs.readdirSync(path.join(ws, 'exports')).sort();
});

describe('export file names come from safe names or unit ids', () => {
  it('drops the formula start of a name, and two units of one name get one file each', () => {
    expect(files).toContain('2024-06-1+2 法规科-工作台账.xlsx');
    expect(files).toContain('2024-06-办公室-bangongshi-工作台账.xlsx');
    expect(files).toContain('2024-06-办公室-renshi-jiaoyu-工作台账.xlsx');
    expect(files.filter((f) => f.endsWith('-工作台账.xlsx'))).toHaveLength(fs.readdirSync(path.join(ws, 'assignments')).length);
  });

  it.each([
    ['=1+2 法规科', '1+2 法规科'],
    ['@+-= 办公室', '办公室'],
    ['法规科/执法稽查科', '法规科_执法稽查科'],
    ['a:b*c?d"e<f>g|h\\i', 'a_b_c_d_e_f_g_h_i'],
    ['法规科\u202Excod.exe', '法规科xcod.exe'],
    ['  两个   空格  ', '两个 空格'],
    ['末尾的点...', '末尾的点'],
    ['===', ''],
    ['很'.repeat(50), '很'.repeat(40)],
  ])('%j → %j', (name, safe) => expect(safeUnitName(name)).toBe(safe));

  it('falls back to the id when a name leaves nothing, or when names collide even with their ids', () => {
    const units = indexUnits({
      units: [
        { id: 'a', name: '===', aliases: [], enforcement: false },
        { id: 'b', name: '科', aliases: [], enforcement: false },
        { id: 'c', name: '科', aliases: [], enforcement: false },
        { id: 'd', name: '科-b', aliases: [], enforcement: false },
      ],
      groups: {},
    });
    const name = fileNames(units);
    expect(['a', 'b', 'c', 'd', 'unknown'].map(name)).toEqual(['a', 'b', '科-c', 'd', 'unknown']);
  });
});

describe('cell text that starts with = + - @ stays text', () => {
  it('is stored as a string, never a formula (read back with exceljs)', async () => {
    const wb = await readWorkbook(path.join(ws, 'exports/2024-06-1+2 法规科-工作台账.xlsx'));
    const sheet = wb.getWorksheet('工作台账')!;
    const rows = rowsById(sheet);
    for (const [id, contact] of Object.entries(HOSTILE)) {
      const cell = sheet.getRow(rows.get(id)!).getCell(5);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBe(contact);
    }
    const title = wb.getWorksheet('材料核查')!.getCell('A1');
    expect([title.type, title.value]).toEqual([ExcelJS.ValueType.String, '=1+2 法规科上报材料核查表']);
    const summary = (await readWorkbook(path.join(ws, 'exports/2024-06-汇总.xlsx'))).getWorksheet('汇总')!;
    const labels: ExcelJS.Cell[] = [];
    summary.eachRow((row) => labels.push(row.getCell(1)));
    const label = labels.find((c) => c.value === '=1+2 法规科')!;
    expect(label.type).toBe(ExcelJS.ValueType.String);
  });

  it('comes back from an import as the same text, changing nothing', async () => {
    const r = await ledger(['import', 'exports/2024-06-1+2 法规科-工作台账.xlsx'], { cwd: ws, env: PINNED_DATE });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('没有需要更新的内容');
  });
});

describe('export on a full disk', () => {
  it('fails with a clear message and leaves no file behind, not even an empty temporary one', async () => {
    const loaded = loadWorkspace(ws);
    const result = await runCheck(loaded);
    const input = {
      workspace: result.workspace,
      coverage: result.evidence!.coverage,
      counts: result.summary,
      diagnostics: result.diagnostics,
    };
    const out = tempDir();
    const full: FileOps = {
      ...NODE_FILE_OPS,
      write: () => {
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      },
    };
    for (const force of [false, true]) {
      await expect(exportWorkbooks(input, out, { unit: 'fagui', force }, PINNED_DATE.LEDGER_TODAY, undefined, full)).rejects.toMatchObject({
        key: 'export.write-failed',
        args: { detail: 'ENOSPC' },
      });
      expect(fs.readdirSync(out)).toEqual([]);
    }
  });
});
