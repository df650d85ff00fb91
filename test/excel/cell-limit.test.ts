import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ledger } from '../helpers/cli.js';
import { writeFile } from '../helpers/workspace.js';
import { editLedger } from './edit-workbook.js';
import { fixtureWorkspace, mustReplace, PINNED_DATE } from './fixture.js';
import { readAssignments, readWorkbook, rowsById, text } from './helpers.js';

/**
 * Excel keeps at most 32,767 characters in a cell and cuts a longer text when it opens the file.
 * Export writes no cell that long (refusing, with where and how long); import refuses a cell at the
 * limit, which only Excel's cut can have made (docs/限制.md).
 */

const EXPORT = 'exports/2024-06-法规科-工作台账.xlsx';
const MAX = 32767;
let ws: string;

beforeAll(async () => {
  ws = await fixtureWorkspace();
});

/** 法规科's progress of indicator 30 set to `progress` and the contact of 32 to `contact`. */
function setTexts(progress: string, contact: string): void {
  let yaml = readAssignments(ws, 'fagui');
  yaml = mustReplace(yaml, /("30":[^\n]*\n    status: 未完成\n    progress: )[^\n]*\n/, `$1"${progress}"\n`);
  yaml = mustReplace(yaml, /("32":[^\n]*\n    status: 未完成\n    progress: [^\n]*\n)/, `$1    contact: "${contact}"\n`);
  writeFile(ws, 'assignments/fagui.yaml', yaml);
}

describe('export writes no cell Excel would cut', () => {
  it('refuses a 100,004-character progress text and an over-long contact, naming each cell, and writes nothing', async () => {
    const before = readAssignments(ws, 'fagui');
    setTexts('进'.repeat(100_004), '王'.repeat(40_000));
    const r = await ledger(['export', '--unit', 'fagui'], { cwd: ws, env: PINNED_DATE });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('未导出任何文件：以下单元格的文字达到或超过 Excel 单元格的上限 32767 个字符');
    expect(r.stderr).toMatch(/2024-06-法规科-工作台账\.xlsx › 工作台账 › D\d+ \(30 [^)]*\) — 100008/);
    expect(r.stderr).toMatch(/2024-06-法规科-工作台账\.xlsx › 工作台账 › E\d+ \(32 [^)]*\) — 40000/);
    expect(r.stderr).toContain('assignments/<单位>.yaml');
    // The very hidden sheet holds copies of these texts: it is not listed on top of them.
    expect(r.stderr).not.toContain('ledger-meta');
    expect(fs.existsSync(path.join(ws, 'exports'))).toBe(false);
    writeFile(ws, 'assignments/fagui.yaml', before);
  });

  it('writes a cell one character under the limit', async () => {
    const before = readAssignments(ws, 'fagui');
    // The cell is 未完成： (4 characters) and the text.
    setTexts('进'.repeat(MAX - 1 - 4), '王五');
    const r = await ledger(['export', '--unit', 'fagui'], { cwd: ws, env: PINNED_DATE });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const sheet = (await readWorkbook(path.join(ws, EXPORT))).getWorksheet('工作台账')!;
    expect(text(sheet.getRow(rowsById(sheet).get('30')!).getCell(4))).toHaveLength(MAX - 1);
    writeFile(ws, 'assignments/fagui.yaml', before);
  });
});

describe('import refuses a cell Excel may have cut', () => {
  it('names the cell whose text is exactly 32,767 characters long', async () => {
    if (!fs.existsSync(path.join(ws, EXPORT)))
      expect((await ledger(['export', '--unit', 'fagui'], { cwd: ws, env: PINNED_DATE })).code).toBe(0);
    let cell = '';
    await editLedger(path.join(ws, EXPORT), path.join(ws, 'cut.xlsx'), (s, rows) => {
      const c = s.getRow(rows.get('31')!).getCell(4);
      c.value = `已完成：${'完'.repeat(MAX - 4)}`;
      cell = c.address;
    });
    const before = readAssignments(ws, 'fagui');
    const r = await ledger(['import', 'cut.xlsx'], { cwd: ws, env: PINNED_DATE });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `cut.xlsx › 工作台账 › ${cell}：这个单元格的文字达到了 Excel 单元格的上限（32767 个字符），内容很可能被 Excel 截断了`,
    );
    expect(readAssignments(ws, 'fagui')).toBe(before);
  });

  it('takes a cell one character shorter', async () => {
    await editLedger(path.join(ws, EXPORT), path.join(ws, 'long.xlsx'), (s, rows) => {
      s.getRow(rows.get('31')!).getCell(4).value = `已完成：${'完'.repeat(MAX - 5)}`;
    });
    const r = await ledger(['import', 'long.xlsx', '--dry-run'], { cwd: ws, env: PINNED_DATE });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('指标 31  完成进度');
  });
});
