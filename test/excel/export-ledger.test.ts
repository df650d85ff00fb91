import fs from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ledger } from '../helpers/cli.js';
import { DEFAULT_CONTACT, fixtureWorkspace, OWN_CONTACT, PINNED_DATE } from './fixture.js';
import { readAssignments, readWorkbook, rowsById, text } from './helpers.js';

const FILE = '2024-06-法规科-工作台账.xlsx';
let ws: string;
let wb: ExcelJS.Workbook;
let sheet: ExcelJS.Worksheet;
let stdout: string;

beforeAll(async () => {
  ws = await fixtureWorkspace();
  const r = await ledger(['export', '--unit', '法规科'], { cwd: ws, env: PINNED_DATE });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  stdout = r.stdout;
  wb = await readWorkbook(path.join(ws, 'exports', FILE));
  sheet = wb.getWorksheet('工作台账')!;
});

describe('ledger export --unit: sheet 1 is the Annex 2 form', () => {
  it('names the file <month>-<unit>-工作台账.xlsx in exports/ and says so', () => {
    expect(stdout).toContain(`已导出 exports/${FILE}（法规科：23 项指标`);
    expect(fs.readdirSync(path.join(ws, 'exports'))).toEqual([FILE]);
  });

  it('has the form sheet first, then the material check, and hides its metadata', () => {
    expect(wb.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['工作台账', 'visible'],
      ['材料核查', 'visible'],
      ['ledger-meta', 'veryHidden'],
    ]);
    const meta = wb.getWorksheet('ledger-meta')!;
    expect([1, 2, 3, 4].map((r) => [text(meta.getCell(r, 1)), text(meta.getCell(r, 2))])).toEqual([
      ['format', 'ledger-annex2'],
      ['version', '2'],
      ['unit', 'fagui'],
      ['month', '2024-06'],
    ]);
    expect(wb.keywords).toContain('unit=fagui');
  });

  it('prints the title merged across the five columns, bold and large', () => {
    expect(text(sheet.getCell('A1'))).toBe('许昌市市场监督管理局法治政府建设示范市创建工作台账');
    expect(sheet.model.merges).toContain('A1:E1');
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true, name: '黑体' });
    expect(sheet.getCell('A1').font.size).toBeGreaterThanOrEqual(16);
  });

  it('has the unit line with 公章 and an empty 填表时间, then the five Annex 2 columns', () => {
    expect(text(sheet.getCell('A2'))).toBe('责任单位：法规科（公章）');
    expect(text(sheet.getCell('C2'))).toBe('报送月份：2024年6月');
    expect(text(sheet.getCell('D2'))).toBe('填表时间：____年__月__日');
    expect([1, 2, 3, 4, 5].map((c) => text(sheet.getRow(3).getCell(c)))).toEqual([
      '三级指标',
      '测评方法',
      '上报材料',
      '完成进度',
      '责任人及联系方式',
    ]);
  });

  it("lists the unit's indicators in catalog order, one row each", () => {
    const ids = [...rowsById(sheet).keys()];
    const yamlIds = [...readAssignments(ws, 'fagui').matchAll(/^ {2}"(\w+)":/gm)].map((m) => m[1]);
    expect(ids).toEqual(yamlIds);
    expect(ids.slice(0, 3)).toEqual(['30', '31', '32']);
    expect(ids.at(-1)).toBe('B2');
    expect(rowsById(sheet).get('30')).toBe(4);
  });

  it('fills the cells: id and text with the role mark, methods, numbered materials, status and contact', () => {
    const row = sheet.getRow(4);
    expect(text(row.getCell(1))).toMatch(/^30 重要的行政规范性文件依法依规执行评估论证.*\n【牵头】$/s);
    expect(text(row.getCell(2))).toBe('查看资料、网络检索、实地查看');
    expect(text(row.getCell(3)).split('\n')).toEqual([
      '①本级政府(本部门)制定的现行行政规范性文件目录及制定程序文件',
      '②本级政府(本部门)开展的行政规范性文件有关专家论证的情况说明及佐证材料',
    ]);
    expect(text(row.getCell(4))).toBe('未完成：');
    expect(text(row.getCell(5))).toBe(DEFAULT_CONTACT);
    const done = sheet.getRow(5);
    expect(text(done.getCell(4))).toBe('已完成：已完成合法性审核');
    expect(text(done.getCell(5))).toBe(OWN_CONTACT);
  });

  it('ends with the two 说明 lines, the second telling how to fill 完成进度', () => {
    const last = sheet.getRow(sheet.rowCount);
    expect(text(last.getCell(1))).toBe(
      '说明：1. 每月4日前，各单位将工作台账连同需报送材料一并提交。\n　　　2. 完成进度填写“已完成+具体完成情况”或者“未完成+正在推进情况。”',
    );
    expect(sheet.model.merges).toContain(`A${sheet.rowCount}:E${sheet.rowCount}`);
  });

  it('prints 说明 2 as the work plan prints it (Annex 2), not a rewrite', () => {
    // The work plan's extracted text: 说明 1 and 2 of Annex 2 are lines 335 and 337.
    const source = fs.readFileSync(new URL('../fixtures/source/work-plan.txt', import.meta.url), 'utf8').split('\n');
    expect(source[336]).toBe('2. 完成进度填写“已完成+具体完成情况”或者“未完成+正在推进情况。”');
    const printed = text(sheet.getRow(sheet.rowCount).getCell(1)).split('\n');
    expect(printed[1]!.trim()).toBe(source[336]);
    // 说明 1: the same words; the form writes the extraction's `, ` and ` 4 ` as `，` and `4`.
    expect(printed[0]).toBe(source[334]!.replace('说明: ', '说明：').replace(' 4 ', '4').replace(', ', '，'));
  });

  it('prints A4 landscape, one page wide, header rows on every page, page numbers, frozen header', () => {
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:3',
    });
    expect(sheet.headerFooter.oddFooter).toBe('&C第 &P 页 共 &N 页');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
  });

  it('uses official-document fonts, wrapped text and thin borders', () => {
    const cell = sheet.getCell('C4');
    expect(cell.font).toMatchObject({ name: '宋体' });
    expect(cell.font.size).toBeGreaterThanOrEqual(10);
    expect(cell.font.size).toBeLessThanOrEqual(12);
    expect(cell.alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(cell.border.left?.style).toBe('thin');
    expect(sheet.getCell('A3').font).toMatchObject({ name: '黑体' });
    expect(sheet.columns.map((c) => c.width)).toEqual([40, 11, 42, 30, 18]);
    expect(sheet.getRow(5).height).toBeGreaterThan(sheet.getRow(4).height);
  });
});

