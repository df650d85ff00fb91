import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { StatusDeadline } from '../../model/deadline.js';
import { normalizeIndicatorInput } from '../../model/indicator-id.js';
import { problemState } from '../../model/problems.js';
import type { Workspace } from '../../model/workspace.js';
import { unitName } from '../../model/units.js';
import { daysBetween } from '../../util/dates.js';
import type { StatusReport } from '../status/report.js';
import { findingOfUnit } from '../summarize.js';
import { shareRule } from '../../model/unit-share.js';

/** One thing a unit must do before the next deadline. */
export type RemindTask =
  /** a material not yet covered (status's `missing`), with the check's finding that says how to fix it */
  | { kind: 'missing'; indicator: string; material: number; text: string; rejected: string[]; finding: Diagnostic | null }
  /** an error-level finding on the unit's evidence or ledger (broken, wrong): the finding carries its fix */
  | { kind: 'broken'; finding: Diagnostic }
  /** a material returned at the 初评 review (review-returned): the reason is the finding's note */
  | { kind: 'returned'; finding: Diagnostic }
  /** a problem of problems.yaml past its 整改时限 or due within `--days-before` days */
  | { kind: 'problem'; id: string; indicator: string; description: string; due: string; overdue: boolean; days: number }
  /** the monthly ledger of the open month not yet returned (returns.yaml) */
  | { kind: 'ledger'; month: string; due: string };

export interface UnitReminder {
  id: string;
  name: string;
  /** units.yaml `email`; null when it has none */
  email: string | null;
  /** the ledger's 责任人及联系方式, '' when none */
  contact: string;
  tasks: RemindTask[];
}

export interface Reminders {
  organization: string;
  today: string;
  deadline: StatusDeadline;
  /** the month whose ledger is due next (YYYY-MM): sends are recorded per unit, this month and channel */
  month: string;
  /** units with something to do, in units.yaml order */
  units: UnitReminder[];
  /** units with nothing to do: no message */
  quiet: string[];
}

export interface RemindInput {
  ws: Workspace;
  /** the overview of the same run (status's computations: missing materials, returns, deadline) */
  report: StatusReport;
  /** the same run's findings */
  diagnostics: Diagnostic[];
  /** problems due within this many days are named (--days-before) */
  daysBefore: number;
  /** a unit id: only that unit */
  unit?: string;
}

/** Findings with a section of their own: missing materials, 初评 returns, overdue problems. */
const OWN_SECTION = new Set(['material-missing', 'review-returned', 'problem-overdue']);

/**
 * Per unit, what it must do before the next deadline, from the status report and the findings of
 * one check run (nothing is counted again here): materials missing, findings to fix, materials
 * returned at the 初评, problems overdue or due soon, the ledger of the open month not returned.
 */
export function buildReminders(input: RemindInput): Reminders {
  const { ws, report, diagnostics } = input;
  const openMonth = report.returns.months.find((m) => m.open) ?? null;
  const units: UnitReminder[] = [];
  const quiet: string[] = [];
  const rule = shareRule(ws);
  // Each missing material's finding, looked up per unit task: indexed once, the first one kept.
  const missingFinding = new Map<string, Diagnostic>();
  for (const d of diagnostics)
    if (d.code === 'material-missing' && !missingFinding.has(`${d.indicator}/${d.material}`))
      missingFinding.set(`${d.indicator}/${d.material}`, d);
  for (const u of ws.units.units) {
    if (input.unit !== undefined && u.id !== input.unit) continue;
    const status = report.units.find((s) => s.id === u.id);
    const assignment = ws.assignments.find((a) => a.value.unit === u.id);
    const carried = new Set(Object.keys(assignment?.value.indicators ?? {}));
    const mine = diagnostics.filter(
      (d) => d.severity === 'error' && (d.unit !== null || d.indicator !== null) && findingOfUnit(d, u.id, carried, rule),
    );
    const tasks: RemindTask[] = [
      ...(status?.missing ?? []).map((m): RemindTask => ({
        kind: 'missing',
        ...m,
        finding: missingFinding.get(`${m.indicator}/${m.material}`) ?? null,
      })),
      ...mine.filter((d) => !OWN_SECTION.has(d.code)).map((finding): RemindTask => ({ kind: 'broken', finding })),
      ...mine.filter((d) => d.code === 'review-returned').map((finding): RemindTask => ({ kind: 'returned', finding })),
      ...problemTasks(input, u.id),
    ];
    const back = openMonth?.units.find((r) => r.id === u.id);
    if (openMonth && back?.state === 'pending') tasks.push({ kind: 'ledger', month: openMonth.month, due: openMonth.due });
    if (tasks.length === 0) quiet.push(unitName(ws.units, u.id));
    else units.push({ id: u.id, name: unitName(ws.units, u.id), email: u.email ?? null, contact: assignment?.value.contact ?? '', tasks });
  }
  return {
    organization: ws.config.organization,
    today: report.today,
    deadline: report.deadline,
    month: report.deadline.nextDue.slice(0, 7),
    units,
    quiet,
  };
}

/** The unit's open problems past their 时限 or due within `daysBefore` days, most overdue first. */
function problemTasks(input: RemindInput, unit: string): RemindTask[] {
  const today = input.report.today;
  return (input.ws.problems?.items ?? [])
    .filter((p) => p.unit === unit)
    .flatMap((p): RemindTask[] => {
      const state = problemState(p.value, today, input.daysBefore);
      if (state !== 'overdue' && state !== 'due-soon') return [];
      const v = p.value;
      const overdue = state === 'overdue';
      return [
        {
          kind: 'problem',
          id: v.id,
          indicator: normalizeIndicatorInput(v.indicator) ?? v.indicator,
          description: v.description,
          due: v.due,
          overdue,
          days: overdue ? daysBetween(v.due, today) : daysBetween(today, v.due),
        },
      ];
    })
    .sort((a, b) => (a.kind === 'problem' && b.kind === 'problem' ? a.due.localeCompare(b.due) : 0));
}
