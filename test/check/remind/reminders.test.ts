import { describe, expect, it } from 'vitest';
import { buildReminders } from '../../../src/check/remind/reminders.js';
import type { StatusReport } from '../../../src/check/status/report.js';
import { diag } from '../../../src/diagnostics/diagnostic.js';
import type { LoadedProblem } from '../../../src/model/problems.js';
import { memoryWorkspace } from '../../helpers/memory-workspace.js';

const TODAY = '2026-11-28';

/** The parts of status's report reminders read: missing materials per unit, the returns, the deadline. */
function report(over: Partial<StatusReport> = {}): StatusReport {
  return {
    today: TODAY,
    deadline: { nextDue: '2026-12-04', daysLeft: 6, previousDue: '2026-11-04', stage: null, nextStage: null },
    units: [],
    returns: {
      state: 'ok',
      months: [
        {
          month: '2026-12',
          due: '2026-12-04',
          open: true,
          units: [
            { id: 'fagui', name: '法规科', state: 'pending', date: null, changes: null },
            { id: 'bangongshi', name: '办公室', state: 'on-time', date: '2026-11-27', changes: 0 },
          ],
        },
      ],
    },
    ...over,
  } as StatusReport;
}

const problem = (id: string, unit: string, due: string, status: '整改中' | '已销号' = '整改中'): LoadedProblem => ({
  index: 0,
  unit,
  evidence: [],
  value: {
    id,
    found: '2026-01-01',
    source: '全面自查',
    indicator: '30',
    unit,
    description: `问题${id}`,
    measures: '',
    due,
    status,
  } as never,
});

describe('buildReminders: per unit, from the status report and the same run findings', () => {
  const ws = memoryWorkspace([
    { unit: 'fagui', indicators: { '30': '未完成' } },
    { unit: 'bangongshi', indicators: { '80': '未完成' } },
  ]);
  ws.problems = {
    file: 'problems.yaml',
    usable: true,
    items: [
      problem('1', 'fagui', '2026-11-01'),
      problem('2', 'fagui', '2026-12-05'),
      problem('3', 'fagui', '2026-12-06'),
      problem('4', 'fagui', '2026-10-01', '已销号'),
    ],
  };
  const missing = diag(
    'material-missing',
    { material: 2, materialText: '目录', units: ['法规科'], rejected: [], notApplicableBy: [] },
    { indicator: '30', material: 2 },
  );
  const broken = diag('pdf-encrypted', {}, { file: 'evidence/030/1-x.pdf', indicator: '30', material: 1 });
  const returned = diag('review-returned', { material: 1, by: '张三', date: '2026-11-20', note: '缺章', changed: [] }, { indicator: '30' });
  const overdue = diag('problem-overdue', { id: '1', due: '2026-11-01', days: 27 }, { unit: 'fagui', file: 'problems.yaml' });
  const warning = diag('pdf-encrypted', {}, { file: 'evidence/030/1-y.pdf', indicator: '30', severity: 'warning' });
  const otherUnit = diag('pdf-encrypted', {}, { file: 'evidence/080/1-z.pdf', indicator: '80' });
  const statusUnits = [
    { id: 'fagui', missing: [{ indicator: '30', material: 2, text: '目录', rejected: [] }] },
    { id: 'bangongshi', missing: [] },
  ] as unknown as StatusReport['units'];

  it('sorts findings into sections: missing (with its finding), broken, returned; problems and the ledger apart', () => {
    const r = buildReminders({
      ws,
      report: report({ units: statusUnits }),
      diagnostics: [missing, broken, returned, overdue, warning, otherUnit],
      daysBefore: 7,
    });
    const fagui = r.units.find((u) => u.id === 'fagui')!;
    expect(fagui.tasks.map((t) => t.kind)).toEqual(['missing', 'broken', 'returned', 'problem', 'problem', 'ledger']);
    expect(fagui.tasks[0]).toMatchObject({ indicator: '30', material: 2, finding: missing });
    expect(fagui.tasks[1]).toEqual({ kind: 'broken', finding: broken });
    // overdue first, then the one due within 7 days (12-05); 12-06 is 8 days away; 已销号 never
    expect(fagui.tasks.filter((t) => t.kind === 'problem').map((t) => t.kind === 'problem' && [t.id, t.overdue, t.days])).toEqual([
      ['1', true, 27],
      ['2', false, 7],
    ]);
    expect(fagui.tasks.at(-1)).toEqual({ kind: 'ledger', month: '2026-12', due: '2026-12-04' });
    // 办公室: its own broken file; its ledger came back
    expect(r.units.find((u) => u.id === 'bangongshi')!.tasks).toEqual([{ kind: 'broken', finding: otherUnit }]);
    // units with nothing to do get no reminder, by name
    expect(r.quiet).toContain('人事教育科');
    expect(r.month).toBe('2026-12');
  });

  it('--days-before widens the window of problems; --unit keeps one unit', () => {
    const r = buildReminders({ ws, report: report({ units: statusUnits }), diagnostics: [], daysBefore: 8, unit: 'fagui' });
    expect(r.units.map((u) => u.id)).toEqual(['fagui']);
    expect(r.units[0]!.tasks.filter((t) => t.kind === 'problem')).toHaveLength(3);
    expect(r.quiet).toEqual([]);
  });
});
