import fs from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { editLedger, withIndicator } from './edit-workbook.js';
import { ledger, tempDir } from '../helpers/cli.js';
import { DEFAULT_CONTACT, fixtureWorkspace, OWN_CONTACT, PINNED_DATE } from './fixture.js';
import { readAssignments, snapshotAssignments } from './helpers.js';

const EXPORT = 'exports/2024-06-法规科-工作台账.xlsx';
const YAML = 'assignments/fagui.yaml';

type Edit = (sheet: ExcelJS.Worksheet, rows: Map<string, number>, wb: ExcelJS.Workbook) => void;
const cell = (sheet: ExcelJS.Worksheet, rows: Map<string, number>, id: string, col: number): ExcelJS.Cell =>
  sheet.getRow(rows.get(id)!).getCell(col);
const dropMeta: Edit = (_s, _r, wb) => {
  wb.removeWorksheet(wb.getWorksheet('ledger-meta')!.id);
  wb.keywords = '';
};

let template: string;
let ws: string;
beforeAll(async () => {
  template = await fixtureWorkspace();
  expect((await ledger(['export', '--unit', 'fagui'], { cwd: template, env: PINNED_DATE })).code).toBe(0);
});
// Each test starts from the same exported workspace, copied (an export per test would take seconds).
beforeEach(() => {
  ws = path.join(tempDir('ledger-3way-'), 'ws');
  fs.cpSync(template, ws, { recursive: true });
});

/** A copy of the export as a unit hands it back. */
async function filled(name: string, edit: Edit): Promise<string> {
  const out = path.join(ws, name);
  await editLedger(path.join(ws, EXPORT), out, edit);
  return name;
}

const run = (...args: string[]) => ledger(['import', ...args], { cwd: ws, env: PINNED_DATE });

describe('import is three-way: only what the unit changed is applied', () => {
  it('stores what it exported in the hidden sheet', async () => {
    const { readWorkbook } = await import('./helpers.js');
    const meta = (await readWorkbook(path.join(ws, EXPORT))).getWorksheet('ledger-meta')!;
    const rows: string[][] = [];
    meta.eachRow((r) => rows.push([1, 2, 3, 4, 5].map((c) => String(r.getCell(c).value ?? ''))));
    expect(rows.find((r) => r[0] === 'version')![1]).toBe('2');
    expect(rows.find((r) => r[0] === 'contact')![1]).toBe(DEFAULT_CONTACT);
    expect(rows.find((r) => r[0] === 'indicator' && r[1] === '31')).toEqual(['indicator', '31', '已完成', '已完成合法性审核', OWN_CONTACT]);
    expect(rows.find((r) => r[0] === 'indicator' && r[1] === '30')).toEqual(['indicator', '30', '未完成', '', DEFAULT_CONTACT]);
    expect(rows.filter((r) => r[0] === 'indicator')).toHaveLength(23);
  });

  it('a second, untouched copy never reverts 已完成 or wipes the progress text', async () => {
    const a = await filled('a.xlsx', (s, r) => (cell(s, r, '30', 4).value = '已完成：制度目录已公布'));
    const b = await filled('b.xlsx', () => undefined);
    expect((await run(a)).code).toBe(0);
    const after = readAssignments(ws, 'fagui');
    expect(after).toContain('  "30":\n    status: 已完成\n    progress: "制度目录已公布"\n');
    const r = await run(b);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('没有需要更新的内容');
    expect(readAssignments(ws, 'fagui')).toBe(after);
    // Both at once: the untouched copy gives way to the filled one.
    expect((await run(a, b)).code).toBe(0);
    expect(readAssignments(ws, 'fagui')).toBe(after);
  });

  it('keeps what assignments/ changed since the export where the unit left the cell alone', async () => {
    const book = await filled('old.xlsx', (s, r) => (cell(s, r, '32', 4).value = '未完成：起草中'));
    fs.writeFileSync(path.join(ws, YAML), withIndicator(readAssignments(ws, 'fagui'), '30', ['status: 已完成', 'progress: 协调员已录入']));
    const r = await run(book);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  指标 32  完成进度：（空） → 起草中');
    expect(r.stdout).not.toContain('指标 30');
    expect(readAssignments(ws, 'fagui')).toContain('  "30":\n    status: 已完成\n    progress: 协调员已录入\n');
  });

  it('refuses a value changed both in the workbook and in assignments/, naming file › sheet › cell', async () => {
    const book = await filled('both.xlsx', (s, r) => {
      cell(s, r, '30', 4).value = '未完成：单位写的';
      cell(s, r, '32', 4).value = '已完成：这一格没有冲突';
    });
    fs.writeFileSync(path.join(ws, YAML), withIndicator(readAssignments(ws, 'fagui'), '30', ['status: 未完成', 'progress: 协调员写的']));
    const before = snapshotAssignments(ws);
    const r = await run(book);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'both.xlsx › 工作台账 › D4：指标 30 的完成进度两边都改了——导出时为（空），工作簿改为“单位写的”，assignments/fagui.yaml 已改为“协调员写的”。',
    );
    expect(r.stderr).toContain('发现 1 个问题，未修改任何文件');
    expect(snapshotAssignments(ws)).toEqual(before);
  });

  it('is no conflict when both sides made the same change', async () => {
    const book = await filled('same.xlsx', (s, r) => (cell(s, r, '30', 4).value = '已完成：同样的话'));
    fs.writeFileSync(path.join(ws, YAML), withIndicator(readAssignments(ws, 'fagui'), '30', ['status: 已完成', 'progress: 同样的话']));
    const r = await run(book);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('没有需要更新的内容');
  });

  it('an older copy, filled in, conflicts instead of overwriting newer work', async () => {
    const old = await filled('2024-05.xlsx', (s, r) => (cell(s, r, '31', 4).value = '已完成：上个月的说法'));
    // Since that export the unit's newer ledger was imported.
    fs.writeFileSync(path.join(ws, YAML), withIndicator(readAssignments(ws, 'fagui'), '31', ['status: 已完成', 'progress: 本月已印发']));
    const r = await run(old);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('2024-05.xlsx › 工作台账 › D5：指标 31 的完成进度两边都改了');
    expect(r.stderr).not.toContain('的状态');
    expect(readAssignments(ws, 'fagui')).toContain('progress: 本月已印发');
  });

  it('says so when a workbook takes 已完成 back', async () => {
    const book = await filled('back.xlsx', (s, r) => (cell(s, r, '31', 4).value = '未完成：发现问题，重新修订'));
    const r = await run(book, '--dry-run');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  指标 31  状态：已完成 → 未完成');
    expect(r.stderr).toContain('⚠ back.xlsx › 工作台账 › D5：指标 31 由“已完成”改为“未完成”');
  });
});

