import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkJson, ledger, tempDir } from '../helpers/cli.js';
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

  it('summarises each unit with the check’s numbers, the unassigned indicators, those without materials, and the global totals', async () => {
    const wb = await readWorkbook(path.join(ws, 'exports', '2024-06-汇总.xlsx'));
    const s = wb.getWorksheet('汇总')!;
    const { report } = await checkJson(ws, [], PINNED_DATE);
    const c = report.summary;
    expect(text(s.getCell('A1'))).toBe('许昌市市场监督管理局法治政府建设示范市创建工作台账汇总（2024年6月）');
    expect(s.model.merges).toContain('A1:L1');
    const header = [...Array(12).keys()].map((i) => text(s.getRow(3).getCell(i + 1)));
    // The two words of check: 台账已完成 (the ledger says so) and 材料齐全 (every material evidenced).
    expect(header).toEqual([
      '责任单位',
      '承担指标',
      '其中牵头',
      '其中配合',
      '台账已完成',
      '材料齐全',
      '已提供材料',
      '应报材料',
      '材料完成率',
      '待提交',
      '有问题',
      '备注',
    ]);
    const rows = new Map<string, { n: (number | null)[]; note: string; row: number }>();
    for (let r = 4; r <= s.rowCount; r++) {
      const label = text(s.getRow(r).getCell(1));
      if (!label || label.startsWith('说明')) continue;
      const n = [2, 3, 4, 5, 6, 7, 8, 10, 11].map((col) => {
        const v = s.getRow(r).getCell(col).value;
        return v === null || v === '' ? null : Number(v);
      });
      rows.set(label, { n, note: text(s.getRow(r).getCell(12)), row: r });
    }
    // 法规科: 23 indicators, all lead; 31 reported done; materials 2 of 47 (30 has a file and an exception).
    const u = c.units.fagui!;
    expect(rows.get('法规科')!.n).toEqual([
      u.indicators,
      u.lead,
      u.cooperate,
      u.ledgerDone,
      u.complete,
      u.covered,
      u.required,
      u.toSubmit,
      u.errors - u.toSubmit,
    ]);
    // Still to submit and broken split as check splits them: together they are the unit's errors.
    expect(u.toSubmit).toBeGreaterThan(0);
    expect(rows.get('法规科')!.n.slice(0, 4)).toEqual([23, 23, 0, 1]);
    expect(rows.get('办公室')!.n.slice(0, 3)).toEqual([16, 14, 2]);
    // Indicators no unit carries: a row of their own, with their ids, so leaders see 8, 47, 91 have no owner.
    const unassigned = rows.get('未分配（无单位承担）')!;
    expect(unassigned.n).toEqual([
      c.unassigned.indicators,
      null,
      null,
      null,
      null,
      c.unassigned.covered,
      c.unassigned.required,
      null,
      null,
    ]);
    expect(c.unassigned.indicators).toBeGreaterThan(0);
    expect(unassigned.note).toBe(`指标 ${c.unassigned.ids.join('、 ')}`);
    expect(c.unassigned.ids).toEqual(expect.arrayContaining(['8', '91']));
    expect((s.getRow(unassigned.row).getCell(1).fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe('FFFFEB9C');
    const without = rows.get('无需报送材料的指标')!;
    expect(without.n[0]).toBe(c.withoutMaterials);
    expect(without.note).toBe('指标 73、 78、 V1、 V2');
    // The totals are the check's global counts, not a sum of the unit rows (units share indicators).
    const total = rows.get('合计（全部指标）')!;
    expect(total.n).toEqual([
      c.indicators,
      null,
      null,
      c.ledgerDone,
      c.complete,
      c.materials.covered,
      c.materials.required,
      c.toSubmit,
      c.errors - c.toSubmit,
    ]);
    expect(c.toSubmit).toBe(report.diagnostics.filter((d) => d.code === 'material-missing' && d.severity === 'error').length);
    expect(total.n[0]).toBe(119);
    const units = [...rows].filter(([, v]) => v.row < unassigned.row);
    expect(units).toHaveLength(fs.readdirSync(path.join(ws, 'assignments')).length);
    expect(total.n[6]).not.toBe(units.reduce((n, [, v]) => n + v.n[6]!, 0));
    expect(total.note).toBe(
      `材料齐全 ${c.complete} 项，缺材料 ${c.incomplete} 项，无需报送材料 ${c.withoutMaterials} 项；其中未分配 ${c.unassigned.indicators} 项。` +
        '合计按指标计，几个单位共同承担的指标只计一次，不是上面各行之和。',
    );
    expect(Number(s.getRow(total.row).getCell(9).value)).toBeCloseTo(c.materials.covered / c.materials.required);
    expect(s.getRow(total.row).getCell(1).font.bold).toBe(true);
    expect(text(s.getRow(s.rowCount).getCell(1))).toMatch(/^说明：1\. 材料齐全：/);
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