describe('ledger export --unit: sheet 2 shows each material', () => {
  it('lists material, status and files, and highlights what is missing', () => {
    const s = wb.getWorksheet('材料核查')!;
    expect([1, 2, 3, 4, 5].map((c) => text(s.getRow(3).getCell(c)))).toEqual([
      '三级指标',
      '序号',
      '上报材料',
      '状态',
      '已提供文件（页数）或说明',
    ]);
    const r1 = s.getRow(4);
    const r2 = s.getRow(5);
    expect(text(r1.getCell(1))).toMatch(/^30 /);
    expect(s.model.merges).toContain('A4:A5');
    expect([2, 4, 5].map((c) => text(r1.getCell(c)))).toEqual(['1', '已提供', '1-制度文件.pdf（3页）']);
    expect([2, 4, 5].map((c) => text(r2.getCell(c)))).toEqual(['2', '不涉及', '本年度未开展专家论证']);
    const missing = s.getRow(6);
    expect(text(missing.getCell(1))).toMatch(/^31 /);
    expect(text(missing.getCell(4))).toBe('缺少');
    expect(text(missing.getCell(5))).toBe('请将 PDF 放入 evidence/031/，文件名以“1-”开头');
    expect((missing.getCell(4).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    expect((r1.getCell(4).fill as ExcelJS.FillPattern | undefined)?.fgColor).toBeUndefined();
    expect(text(s.getCell('A2'))).toMatch(/^核查日期：2024-05-10　　应报材料 47 项，已提供 2 项，缺少 45 项。/);
    expect(s.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, printTitlesRow: '1:3' });
  });

  it('says where merged materials are filed and lists the owner materials', async () => {
    const r = await ledger(['export', '--unit', 'bangongshi'], { cwd: ws, env: PINNED_DATE });
    expect(r.code).toBe(0);
    // 47 and 48 share three materials: missing once, not twice.
    expect(r.stdout).toContain('（办公室：16 项指标，缺少材料 33 项）');
    const book = await readWorkbook(path.join(ws, 'exports', '2024-06-办公室-工作台账.xlsx'));
    const s1 = book.getWorksheet('工作台账')!;
    const rows = rowsById(s1);
    const c47 = text(s1.getRow(rows.get('47')!).getCell(3));
    const c48 = text(s1.getRow(rows.get('48')!).getCell(3));
    expect(c48).toBe(`与第47项合并报送：\n${c47}`);
    expect(text(s1.getRow(rows.get('48')!).getCell(1))).toMatch(/\n【配合】$/);
    const s2 = book.getWorksheet('材料核查')!;
    const cells: string[] = [];
    s2.eachRow((row) => cells.push(text(row.getCell(1))));
    expect(cells.some((c) => /^48 .*\n（与第47项合并报送）$/s.test(c))).toBe(true);
    expect(text(s2.getCell('A2'))).toMatch(/^核查日期：2024-05-10　　应报材料 33 项，已提供 0 项，缺少 33 项。/);
  });
});

describe('ledger export: choices and refusals', () => {
  it('takes --month and -o', async () => {
    const out = path.join(ws, 'elsewhere');
    const r = await ledger(['export', '--unit', 'fagui', '--month', '2024-09', '-o', out], { cwd: ws, env: PINNED_DATE });
    expect(r.code).toBe(0);
    expect(fs.readdirSync(out)).toEqual(['2024-09-法规科-工作台账.xlsx']);
  });

  it('never overwrites an export unless --force', async () => {
    const file = path.join(ws, 'exports', FILE);
    fs.writeFileSync(file, 'filled in by the unit');
    const r = await ledger(['export', '--unit', '法规科'], { cwd: ws, env: PINNED_DATE });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`exports/${FILE}`);
    expect(r.stderr).toContain('--force');
    expect(fs.readFileSync(file, 'utf8')).toBe('filled in by the unit');
    expect((await ledger(['export', '--unit', '法规科', '--force'], { cwd: ws, env: PINNED_DATE })).code).toBe(0);
    expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe('PK');
  });

  it.each([
    [[], '请指定要导出的内容'],
    [['--unit', '法规科', '--all'], '--unit 与 --all 只能选一个'],
    [['--unit', '法规科', '--month', '2024-13'], '月份“2024-13”格式不对'],
    [['--unit', '法规课'], '未知的单位“法规课”（是否应为“法规科”？）'],
  ])('refuses %j with exit 2 and a clear message', async (args, message) => {
    const r = await ledger(['export', ...args], { cwd: ws, env: PINNED_DATE });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('refuses -o pointing at a file', async () => {
    fs.writeFileSync(path.join(ws, 'a-file'), '');
    const r = await ledger(['export', '--unit', 'fagui', '-o', 'a-file'], { cwd: ws, env: PINNED_DATE });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('输出位置 a-file 是一个文件，不是文件夹');
  });

  it('refuses a unit whose assignments file is broken, and import refuses too', async () => {
    const file = path.join(ws, 'assignments/fagui.yaml');
    const good = fs.readFileSync(file, 'utf8');
    try {
      fs.writeFileSync(file, `${good}  "30": duplicate\n`);
      const r = await ledger(['export', '--unit', 'fagui', '-o', 'broken'], { cwd: ws, env: PINNED_DATE });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('assignments/fagui.yaml 无法读取或不符合格式');
      expect(fs.existsSync(path.join(ws, 'broken'))).toBe(false);
      const i = await ledger(['import', path.join('exports', FILE)], { cwd: ws, env: PINNED_DATE });
      expect(i.code).toBe(2);
      expect(i.stderr).toContain('assignments/fagui.yaml 无法读取或不符合格式，无法导入');
      expect(fs.readFileSync(file, 'utf8')).toBe(`${good}  "30": duplicate\n`);
    } finally {
      fs.writeFileSync(file, good);
    }
  });

  it('speaks English with --lang en', async () => {
    const r = await ledger(['--lang', 'en', 'export'], { cwd: ws, env: PINNED_DATE });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Say what to export');
  });

  it('refuses outside a workspace', async () => {
    const r = await ledger(['export', '--unit', 'fagui'], { cwd: path.dirname(ws), env: PINNED_DATE });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不是 ledger 工作区');
  });
});
