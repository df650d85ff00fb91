import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ledger, makeWorkspace } from '../helpers/cli.js';
import { addPdf, writeFile } from '../helpers/workspace.js';
import { readWorkbook, text } from './helpers.js';

const DAY = { LEDGER_TODAY: '2024-06-10' };
const LIST = 'exports/2024-06-10-整改问题清单.xlsx';

/** Three problems, with comments the import must keep: one overdue, one due within 7 days, one closed. */
const PROBLEMS = `# 整改问题清单（领导小组办公室维护）
problems:
  # 自查发现
  - id: 1
    found: 2024-05-10
    source: 全面自查
    indicator: 9
    material: 2
    unit: 法规科
    description: 双随机抽查结果未按时公示
    measures: 补充公示 # 初步措施
    due: 2024-06-01
    status: 整改中

  - id: ZG-2
    found: 2024-05-12
    source: 上级通报
    indicator: "31"
    unit: fagui
    description: 规范性文件备案不及时
    measures: ""
    due: 2024-06-15
    status: 整改中

  # 初评发现，已整改
  - id: 3
    found: 2024-05-20
    source: 市局初评
    indicator: 47
    unit: 办公室
    description: 公开目录不完整
    measures: 已补充
    due: 2024-07-15
    status: 已销号
    closed: 2024-06-01
    evidence: problems/3-整改报告.pdf
`;

async function problemWorkspace(): Promise<string> {
  const ws = makeWorkspace();
  writeFile(ws, 'problems.yaml', PROBLEMS);
  await addPdf(ws, 'problems/3-整改报告.pdf');
  return ws;
}

/** Open a list, change cells as a person would, save it under `out`. */
async function editList(file: string, out: string, cells: Record<string, unknown>): Promise<void> {
  const wb = await readWorkbook(file);
  const sheet = wb.getWorksheet('问题清单')!;
  for (const [address, value] of Object.entries(cells)) sheet.getCell(address).value = value as never;
  await wb.xlsx.writeFile(out);
}

describe('ledger export --problems', () => {
  let ws: string;
  beforeAll(async () => {
    ws = await problemWorkspace();
    const r = await ledger(['export', '--problems'], { cwd: ws, env: DAY });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`已导出 ${LIST}（整改问题清单：3 个问题，逾期 1 个）`);
  });

  it('writes the 问题清单: title, counts, the nine columns, one row per problem in file order', async () => {
    const wb = await readWorkbook(path.join(ws, LIST));
    const sheet = wb.getWorksheet('问题清单')!;
    expect(text(sheet.getCell('A1'))).toBe('许昌市市场监督管理局法治政府建设示范创建整改问题清单');
    expect(text(sheet.getCell('A2'))).toContain('共 3 个问题：整改中 2 个（其中逾期 1 个、7 天内到期 1 个），已销号 1 个');
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((c) => text(sheet.getRow(3).getCell(c)))).toEqual([
      '序号',
      '问题来源',
      '问题描述',
      '所属指标',
      '责任单位',
      '整改措施',
      '整改时限',
      '整改状态',
      '销号日期',
    ]);
    const row = (n: number) => [1, 2, 3, 4, 5, 6, 7, 8, 9].map((c) => text(sheet.getRow(n).getCell(c)));
    expect(row(4)).toEqual([
      '1',
      '全面自查',
      '双随机抽查结果未按时公示',
      '9 全面推行“双随机、一公开”监管（材料②）',
      '法规科',
      '补充公示',
      '2024-06-01\n已逾期 9 天',
      '整改中',
      '',
    ]);
    expect(row(5).slice(0, 1).concat(row(5).slice(4, 9))).toEqual(['ZG-2', '法规科', '', '2024-06-15\n还有 5 天', '整改中', '']);
    expect(row(6)[0]).toBe('3');
    expect(row(6).slice(6)).toEqual(['2024-07-15', '已销号', '2024-06-01']);
    expect(text(sheet.getCell('A8'))).toMatch(/^说明：1\. 由责任单位填写/);
  });

  it('marks overdue rows red and due-soon rows yellow; the status is a list; A4 landscape', async () => {
    const wb = await readWorkbook(path.join(ws, LIST));
    const sheet = wb.getWorksheet('问题清单')!;
    const fill = (a: string) => (sheet.getCell(a).fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
    expect(fill('C4')).toBe('FFFFC7CE');
    expect(fill('C5')).toBe('FFFFEB9C');
    expect(fill('C6')).toBeUndefined();
    for (const a of ['H4', 'H5', 'H6'])
      expect(sheet.getCell(a).dataValidation).toMatchObject({ type: 'list', formulae: ['"整改中,已销号"'] });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
    expect(wb.getWorksheet('ledger-meta')?.state).toBe('veryHidden');
  });

  it('--unit gives the unit its own list; never overwrites without --force', async () => {
    const r = await ledger(['export', '--problems', '--unit', '法规科'], { cwd: ws, env: DAY });
    expect(r.code, r.stderr).toBe(0);
    const wb = await readWorkbook(path.join(ws, 'exports/2024-06-10-法规科-整改问题清单.xlsx'));
    const sheet = wb.getWorksheet('问题清单')!;
    expect(text(sheet.getCell('A2'))).toMatch(/^责任单位：法规科（公章）.*共 2 个问题/);
    expect(['A4', 'A5'].map((a) => text(sheet.getCell(a)))).toEqual(['1', 'ZG-2']);
    expect(text(sheet.getCell('A6'))).toBe('');
    const again = await ledger(['export', '--problems'], { cwd: ws, env: DAY });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('已存在');
  });

  it('refuses without a usable problems.yaml', async () => {
    const broken = makeWorkspace();
    writeFile(broken, 'problems.yaml', 'problems:\n  - id: 1\n');
    const r = await ledger(['export', '--problems'], { cwd: broken, env: DAY });
    expect([r.code, r.stderr]).toEqual([2, 'problems.yaml 无法读取或不符合格式，未导出任何文件。请先运行 ledger check 修正。\n']);
  });
});

