import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StatusReport } from '../../src/check/status/report.js';
import { checkJson, ledger, makeWorkspace, tempDir } from '../helpers/cli.js';
import { writeFile } from '../helpers/workspace.js';

const DAY = { LEDGER_TODAY: '2024-06-10' };

const problem = (id: string, unit: string, due: string, status = '整改中', extra = '') =>
  `  - id: ${id}\n    found: 2024-05-01\n    source: 全面自查\n    indicator: 9\n    unit: ${unit}\n` +
  `    description: 问题${id}\n    due: ${due}\n    status: ${status}\n${extra}`;

describe('ledger status: the problem list', () => {
  let ws: string;
  beforeAll(() => {
    ws = makeWorkspace();
    writeFile(
      ws,
      'problems.yaml',
      `problems:\n${[
        problem('1', '法规科', '2024-06-01'),
        problem('2', 'fagui', '2024-06-12'),
        problem('3', '办公室', '2024-05-20'),
        problem('4', '办公室', '2024-05-30'),
        problem('5', '人事科', '2024-05-01', '已销号', '    closed: 2024-05-01\n'),
        problem('6', '法规科', '2024-09-01'),
      ].join('')}`,
    );
  });

  it('counts open, overdue and closed per unit and overall (JSON)', async () => {
    const r = await ledger(['status', '--format', 'json'], { cwd: ws, env: DAY });
    const report = JSON.parse(r.stdout) as StatusReport;
    expect(report.problems!.totals).toEqual({ total: 6, open: 5, overdue: 3, dueSoon: 1, closed: 1 });
    expect(report.problems!.units).toEqual([
      { id: 'bangongshi', name: '办公室', total: 2, open: 2, overdue: 2, dueSoon: 0, closed: 0 },
      { id: 'fagui', name: '法规科', total: 3, open: 3, overdue: 1, dueSoon: 1, closed: 0 },
      { id: 'renshi-jiaoyu', name: '人事教育科', total: 1, open: 0, overdue: 0, dueSoon: 0, closed: 1 },
    ]);
    expect(report.problems!.overdue.map((o) => [o.id, o.unit, o.days])).toEqual([
      ['3', 'bangongshi', 21],
      ['4', 'bangongshi', 11],
      ['1', 'fagui', 9],
    ]);
    // Overdue problems are errors of their unit: the per-unit error count includes them.
    const check = JSON.parse((await ledger(['check', '--format', 'json'], { cwd: ws, env: DAY })).stdout) as {
      diagnostics: { code: string; unit: string | null }[];
    };
    expect(check.diagnostics.filter((d) => d.code === 'problem-overdue').map((d) => d.unit)).toEqual(['fagui', 'bangongshi', 'bangongshi']);
  });

  it('--unit counts only that unit’s problems', async () => {
    const r = await ledger(['status', '--unit', '办公室', '--format', 'json'], { cwd: ws, env: DAY });
    const report = JSON.parse(r.stdout) as StatusReport;
    expect(report.problems!.totals).toEqual({ total: 2, open: 2, overdue: 2, dueSoon: 0, closed: 0 });
    expect(report.problems!.units.map((u) => u.id)).toEqual(['bangongshi']);
  });

  it('check --unit reports what the unit’s row counts: its own problem on an indicator it does not carry, not another unit’s', async () => {
    const all = (await checkJson(ws, [], DAY)).report.summary.units;
    for (const unit of ['fagui', 'bangongshi', 'xinyong-jianguan']) {
      const { report } = await checkJson(ws, ['--unit', unit], DAY);
      const overdue = report.diagnostics.filter((d) => d.code === 'problem-overdue');
      expect(overdue.every((d) => d.unit === unit)).toBe(true);
      expect(report.summary.units[unit]!.errors).toBe(all[unit]!.errors);
      expect(report.diagnostics.filter((d) => d.severity === 'error' && d.unit !== null && d.unit !== unit)).toEqual([]);
    }
    // 办公室 does not carry indicator 9, yet its two overdue problems are its own.
    const { report } = await checkJson(ws, ['--unit', 'bangongshi'], DAY);
    expect(report.diagnostics.filter((d) => d.code === 'problem-overdue')).toHaveLength(2);
  });

  it('shows them in the terminal, in Markdown and on the HTML page', async () => {
    const text = (await ledger(['status'], { cwd: ws, env: DAY })).stdout;
    expect(text).toContain('整改问题清单\n  共 6 个问题：整改中 5 个（其中逾期 3 个、7 天内到期 1 个），已销号 1 个\n');
    expect(text).toMatch(/ {2}办公室 +2 +2 +2 +0 +0\n/);
    expect(text).toContain('  问题 3（办公室，指标 9，时限 2024-05-20，逾期 21 天）：问题3');
    const md = (await ledger(['status', '--format', 'markdown'], { cwd: ws, env: DAY })).stdout;
    expect(md).toContain('### 整改问题清单\n\n共 6 个问题');
    expect(md).toContain('| 办公室 | 2 | 2 | 2 | 0 | 0 |');
    expect(md).toContain('- 问题 1（法规科，指标 9，时限 2024-06-01，逾期 9 天）：问题1');
    const page = path.join(tempDir(), 'status.html');
    expect((await ledger(['status', '--html', page], { cwd: ws, env: DAY })).code).toBe(0);
    const html = fs.readFileSync(page, 'utf8');
    expect(html).toContain('<section id="problems" class="keep"><h2>整改问题清单</h2>');
    expect(html).toContain('<td class="n poor">2</td>');
  });
});