describe('a workbook without a snapshot (another program dropped it, or an old export)', () => {
  it('fills in what is still blank, warns, and refuses to overwrite anything else', async () => {
    const book = await filled('resaved.xlsx', (s, r, wb) => {
      dropMeta(s, r, wb);
      cell(s, r, '30', 4).value = '已完成：新填的';
      cell(s, r, '31', 4).value = '未完成：旧副本里的话';
    });
    const before = snapshotAssignments(ws);
    const r = await run(book);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('⚠ resaved.xlsx 没有导出快照');
    expect(r.stderr).toContain('resaved.xlsx › 工作台账 › D5：指标 31 的状态：工作簿为“未完成”，assignments/fagui.yaml 中为“已完成”。');
    expect(r.stderr).not.toContain('指标 30');
    expect(snapshotAssignments(ws)).toEqual(before);

    const ok = await filled('resaved-ok.xlsx', (s, rows, wb) => {
      dropMeta(s, rows, wb);
      cell(s, rows, '30', 4).value = '已完成：新填的';
    });
    const r2 = await run(ok);
    expect(r2.code).toBe(0);
    expect(r2.stderr).toContain('⚠ resaved-ok.xlsx 没有导出快照');
    expect(readAssignments(ws, 'fagui')).toContain('  "30":\n    status: 已完成\n    progress: "新填的"\n');
  });

  it('treats a version 1 export (unit and month, no snapshot) the same way', async () => {
    const book = await filled('v1.xlsx', (s, r, wb) => {
      const meta = wb.getWorksheet('ledger-meta')!;
      const rows: unknown[][] = [];
      meta.eachRow((row) => rows.push([row.getCell(1).value, row.getCell(2).value]));
      wb.removeWorksheet(meta.id);
      const v1 = wb.addWorksheet('ledger-meta', { state: 'veryHidden' });
      for (const [k, v] of rows.filter(([k]) => ['format', 'unit', 'month', 'exported'].includes(String(k)))) v1.addRow([k, v]);
      v1.addRow(['version', 1]);
      cell(s, r, '31', 4).value = '未完成：';
    });
    const r = await run(book);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('⚠ v1.xlsx 没有导出快照');
    expect(r.stderr).toContain('指标 31 的状态：工作簿为“未完成”');
  });
});