describe('问题清单 → edit in a spreadsheet → ledger import', () => {
  it('reads 整改措施, 整改状态 and 销号日期 back, comments and order kept; --dry-run writes nothing', async () => {
    const ws = await problemWorkspace();
    await ledger(['export', '--problems'], { cwd: ws, env: DAY });
    const edited = path.join(ws, '已填.xlsx');
    await editList(path.join(ws, LIST), edited, {
      F4: '已补充公示，建立公示台账',
      H4: '已销号',
      I4: new Date(Date.UTC(2024, 5, 8)),
      F5: '正在补办备案',
    });
    const dry = await ledger(['import', '已填.xlsx', '--dry-run'], { cwd: ws, env: DAY });
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toBe(
      [
        'problems.yaml（整改问题清单，来自 已填.xlsx）',
        '  问题 1  整改措施：补充公示 → 已补充公示，建立公示台账',
        '  问题 1  整改状态：整改中 → 已销号',
        '  问题 1  销号日期：（空） → 2024-06-08',
        '  问题 ZG-2  整改措施：（空） → 正在补办备案',
        '试运行：以上 4 处改动均未写入（去掉 --dry-run 即写入）。',
        '',
      ].join('\n'),
    );
    expect(fs.readFileSync(path.join(ws, 'problems.yaml'), 'utf8')).toBe(PROBLEMS);

    const r = await ledger(['import', '已填.xlsx'], { cwd: ws, env: DAY });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('已更新 1 个文件，共 4 处改动。');
    const expected = PROBLEMS.replace(
      'measures: 补充公示 # 初步措施\n    due: 2024-06-01\n    status: 整改中\n',
      'measures: 已补充公示，建立公示台账 # 初步措施\n    due: 2024-06-01\n    status: 已销号\n    closed: 2024-06-08\n',
    ).replace('measures: ""\n    due: 2024-06-15', 'measures: "正在补办备案"\n    due: 2024-06-15');
    expect(fs.readFileSync(path.join(ws, 'problems.yaml'), 'utf8')).toBe(expected);
    // Imported again: nothing left to change.
    const again = await ledger(['import', '已填.xlsx'], { cwd: ws, env: DAY });
    expect(again.stdout).toContain('没有变化');
    // The status now counts it closed.
    const status = JSON.parse((await ledger(['status', '--format', 'json'], { cwd: ws, env: DAY })).stdout) as {
      problems: { totals: Record<string, number> };
    };
    expect(status.problems.totals).toEqual({ total: 3, open: 1, overdue: 0, dueSoon: 1, closed: 2 });
  });

  it('refuses a change made on both sides, an unknown id and a bad status or date, with the row, and writes nothing', async () => {
    const ws = await problemWorkspace();
    await ledger(['export', '--problems'], { cwd: ws, env: DAY });
    // The office changed problem 1's measures after the export.
    writeFile(ws, 'problems.yaml', PROBLEMS.replace('measures: 补充公示 # 初步措施', 'measures: 办公室改过的措施 # 初步措施'));
    const before = fs.readFileSync(path.join(ws, 'problems.yaml'), 'utf8');
    const edited = path.join(ws, '冲突.xlsx');
    await editList(path.join(ws, LIST), edited, { F4: '单位写的措施', A5: '99', H6: '完成了', I6: '6月1日' });
    const r = await ledger(['import', '冲突.xlsx'], { cwd: ws, env: DAY });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')).toEqual([
      '✖ 冲突.xlsx › 问题清单 › A5（第 5 行）：problems.yaml 中没有序号为“99”的问题。新问题请由领导小组办公室加入 problems.yaml；请核对序号。',
      '✖ 冲突.xlsx › 问题清单 › H6（第 6 行）：问题 3 的整改状态“完成了”无法识别。请从下拉列表中选择“整改中”或“已销号”。',
      '发现 2 个问题，未修改任何文件。改正后请重新导入全部文件。',
      '',
    ]);
    await editList(path.join(ws, LIST), edited, { F4: '单位写的措施', I6: '2024年6月1日' });
    const conflict = await ledger(['import', '冲突.xlsx'], { cwd: ws, env: DAY });
    expect(conflict.code).toBe(2);
    expect(conflict.stderr).toContain(
      '✖ 冲突.xlsx › 问题清单 › F4（第 4 行）：问题 1 的整改措施两边都改了——导出时为“补充公示”，工作簿改为“单位写的措施”，problems.yaml 已改为“办公室改过的措施”。',
    );
    expect(fs.readFileSync(path.join(ws, 'problems.yaml'), 'utf8')).toBe(before);
  });

  it('a unit list may not change another unit’s problem', async () => {
    const ws = await problemWorkspace();
    await ledger(['export', '--problems', '--unit', 'fagui'], { cwd: ws, env: DAY });
    const edited = path.join(ws, '法规科.xlsx');
    await editList(path.join(ws, 'exports/2024-06-10-法规科-整改问题清单.xlsx'), edited, { A5: '3', F5: '改别人的' });
    const r = await ledger(['import', '法规科.xlsx'], { cwd: ws, env: DAY });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('A5（第 5 行）：问题 3 不属于这份清单的责任单位');
  });
});
