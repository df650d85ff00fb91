import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { editLedger, reverseRows, withIndicator } from './edit-workbook.js';
import { ledger } from '../helpers/cli.js';
import { DEFAULT_CONTACT, fixtureWorkspace, OWN_CONTACT, PINNED_DATE } from './fixture.js';
import { readAssignments, readWorkbook, rowsById, snapshotAssignments, text } from './helpers.js';

const EXPORT = 'exports/2024-06-法规科-工作台账.xlsx';
const YAML = 'assignments/fagui.yaml';

describe('export → edit in a spreadsheet → import', () => {
  let ws: string;
  let original: string;
  let edited: string;

  beforeAll(async () => {
    ws = await fixtureWorkspace();
    expect((await ledger(['export', '--unit', 'fagui'], { cwd: ws, env: PINNED_DATE })).code).toBe(0);
    original = readAssignments(ws, 'fagui');
    edited = path.join(ws, '法规科-已填.xlsx');
    await editLedger(path.join(ws, EXPORT), edited, (sheet, rows) => {
      const cell = (id: string, col: number) => sheet.getRow(rows.get(id)!).getCell(col);
      cell('30', 4).value = '完成：制度目录已公布';
      cell('31', 4).value = '推进中 正在补充典型案例';
      cell('31', 5).value = DEFAULT_CONTACT;
      cell('32', 4).value = '进行中:第一阶段已完成\r\n第二阶段正在推进';
      cell('36', 4).value = '不涉及：本单位无此项职责';
      cell('37', 4).value = { richText: [{ text: '已完成', font: { bold: true } }, { text: '：已在门户网站统一公开' }] };
      cell('46', 5).value = '李四 13700000000';
      cell('63', 5).value = DEFAULT_CONTACT;
      reverseRows(sheet, rows);
      sheet.spliceRows(6, 0, [], []);
      sheet.spliceRows(sheet.rowCount - 1, 0, []);
    });
  });

  it('--dry-run shows every change as file, indicator, field: old → new and writes nothing', async () => {
    const before = snapshotAssignments(ws);
    const r = await ledger(['import', '法规科-已填.xlsx', '--dry-run'], { cwd: ws, env: PINNED_DATE });
    // Taking 已完成 back is said (it might be an old copy).
    expect(r.stderr).toMatch(/^⚠ 法规科-已填\.xlsx › 工作台账 › D\d+：指标 31 由“已完成”改为“未完成”。[^\n]*\n$/);
    expect(r.code).toBe(0);
    // The clerk's words are kept whole; only the form's own prefix (已完成：) is taken off.
    expect(r.stdout).toBe(
      [
        'assignments/fagui.yaml（法规科，2024-06 台账，来自 法规科-已填.xlsx）',
        '  指标 30  状态：未完成 → 已完成',
        '  指标 30  完成进度：（空） → 完成：制度目录已公布',
        '  指标 31  状态：已完成 → 未完成',
        '  指标 31  完成进度：已完成合法性审核 → 推进中 正在补充典型案例',
        `  指标 31  责任人及联系方式：${OWN_CONTACT} → （同单位默认）`,
        '  指标 32  完成进度：（空） → 进行中:第一阶段已完成 ⏎ 第二阶段正在推进',
        '  指标 36  状态：未完成 → 不涉及',
        '  指标 36  完成进度：（空） → 本单位无此项职责',
        '  指标 37  状态：未完成 → 已完成',
        '  指标 37  完成进度：（空） → 已在门户网站统一公开',
        '  指标 46  责任人及联系方式：（同单位默认） → 李四 13700000000',
        '试运行：以上 11 处改动均未写入（去掉 --dry-run 即写入）。',
        '将记录台账回收：法规科（2024-06，2024-05-10）→ returns.yaml（试运行，未写入）',
        '',
      ].join('\n'),
    );
    expect(snapshotAssignments(ws)).toEqual(before);
  });

  it('writes exactly those edits and nothing else, comments and formatting kept', async () => {
    const others = [...snapshotAssignments(ws)].filter(([f]) => f !== 'fagui.yaml');
    const r = await ledger(['import', '法规科-已填.xlsx'], { cwd: ws, env: PINNED_DATE });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('已更新 1 个文件，共 11 处改动。');
    let expected = original;
    expected = withIndicator(expected, '30', ['status: 已完成', 'progress: "完成：制度目录已公布"']);
    expected = withIndicator(expected, '31', ['status: 未完成', 'progress: 推进中 正在补充典型案例']);
    expected = withIndicator(expected, '32', ['status: 未完成', 'progress: |-', '  进行中:第一阶段已完成', '  第二阶段正在推进']);
    expected = withIndicator(expected, '36', ['status: 不涉及', 'progress: "本单位无此项职责"']);
    expected = withIndicator(expected, '37', ['status: 已完成', 'progress: "已在门户网站统一公开"']);
    expected = withIndicator(expected, '46', ['status: 未完成', 'progress: ""', 'contact: 李四 13700000000']);
    expect(readAssignments(ws, 'fagui')).toBe(expected);
    expect([...snapshotAssignments(ws)].filter(([f]) => f !== 'fagui.yaml')).toEqual(others);
  });

  it('is clean afterwards: check accepts the file, and importing again changes nothing', async () => {
    const check = await ledger(['check', '--format', 'json'], { cwd: ws, env: PINNED_DATE });
    const parsed = JSON.parse(check.stdout) as { diagnostics: { code: string; file: string | null }[] };
    expect(parsed.diagnostics.filter((d) => d.file === YAML && d.code !== 'claim-without-evidence')).toEqual([]);
    const mtime = fs.statSync(path.join(ws, YAML)).mtimeMs;
    const r = await ledger(['import', '法规科-已填.xlsx'], { cwd: ws, env: PINNED_DATE });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('assignments/fagui.yaml（法规科）：没有变化');
    expect(r.stdout).toContain('没有需要更新的内容：1 份台账与 assignments 一致。');
    expect(fs.statSync(path.join(ws, YAML)).mtimeMs).toBe(mtime);
  });

  it('a fresh export shows the imported values, and reads back without changes', async () => {
    expect((await ledger(['export', '--unit', 'fagui', '--force'], { cwd: ws, env: PINNED_DATE })).code).toBe(0);
    const wb = await readWorkbook(path.join(ws, EXPORT));
    const sheet = wb.getWorksheet('工作台账')!;
    const rows = rowsById(sheet);
    expect(text(sheet.getRow(rows.get('32')!).getCell(4))).toBe('未完成：进行中:第一阶段已完成\n第二阶段正在推进');
    expect(text(sheet.getRow(rows.get('46')!).getCell(5))).toBe('李四 13700000000');
    expect(text(sheet.getRow(rows.get('31')!).getCell(5))).toBe(DEFAULT_CONTACT);
    const before = readAssignments(ws, 'fagui');
    const r = await ledger(['import', EXPORT], { cwd: ws, env: PINNED_DATE });
    expect(r.stdout).toContain('没有需要更新的内容');
    expect(readAssignments(ws, 'fagui')).toBe(before);
  });
});

