import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkJson, makeWorkspace } from '../helpers/cli.js';
import { addPdf, writeFile } from '../helpers/workspace.js';

/** The day every run here is judged on. */
const TODAY = { LEDGER_TODAY: '2024-06-10' };

/** A problem entry as YAML lines (two spaces in), fields in the SPEC's order. */
function entry(fields: Record<string, string>): string {
  const base: Record<string, string> = {
    id: '1',
    found: '2024-05-10',
    source: '全面自查',
    indicator: '9',
    unit: '法规科',
    description: '双随机抽查结果未按时公示',
    measures: '补充公示',
    due: '2024-07-31',
    status: '整改中',
  };
  const all = { ...base, ...fields };
  return Object.entries(all)
    .filter(([, v]) => v !== '')
    .map(([k, v], i) => `${i === 0 ? '  - ' : '    '}${k}: ${v}`)
    .join('\n');
}

async function findings(ws: string, ...entries: string[]) {
  writeFile(ws, 'problems.yaml', `# 问题清单\nproblems:\n${entries.join('\n')}\n`);
  const { report } = await checkJson(ws, [], TODAY);
  return report.diagnostics.filter((d) => d.file === 'problems.yaml');
}

const brief = (d: { code: string; severity: string; line: number | null }) => `${d.code} ${d.severity} ${d.line}`;

