import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StatusJson } from '../../src/format/status/status-json.js';
import { editLedger } from '../excel/edit-workbook.js';
import { readWorkbook, text } from '../excel/helpers.js';
import { checkJson, ledger, REPO, tempDir } from '../helpers/cli.js';
import { commitAll, git } from '../helpers/history.js';
import { addPdf, writeFile } from '../helpers/workspace.js';

const SUO1_FILE = 'evidence/090/@suo-1/3-以案释法典型案卷.pdf';

/** The 材料核查 rows of a unit's exported workbook, by `<indicator>/<material>`. */
async function materialSheet(ws: string, unit: string): Promise<Map<string, { indicator: string; status: string; detail: string }>> {
  const out = tempDir('ledger-share-xlsx-');
  const r = await ledger(['export', '--unit', unit, '-o', out, '--workspace', ws]);
  expect(r.code, r.stderr).toBe(0);
  const wb = await readWorkbook(
    path.join(
      out,
      fs.readdirSync(out).find((f) => f.endsWith('.xlsx'))!,
    ),
  );
  const sheet = wb.getWorksheet('材料核查')!;
  const rows = new Map<string, { indicator: string; status: string; detail: string }>();
  let id = '';
  let indicator = '';
  for (let n = 4; n <= sheet.rowCount; n++) {
    const row = sheet.getRow(n);
    indicator = text(row.getCell(1)) || indicator;
    id = indicator.split(' ')[0] || id;
    rows.set(`${id}/${text(row.getCell(2))}`, { indicator, status: text(row.getCell(4)), detail: text(row.getCell(5)) });
  }
  return rows;
}

/**
 * Issue 18's acceptance on examples/county-workspace (init --profile county-bureau, units merged and
 * renamed by command): indicator 90 is carried by six enforcement units and only 市场监管一所 filed a
 * file, in its unit folder — only it is credited, in check, check --unit, status (text and JSON), its
 * sheet and its own progress; the bureau counts the material once.
 */
describe('a shared indicator with one unit’s file: only that unit is credited', () => {
  let ws: string;
  beforeAll(async () => {
    ws = path.join(tempDir('ledger-share-'), 'ws');
    fs.cpSync(path.join(REPO, 'examples', 'county-workspace'), ws, { recursive: true });
    // History: before the previous due date (2026-11-04) without 一所's file, then with it.
    git(ws, ['init', '-q', '-b', 'main']);
    const held = path.join(tempDir('ledger-share-held-'), 'held.pdf');
    fs.renameSync(path.join(ws, SUO1_FILE), held);
    commitAll(ws, '2026-11-01', 'before');
    fs.renameSync(held, path.join(ws, SUO1_FILE));
    commitAll(ws, '2026-11-20', '一所 files its part of 90');
  });

  it('check and check --unit: 一所 1/5, the other five carriers 0/5, the bureau’s material 3 covered once', async () => {
    const { report } = await checkJson(ws);
    expect(report.diagnostics.filter((d) => d.code.startsWith('unit-'))).toEqual([]);
    const units = report.summary.units;
    expect(units['suo-1']).toMatchObject({ covered: 1, required: 5 });
    for (const u of ['suo-2', 'suo-3', 'suo-4', 'suo-5']) expect(units[u]).toMatchObject({ covered: 0, required: 5 });
    // 执法大队 carries 90 too (among 19 indicators): 一所's file is not its.
    expect(units['zhifa-dadui']!.covered).toBe(0);
    const missing90 = report.diagnostics.filter((d) => d.code === 'material-missing' && d.indicator === '90').map((d) => d.material);
    expect(missing90).toEqual([1, 2, 4, 5]);
    const own = (await checkJson(ws, ['--unit', '市场监管二所'])).report;
    expect(own.summary.units['suo-2']).toMatchObject({ covered: 0, required: 5 });
    const errors = own.diagnostics.filter((d) => d.severity === 'error').length;
    expect(errors).toBe(units['suo-2']!.errors);
  });

  it('status (JSON and text): the rows, the missing lists and own progress credit 一所 only', async () => {
    const r = await ledger(['status', '--workspace', ws, '--format', 'json', '--no-cache']);
    const status = JSON.parse(r.stdout) as StatusJson;
    const row = (id: string) => status.units.find((u) => u.id === id)!;
    expect(row('suo-1')).toMatchObject({ covered: 1, required: 5, own: { filed: 1 } });
    expect(row('suo-1').missing.map((m) => m.material)).toEqual([1, 2, 4, 5]);
    expect(row('suo-2')).toMatchObject({ covered: 0, required: 5, own: { filed: 0 }, stalled: true });
    expect(row('suo-2').missing.map((m) => m.material)).toEqual([1, 2, 3, 4, 5]);
    expect(status.totals.materials.covered).toBe(3);
    const textOut = (await ledger(['status', '--workspace', ws, '--no-cache'])).stdout;
    expect(textOut).toMatch(/市场监管一所[^\n]* 1\/5 /);
    expect(textOut).toMatch(/市场监管二所[^\n]* 0\/5 /);
  });

  it('the exported 材料核查 sheet: 一所 sees its file, 二所 is told where to put its part', async () => {
    const one = await materialSheet(ws, '市场监管一所');
    expect(one.get('90/3')).toMatchObject({ status: '已提供', detail: '@suo-1/3-以案释法典型案卷.pdf（4页）' });
    expect(one.get('90/3')!.indicator).toContain('本单位的材料放入 evidence/090/@suo-1/');
    const two = await materialSheet(ws, '市场监管二所');
    expect(two.get('90/3')!.status).toBe('缺少');
    expect(two.get('90/3')!.detail).toContain('evidence/090/@suo-2/');
    expect(two.get('90/3')!.detail).not.toContain('以案释法典型案卷');
  });
});