describe('import: contacts and surviving other programs', () => {
  it('takes one new contact on every row as the unit default, not a copy on each indicator', async () => {
    const ws = await fixtureWorkspace();
    expect((await ledger(['export', '--unit', 'fagui'], { cwd: ws, env: PINNED_DATE })).code).toBe(0);
    const original = readAssignments(ws, 'fagui');
    const out = path.join(ws, 'new-contact.xlsx');
    await editLedger(path.join(ws, EXPORT), out, (sheet, rows) => {
      for (const n of rows.values()) sheet.getRow(n).getCell(5).value = '孙七 0374-2222222';
    });
    const r = await ledger(['import', out], { cwd: ws, env: PINNED_DATE });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`  单位默认责任人及联系方式：${DEFAULT_CONTACT} → 孙七 0374-2222222`);
    const expected = withIndicator(original.replace(`contact: ${DEFAULT_CONTACT}`, 'contact: 孙七 0374-2222222'), '31', [
      'status: 已完成',
      'progress: 已完成合法性审核',
    ]);
    expect(readAssignments(ws, 'fagui')).toBe(expected);
  });

  it('falls back to the visible 责任单位 line and ids when the metadata was dropped', async () => {
    const ws = await fixtureWorkspace();
    expect((await ledger(['export', '--unit', 'fagui'], { cwd: ws, env: PINNED_DATE })).code).toBe(0);
    const out = path.join(ws, 'resaved.xlsx');
    await editLedger(path.join(ws, EXPORT), out, (sheet, rows, wb) => {
      wb.removeWorksheet(wb.getWorksheet('ledger-meta')!.id);
      wb.keywords = '';
      sheet.getRow(rows.get('30')!).getCell(4).value = '已完成';
      // A person who retyped the id cell keeps only the number and text.
      sheet.getRow(rows.get('30')!).getCell(1).value = '第30项 重要的行政规范性文件';
    });
    const r = await ledger(['import', out], { cwd: ws, env: PINNED_DATE });
    // Without the snapshot only blank values may be filled in (import-three-way.test.ts); 30 was blank.
    expect(r.stderr).toContain('⚠ resaved.xlsx 没有导出快照');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  指标 30  状态：未完成 → 已完成');
    expect(readAssignments(ws, 'fagui')).toContain('  "30":\n    status: 已完成\n    progress: ""\n');
  });

  it('speaks English with --lang en', async () => {
    const ws = await fixtureWorkspace();
    expect((await ledger(['export', '--unit', 'fagui'], { cwd: ws, env: PINNED_DATE })).code).toBe(0);
    const out = path.join(ws, 'en.xlsx');
    await editLedger(path.join(ws, EXPORT), out, (sheet, rows) => {
      sheet.getRow(rows.get('30')!).getCell(4).value = '已完成: done';
    });
    const r = await ledger(['import', out, '--dry-run', '--lang', 'en'], { cwd: ws, env: PINNED_DATE });
    expect(r.stdout).toContain(
      'assignments/fagui.yaml (法规科, ledger of 2024-06, from en.xlsx)\n  indicator 30  status: 未完成 → 已完成\n  indicator 30  progress: (empty) → done\n',
    );
    expect(r.stdout).toContain('Dry run: none of the 2 change(s) above was written');
  });
});