describe('problems.yaml findings', () => {
  it('a fresh workspace has the commented template and no finding about it', async () => {
    const ws = makeWorkspace();
    const text = fs.readFileSync(path.join(ws, 'problems.yaml'), 'utf8');
    expect(text).toMatch(/^# yaml-language-server: \$schema=\.\/schemas\/problems\.schema\.json/);
    expect(text).toContain('problems: []');
    expect(fs.existsSync(path.join(ws, 'schemas/problems.schema.json'))).toBe(true);
    const { report } = await checkJson(ws, [], TODAY);
    expect(report.diagnostics.filter((d) => d.file === 'problems.yaml')).toEqual([]);
  });

  it('no problems.yaml is no problems', async () => {
    const ws = makeWorkspace();
    fs.rmSync(path.join(ws, 'problems.yaml'));
    const { report } = await checkJson(ws, [], TODAY);
    expect(report.diagnostics.filter((d) => d.file === 'problems.yaml')).toEqual([]);
  });

  it('schema errors carry line and column; the valid entries are still judged', async () => {
    const ws = makeWorkspace();
    const d = await findings(ws, entry({ id: '1', due: '2024-13-01' }), entry({ id: '2', status: '完成', due: '2024-06-01' }));
    const schema = d.filter((x) => x.code === 'schema-invalid');
    expect(schema.map((x) => [x.line, x.column])).toEqual([
      [10, 10],
      [20, 13],
    ]);
    expect(schema[1]!.message).toContain('problems[1].status');
    // Entry 1 of the list is valid on its own: its overdue date is still an error.
    const ws2 = makeWorkspace();
    const d2 = await findings(ws2, entry({ id: '1', due: '2024-06-01' }), entry({ id: '2', extra: 'x' }));
    expect(d2.map(brief)).toEqual(['schema-invalid error 21', 'problem-overdue error 10']);
  });

  it('a syntax error is located like in every other YAML file', async () => {
    const ws = makeWorkspace();
    writeFile(ws, 'problems.yaml', 'problems:\n  - id: 1\n    found： 2024-05-10\n');
    const { report } = await checkJson(ws, [], TODAY);
    const d = report.diagnostics.find((x) => x.file === 'problems.yaml')!;
    expect([d.code, d.line]).toEqual(['yaml-syntax', 3]);
  });

  it('open past due is an error, due within 7 days a warning, later nothing', async () => {
    const ws = makeWorkspace();
    // A real PDF: 整改 evidence is judged as evidence is, and a README.md proves nothing (issue 19).
    await addPdf(ws, 'problems/5-整改报告.pdf');
    const d = await findings(
      ws,
      entry({ id: '1', due: '2024-06-09' }),
      entry({ id: '2', due: '2024-06-10' }),
      entry({ id: '3', due: '2024-06-17' }),
      entry({ id: '4', due: '2024-06-18' }),
      entry({ id: '5', due: '2024-06-01', status: '已销号', closed: '2024-06-01', evidence: 'problems/5-整改报告.pdf' }),
    );
    expect(d.map(brief)).toEqual(['problem-overdue error 10', 'problem-due-soon warning 19', 'problem-due-soon warning 28']);
    expect(d[0]!.message).toBe('问题 1 已超过整改时限 2024-06-09（逾期 1 天）仍未销号');
    expect(d[1]!.message).toBe('问题 2 的整改时限 2024-06-10 还有 0 天');
    expect([d[0]!.unit, d[0]!.indicator]).toEqual(['fagui', '9']);
  });

  it('已销号 needs a closing date and evidence that exists inside the workspace', async () => {
    const ws = makeWorkspace();
    await addPdf(ws, 'problems/3-整改报告.pdf');
    fs.symlinkSync('/etc', path.join(ws, 'problems/link'));
    const d = await findings(
      ws,
      entry({ id: '1', status: '已销号', evidence: 'problems/3-整改报告.pdf' }),
      entry({ id: '2', status: '已销号', closed: '2024-06-01' }),
      entry({ id: '3', status: '已销号', closed: '2024-06-01', evidence: '[problems/3-整改报告.pdf, problems/没有.pdf]' }),
      entry({ id: '4', status: '已销号', closed: '2024-06-01', evidence: '[../外面.pdf, /etc/hosts, problems/link/hosts]' }),
      entry({ id: '5', evidence: 'problems/还没写.pdf' }),
    );
    expect(d.map((x) => `${x.code} ${x.severity} ${x.line}:${x.column}`)).toEqual([
      'problem-closed-undated error 11:13',
      'problem-closed-without-evidence warning 21:13',
      'problem-evidence-missing error 33:37',
      'problem-evidence-outside error 44:16',
      'problem-evidence-outside error 44:27',
      'problem-evidence-outside error 44:39',
      'problem-evidence-missing warning 54:15',
    ]);
    expect(d[2]!.message).toBe('问题 3 的佐证材料 problems/没有.pdf 不存在');
  });

  it('dates out of order, and a closing date on an open problem', async () => {
    const ws = makeWorkspace();
    await addPdf(ws, 'problems/x.pdf');
    const closed = { status: '已销号', evidence: 'problems/x.pdf' };
    const d = await findings(
      ws,
      entry({ id: '1', ...closed, closed: '2024-05-01' }),
      entry({ id: '2', ...closed, closed: '2024-06-11' }),
      entry({ id: '3', due: '2024-05-01', status: '已销号', closed: '2024-05-20', evidence: 'problems/x.pdf' }),
      entry({ id: '4', closed: '2024-06-01' }),
    );
    expect(d.map((x) => `${x.code} ${x.severity} ${String(x.message)}`)).toEqual([
      'problem-date-invalid error 问题 1：销号日期 2024-05-01 早于发现日期 2024-05-10',
      'problem-date-invalid error 问题 2：销号日期 2024-06-11 晚于今天（2024-06-10）',
      'problem-date-invalid error 问题 3：整改时限 2024-05-01 早于发现日期 2024-05-10',
      'problem-date-invalid warning 问题 4：仍为“整改中”，却填写了销号日期 2024-06-01',
    ]);
  });

  it('unknown unit, indicator and material with a did-you-mean; units by id, name or alias; ids unique', async () => {
    const ws = makeWorkspace();
    const d = await findings(
      ws,
      entry({ id: '1', unit: '法规课' }),
      entry({ id: '2', unit: 'fagui', indicator: '1155' }),
      entry({ id: '3', unit: '人事科', indicator: '"009"', material: '7' }),
      entry({ id: '3', unit: '财物装备科' }),
    );
    expect(d.map((x) => `${x.code} ${x.line} ${String(x.message)}`)).toEqual([
      'indicator-unknown 15 未知的指标“1155”（是否应为“1”？）',
      'unit-unknown 7 未知的单位“法规课”（是否应为“法规科”？）',
      'problem-material-unknown 30 问题 3：指标 9 没有材料 7（共 2 项材料）',
      'problem-duplicate-id 31 问题编号“3”重复（第 3 个问题已使用）',
    ]);
  });

  it('in English', async () => {
    const ws = makeWorkspace();
    writeFile(ws, 'problems.yaml', `problems:\n${entry({ due: '2024-06-01' })}\n`);
    const { report } = await checkJson(ws, ['--lang', 'en'], TODAY);
    const d = report.diagnostics.find((x) => x.code === 'problem-overdue')!;
    expect(d.message).toBe('Problem 1 is past its due date 2024-06-01 (9 day(s) overdue) and still open');
  });

  it('the run cache notices the day, problems.yaml and the evidence it names', async () => {
    const ws = makeWorkspace();
    writeFile(
      ws,
      'problems.yaml',
      `problems:\n${entry({ status: '已销号', closed: '2024-06-01', evidence: 'problems/x.pdf', due: '2024-06-12' })}\n`,
    );
    const codes = async (day: string) =>
      (await checkJson(ws, [], { LEDGER_TODAY: day })).report.diagnostics.filter((x) => x.file === 'problems.yaml').map((x) => x.code);
    expect(await codes('2024-06-10')).toEqual(['problem-evidence-missing']);
    await addPdf(ws, 'problems/x.pdf');
    expect(await codes('2024-06-10')).toEqual([]);
    fs.rmSync(path.join(ws, 'problems/x.pdf'));
    expect(await codes('2024-06-10')).toEqual(['problem-evidence-missing']);
    writeFile(ws, 'problems.yaml', `problems:\n${entry({ due: '2024-06-12' })}\n`);
    expect(await codes('2024-06-10')).toEqual(['problem-due-soon']);
    expect(await codes('2024-06-13')).toEqual(['problem-overdue']);
  });
});
