import fs from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { editLedger } from './edit-workbook.js';
import { ledger } from '../helpers/cli.js';
import { fixtureWorkspace, PINNED_DATE } from './fixture.js';
import { snapshotAssignments } from './helpers.js';

const EXPORT = 'exports/2024-06-法规科-工作台账.xlsx';
let ws: string;

type Edit = (sheet: ExcelJS.Worksheet, rows: Map<string, number>, wb: ExcelJS.Workbook) => void;
const dropMeta: Edit = (_s, _r, wb) => {
  wb.removeWorksheet(wb.getWorksheet('ledger-meta')!.id);
  wb.keywords = '';
};
const at = (sheet: ExcelJS.Worksheet, rows: Map<string, number>, id: string, col: number) => sheet.getRow(rows.get(id)!).getCell(col);

beforeAll(async () => {
  ws = await fixtureWorkspace();
  expect((await ledger(['export', '--unit', 'fagui', '--annex1'], { cwd: ws, env: PINNED_DATE })).code).toBe(0);
});

/** Import and prove the refusal: exit 2, the message, and every YAML file byte-identical. */
async function refuses(files: string[], message: string): Promise<void> {
  const before = snapshotAssignments(ws);
  const r = await ledger(['import', ...files], { cwd: ws, env: PINNED_DATE });
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(message);
  expect(r.stderr).toContain('未修改任何文件');
  expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  expect(r.stdout).toBe('');
  expect(snapshotAssignments(ws)).toEqual(before);
}

describe('ledger import refuses and changes nothing', () => {
  it('a file that is not a workbook', async () => {
    fs.writeFileSync(path.join(ws, 'notes.xlsx'), 'just text');
    await refuses(['notes.xlsx'], 'notes.xlsx 不是可读取的 Excel 工作簿');
  });

  it('a file that does not exist', async () => {
    await refuses(['nowhere.xlsx'], '找不到文件 nowhere.xlsx');
  });

  it('a workbook that is not a ledger', async () => {
    await refuses(['exports/附件1-指标体系责任分工表.xlsx'], '不是工作台账：没有含“三级指标”“完成进度”表头的工作表');
  });

  const cases: [string, Edit, string][] = [
    [
      'a unit it does not know',
      (s, r, wb) => (dropMeta(s, r, wb), (s.getCell('A2').value = '责任单位：不存在科（公章）')),
      '不认识的责任单位“不存在科”',
    ],
    [
      'a unit line that was left blank',
      (s, r, wb) => (dropMeta(s, r, wb), (s.getCell('A2').value = '责任单位：（公章）')),
      '看不出是哪个单位的台账',
    ],
    [
      'a header naming another unit than the export',
      (s) => (s.getCell('A2').value = '责任单位：办公室（公章）'),
      '表头的责任单位是“办公室”，但此工作簿是为“法规科”导出的',
    ],
    ['an indicator it does not know', (s, r) => (at(s, r, '30', 1).value = '999 不存在的指标'), '› 工作台账 › A4：没有编号为 999 的指标'],
    [
      'an indicator the unit does not carry',
      (s, r) => (at(s, r, '30', 1).value = '1 全面普及行政审批服务'),
      '指标 1 不在法规科的工作台账中',
    ],
    [
      'a row without an indicator number',
      (s, r) => (at(s, r, '30', 1).value = '重要的行政规范性文件'),
      '找不到指标编号（“重要的行政规范性文件”）',
    ],
    ['an empty status', (s, r) => (at(s, r, '30', 4).value = null), '› D4：指标 30 的完成进度是空的'],
    ['an ambiguous status', (s, r) => (at(s, r, '30', 4).value = '已完成/未完成'), '指标 30 的完成进度“已完成/未完成”同时写了两种状态'],
    [
      'a status it cannot read',
      (s, r) => (at(s, r, '30', 4).value = '基本完成，待验收'),
      '指标 30 的完成进度“基本完成，待验收”看不出是否完成',
    ],
    [
      'the same indicator twice with different values',
      (s, r) => {
        s.addRow([at(s, r, '30', 1).value, '', '', '未完成：另一种说法', '']);
        at(s, r, '30', 4).value = '已完成：一种说法';
      },
      '指标 30（法规科）出现两次且内容不同',
    ],
  ];

  it.each(cases)('%s', async (name, edit, message) => {
    const file = `${name.replace(/\s+/g, '-')}.xlsx`;
    await editLedger(path.join(ws, EXPORT), path.join(ws, file), (s, r, wb) => {
      at(s, r, '32', 4).value = '已完成：这一行本身没问题';
      edit(s, r, wb);
    });
    await refuses([file], message);
  });

  it('one bad workbook among good ones: nothing is written for any of them', async () => {
    await editLedger(path.join(ws, EXPORT), path.join(ws, 'good.xlsx'), (s, r) => (at(s, r, '30', 4).value = '已完成：好'));
    expect((await ledger(['export', '--unit', 'bangongshi'], { cwd: ws, env: PINNED_DATE })).code).toBe(0);
    await editLedger(
      path.join(ws, 'exports/2024-06-办公室-工作台账.xlsx'),
      path.join(ws, 'bad.xlsx'),
      (s, r) => (at(s, r, '15', 4).value = '差不多'),
    );
    await refuses(['good.xlsx', 'bad.xlsx'], '指标 15 的完成进度“差不多”看不出是否完成');
    const r = await ledger(['import', 'good.xlsx', 'bad.xlsx', '--dry-run'], { cwd: ws, env: PINNED_DATE });
    expect(r.code).toBe(2);
  });

  it('reports every problem at once, each with its place', async () => {
    await editLedger(path.join(ws, EXPORT), path.join(ws, 'many.xlsx'), (s, r) => {
      at(s, r, '30', 4).value = '';
      at(s, r, '31', 4).value = '也许';
    });
    const r = await ledger(['import', 'many.xlsx'], { cwd: ws, env: PINNED_DATE });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('many.xlsx › 工作台账 › D4');
    expect(r.stderr).toContain('many.xlsx › 工作台账 › D5');
    expect(r.stderr).toContain('发现 2 个问题，未修改任何文件。');
  });

  it('accepts the same indicator twice when both rows agree', async () => {
    await editLedger(path.join(ws, EXPORT), path.join(ws, 'twice.xlsx'), (s, r) => {
      s.addRow([1, 2, 3, 4, 5].map((c) => at(s, r, '30', c).value));
    });
    const r = await ledger(['import', 'twice.xlsx', '--dry-run'], { cwd: ws, env: PINNED_DATE });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('没有需要更新的内容');
  });

  it('refuses outside a workspace', async () => {
    const r = await ledger(['import', path.join(ws, EXPORT)], { cwd: path.dirname(ws), env: PINNED_DATE });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不是 ledger 工作区');
  });
});