describe('unit folders by command and by name', () => {
  let ws: string;
  beforeAll(() => {
    ws = path.join(tempDir('ledger-share-add-'), 'ws');
    fs.cpSync(path.join(REPO, 'examples', 'county-workspace'), ws, { recursive: true });
  });

  it('add --unit files into @<unit id>/ and refuses a non-carrier; @<old name> is the survivor’s, @<unknown> and @<non-carrier> reported', async () => {
    const pdf = path.join(tempDir('ledger-share-src-'), '普法.pdf');
    await addPdf(path.dirname(pdf), path.basename(pdf));
    const r = await ledger(['add', pdf, '--to', '90/1', '--unit', '市场监管二所', '--workspace', ws]);
    expect(r.code, r.stderr).toBe(0);
    expect(fs.existsSync(path.join(ws, 'evidence/090/@suo-2/1-普法.pdf'))).toBe(true);
    const refused = await ledger(['add', pdf, '--to', '90/2', '--unit', '财务股', '--workspace', ws]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/财务股 不承担指标 90（承担单位：[^）]*执法大队/);

    await addPdf(ws, 'evidence/090/@市场监管六所/2-普法活动.pdf');
    await addPdf(ws, 'evidence/090/@suo-9/4-机制文件.pdf');
    await addPdf(ws, 'evidence/090/@caiwu/5-文化活动.pdf');
    writeFile(ws, 'evidence/090/@suo-2/3-案卷.pdf', 'not a PDF');
    const { report } = await checkJson(ws);
    expect(report.summary.units['suo-2']).toMatchObject({ covered: 1 });
    expect(report.summary.units['suo-1']).toMatchObject({ covered: 1 });
    // 市场监管六所 was merged into 五所: its old name is an alias, its folder the survivor's.
    expect(report.summary.units['suo-5']).toMatchObject({ covered: 1 });
    const unknown = report.diagnostics.filter((d) => d.code === 'unit-folder-unknown');
    expect(unknown).toMatchObject([{ file: 'evidence/090/@suo-9', severity: 'error' }]);
    expect(JSON.stringify(unknown)).toContain('@suo-9');
    // Its file covers nothing until the folder is renamed.
    expect(report.diagnostics.some((d) => d.code === 'material-missing' && d.indicator === '90' && d.material === 4)).toBe(true);
    const stranger = report.diagnostics.filter((d) => d.code === 'unit-folder-not-carrier');
    expect(stranger).toMatchObject([{ file: 'evidence/090/@caiwu', severity: 'warning', unit: 'caiwu' }]);
    expect(report.diagnostics.some((d) => d.code === 'material-missing' && d.indicator === '90' && d.material === 5)).toBe(false);
    expect(report.diagnostics.filter((d) => d.code === 'file-unassigned')).toEqual([]);
    // A broken file is the error of the unit that filed it only.
    expect(report.diagnostics.some((d) => d.file === 'evidence/090/@suo-2/3-案卷.pdf' && d.severity === 'error')).toBe(true);
    expect(report.summary.units['suo-2']!.errors).toBe(report.summary.units['suo-3']!.errors + 1);
  });

  it('a workbook exported before unit merge is read into the surviving unit', async () => {
    const run = (...args: string[]) => ledger([...args, '--workspace', ws]);
    expect((await run('unit', 'add', '市场监管七所', '--id', 'suo-7', '--kind', '市场监管所', '--group', '各执法单位')).code).toBe(0);
    expect((await run('assign', '90', '--unit', 'suo-7')).code).toBe(0);
    const out = tempDir('ledger-share-merge-');
    expect((await run('export', '--unit', '市场监管七所', '-o', out)).code).toBe(0);
    expect((await run('unit', 'merge', '市场监管七所', '--into', '市场监管五所')).code).toBe(0);
    const file = path.join(
      out,
      fs.readdirSync(out).find((f) => f.endsWith('.xlsx'))!,
    );
    const filled = path.join(out, '七所-已填.xlsx');
    await editLedger(file, filled, (sheet, rows) => {
      sheet.getRow(rows.get('90')!).getCell(4).value = '推进中：已开展以案释法宣讲2场';
    });
    const r = await run('import', filled);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('assignments/suo-5.yaml（市场监管五所');
    expect(fs.readFileSync(path.join(ws, 'assignments/suo-5.yaml'), 'utf8')).toContain('已开展以案释法宣讲2场');
  });
});
