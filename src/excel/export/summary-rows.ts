import type { UnitSummary } from '../../model/check-summary.js';
import { unitName } from '../../model/units.js';
import type { Workspace } from '../../load/load-workspace.js';

/** One unit in the coordinator's monthly overview. */
export interface SummaryRow {
  unit: string;
  indicators: number;
  lead: number;
  cooperate: number;
  /** indicators the unit reports as 已完成 */
  reportedDone: number;
  /** indicators whose materials are all evidenced */
  complete: number;
  covered: number;
  required: number;
  errors: number;
}

/** Per unit with an assignments file (units.yaml order): the check's per-unit summary, the one computation of these numbers. */
export function summaryRows(ws: Workspace, units: Record<string, UnitSummary>): SummaryRow[] {
  const order = new Map(ws.units.units.map((u, i) => [u.id, i]));
  const files = [...ws.assignments].sort((a, b) => (order.get(a.value.unit) ?? 1e9) - (order.get(b.value.unit) ?? 1e9));
  return files.map((a) => {
    const s = units[a.value.unit];
    return {
      unit: unitName(ws.units, a.value.unit),
      indicators: s?.indicators ?? 0,
      lead: s?.lead ?? 0,
      cooperate: s?.cooperate ?? 0,
      reportedDone: s?.ledgerDone ?? 0,
      complete: s?.complete ?? 0,
      covered: s?.covered ?? 0,
      required: s?.required ?? 0,
      errors: s?.errors ?? 0,
    };
  });
}

export function totalRow(rows: SummaryRow[], label: string): SummaryRow {
  const sum = (k: keyof Omit<SummaryRow, 'unit'>): number => rows.reduce((n, r) => n + r[k], 0);
  return {
    unit: label,
    indicators: sum('indicators'),
    lead: sum('lead'),
    cooperate: sum('cooperate'),
    reportedDone: sum('reportedDone'),
    complete: sum('complete'),
    covered: sum('covered'),
    required: sum('required'),
    errors: sum('errors'),
  };
}