describe("import keeps the clerk's words and forgives the clerk's additions", () => {
  it('stores 正在推进，预计12月底完成 whole, as progress with status 未完成', async () => {
    const book = await filled('words.xlsx', (s, r) => {
      cell(s, r, '30', 4).value = '正在推进，预计12月底完成';
      cell(s, r, '32', 4).value = '已完成：已印发';
    });
    const r = await run(book);
    expect(r.code).toBe(0);
    const yaml = readAssignments(ws, 'fagui');
    expect(yaml).toContain('  "30":\n    status: 未完成\n    progress: "正在推进，预计12月底完成"\n');
    expect(yaml).toContain('  "32":\n    status: 已完成\n    progress: "已印发"\n');
  });

  it('skips a remarks row and a signature line with a warning, and imports the rest', async () => {
    const book = await filled('remarks.xlsx', (s, r) => {
      cell(s, r, '30', 4).value = '已完成：好了';
      const n = s.rowCount - 1;
      s.spliceRows(n, 0, ['备注：第46项材料下周补交', '', '', '', ''], ['', '', '', '', '填表人：张三  审核：李四']);
      s.mergeCells(n, 1, n, 5);
    });
    const r = await run(book);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /⚠ remarks\.xlsx › 工作台账 › A\d+：这一行没有指标编号，也没有填写完成状态（“备注：第46项材料下周补交”），按备注跳过/,
    );
    expect(r.stderr).toContain('（“填表人：张三 审核：李四”）');
    expect(readAssignments(ws, 'fagui')).toContain('  "30":\n    status: 已完成\n    progress: "好了"\n');
  });

  it('takes one contact typed on every row, however spaced, as the unit default', async () => {
    const original = readAssignments(ws, 'fagui');
    const book = await filled('contact.xlsx', (s, rows) => {
      const numbers = [...rows.values()].sort((a, b) => a - b);
      numbers.forEach((n, i) => (s.getRow(n).getCell(5).value = i % 2 ? '孙七  0374-2222222' : '孙七 0374-2222222 '));
    });
    expect((await run(book)).code).toBe(0);
    const expected = withIndicator(original.replace(`contact: ${DEFAULT_CONTACT}`, 'contact: 孙七 0374-2222222'), '31', [
      'status: 已完成',
      'progress: 已完成合法性审核',
    ]);
    expect(readAssignments(ws, 'fagui')).toBe(expected);
  });

  it('reads a contact column merged down all rows as one contact for every row', async () => {
    const book = await filled('merged-contact.xlsx', (s, rows) => {
      const numbers = [...rows.values()].sort((a, b) => a - b);
      for (const n of numbers) s.getRow(n).getCell(5).value = null;
      s.getRow(numbers[0]!).getCell(5).value = '周八 13600000000';
      s.mergeCells(numbers[0]!, 5, numbers.at(-1)!, 5);
    });
    const r = await run(book, '--dry-run');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`  单位默认责任人及联系方式：${DEFAULT_CONTACT} → 周八 13600000000`);
    expect(r.stdout).toContain(`  指标 31  责任人及联系方式：${OWN_CONTACT} → （同单位默认）`);
    expect(r.stdout.match(/责任人及联系方式/g)).toHaveLength(2);
  });
});

describe('import keeps the line endings of a file saved on Windows', () => {
  it('writes CRLF where the file had CRLF, and touches no other line', async () => {
    const lf = readAssignments(ws, 'fagui');
    fs.writeFileSync(path.join(ws, YAML), lf.replace(/\n/g, '\r\n'));
    const book = await filled('crlf.xlsx', (s, r) => {
      cell(s, r, '30', 4).value = '已完成：两行\n文字';
      cell(s, r, '46', 5).value = '李四 13700000000';
    });
    const r = await run(book);
    expect(r.code).toBe(0);
    const after = fs.readFileSync(path.join(ws, YAML), 'utf8');
    let expected = withIndicator(lf, '30', ['status: 已完成', 'progress: |-', '  两行', '  文字']);
    expected = withIndicator(expected, '46', ['status: 未完成', 'progress: ""', 'contact: 李四 13700000000']);
    expect(after).toBe(expected.replace(/\n/g, '\r\n'));
  });
});
