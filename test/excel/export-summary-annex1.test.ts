import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ledger, tempDir } from '../helpers/cli.js';
import { fixtureWorkspace, PINNED_DATE } from './fixture.js';
import { readWorkbook, text } from './helpers.js';

let ws: string;
let stdout: string;

beforeAll(async () => {
  ws = await fixtureWorkspace();
  const r = await ledger(['export', '--all', '--annex1'], { cwd: ws, env: PINNED_DATE });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  stdout = r.stdout;
});

describe('ledger export --all', () => {
  it('writes one ledger per unit with an assignments file, the summary and annex 1', () => {
    const files = fs.readdirSync(path.join(ws, 'exports')).sort();
    const units = fs.readdirSync(path.join(ws, 'assignments')).length;
    expect(files.filter((f) => f.endsWith('-工作台账.xlsx'))).toHaveLength(units);
    expect(files).toContain('2024-06-法规科-工作台账.xlsx');
    expect(files).toContain('2024-06-机关党委（机关纪委）-工作台账.xlsx');
    expect(files).toContain('2024-06-汇总.xlsx');
    expect(files).toContain('附件1-指标体系责任分工表.xlsx');
    expect(stdout).toContain('已导出 exports/2024-06-汇总.xlsx（各单位汇总表）');
  });

  it('summarises each unit and totals them', async () => {
    const wb = await readWorkbook(path.join(ws, 'exports', '2024-06-汇总.xlsx'));
    const s = wb.getWorksheet('汇总')!;
    expect(text(s.getCell('A1'))).toBe('许昌市市场监督管理局法治政府建设示范市创建工作台账汇总（2024年6月）');
    expect(s.model.merges).toContain('A1:J1');
    const header = [...Array(10).keys()].map((i) => text(s.getRow(3).getCell(i + 1)));
    expect(header).toEqual([
      '责任单位',
      '承担指标',
      '其中牵头',
      '其中配合',
      '填报已完成',
      '材料齐全',
      '已提供材料',
      '应报材料',
      '材料完成率',
      '错误',
    ]);
    const rows = new Map<string, number[]>();
    for (let r = 4; r <= s.rowCount; r++)
      rows.set(
        text(s.getRow(r).getCell(1)),
        [2, 3, 4, 5, 6, 7, 8, 10].map((c) => Number(s.getRow(r).getCell(c).value)),
      );
    // 法规科: 23 indicators, all lead; 31 reported done; materials 2 of 47 (30 has a file and an exception).
    expect(rows.get('法规科')!.slice(0, 4)).toEqual([23, 23, 0, 1]);
    expect(rows.get('法规科')!.slice(5, 7)).toEqual([2, 47]);
    expect(rows.get('办公室')!.slice(0, 3)).toEqual([16, 14, 2]);
    const total = rows.get('合计')!;
    const units = [...rows].filter(([k]) => k !== '合计').map(([, v]) => v);
    expect(units).toHaveLength(fs.readdirSync(path.join(ws, 'assignments')).length);
    expect(total).toEqual(total.map((_, i) => units.reduce((n, u) => n + u[i]!, 0)));
    expect(s.getRow(s.rowCount).getCell(1).font.bold).toBe(true);
    expect(s.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, printTitlesRow: '1:3' });
  });
});

describe('ledger export --annex1', () => {
  it('writes the whole responsibility table with the seven Annex 1 columns and merged areas and groups', async () => {
    const wb = await readWorkbook(path.join(ws, 'exports', '附件1-指标体系责任分工表.xlsx'));
    const s = wb.getWorksheet('指标体系责任分工表')!;
    expect(text(s.getCell('A1'))).toBe('许昌市市场监督管理局法治政府建设示范市创建指标体系责任分工表');
    expect([1, 2, 3, 4, 5, 6, 7].map((c) => text(s.getRow(2).getCell(c)))).toEqual([
      '一级指标',
      '二级指标',
      '三级指标',
      '测评方式',
      '报送材料',
      '牵头单位',
      '责任单位',
    ]);
    const ids: string[] = [];
    for (let r = 3; r <= s.rowCount; r++) {
      const m = /^(\d+|B\d|V\d) /.exec(text(s.getRow(r).getCell(3)));
      if (m) ids.push(m[1]!);
    }
    expect(ids).toHaveLength(119);
    expect(ids.slice(0, 2)).toEqual(['1', '2']);
    expect(ids.slice(-4)).toEqual(['B1', 'B2', 'V1', 'V2']);

    const merges = s.model.merges;
    const inCol = (col: string) => merges.filter((m) => m.startsWith(col) && m.split(':')[1]!.startsWith(col));
    // Eleven areas, each spanning its indicators: area 一 is indicators 1–24 (rows 3–26).
    expect(inCol('A')).toHaveLength(11);
    expect(merges).toContain('A3:A26');
    expect(text(s.getCell('A3'))).toBe('一、政府职能依法全面履行');
    // Group 1. 加大简政放权力度 is indicators 1–5.
    expect(merges).toContain('B3:B7');
    expect(text(s.getCell('B3'))).toBe('1. 加大简政放权力度');
    // Materials merged as printed: 47–48 and 91–94.
    expect(merges).toContain('E49:E50');
    expect(merges).toContain('E93:E96');
    expect(text(s.getCell('E93'))).toMatch(/^①根据91、92、93、94项指标要求/);
    expect(text(s.getCell('C4')).startsWith('2 依法实施行政许可')).toBe(true);
    expect(text(s.getCell('E3')).split('\n')).toHaveLength(2);
    expect(s.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, printTitlesRow: '1:2' });
    expect(text(s.getRow(s.rowCount).getCell(1))).toMatch(/^说明：1\. 报送材料以2019年以来为主/);
  });

  it('works outside a workspace from the built-in catalog', async () => {
    const dir = tempDir();
    const r = await ledger(['export', '--annex1', '-o', 'out'], { cwd: dir, env: PINNED_DATE });
    expect(r.code).toBe(0);
    const wb = await readWorkbook(path.join(dir, 'out', '附件1-指标体系责任分工表.xlsx'));
    expect(text(wb.getWorksheet('指标体系责任分工表')!.getCell('A1'))).toBe('法治政府建设示范市创建指标体系责任分工表');
  });
});
