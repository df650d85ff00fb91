import { brokenOf, type CheckCounts } from '../../model/check-summary.js';
import type { IndicatorCoverage } from '../../model/coverage.js';
import type { Workspace } from '../../model/workspace.js';
import { SUMMARY as S } from '../sheet/form-wording.js';

/**
 * One line of the coordinator's monthly overview. Every number is the check's (summarize.ts);
 * null where a number does not apply to the line (no unit carries unassigned indicators, so none
 * is 台账已完成 there).
 */
export interface SummaryRow {
  kind: 'unit' | 'unassigned' | 'without-materials' | 'total';
  label: string;
  indicators: number;
  lead: number | null;
  cooperate: number | null;
  /** 台账已完成: the ledger says 已完成 */
  ledgerDone: number | null;
  /** 材料齐全: every material evidenced */
  complete: number | null;
  covered: number | null;
  required: number | null;
  /** materials still to submit (work to do) and the other errors (broken, wrong, overdue): the check's split */
  toSubmit: number | null;
  broken: number | null;
  note: string;
}

/**
 * A line per unit with an assignments file (units.yaml order), then the indicators no unit carries,
 * the indicators without materials, and the totals: the global counts of the check — units share
 * indicators, so a sum of the unit lines would count those twice.
 */
export function summaryRows(ws: Workspace, counts: CheckCounts, coverage: Map<string, IndicatorCoverage>): SummaryRow[] {
  const order = new Map(ws.units.units.map((u, i) => [u.id, i]));
  const units = Object.entries(counts.units).sort(([a], [b]) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9));
  const rows: SummaryRow[] = units.map(([, u]) => ({
    kind: 'unit',
    label: u.name,
    indicators: u.indicators,
    lead: u.lead,
    cooperate: u.cooperate,
    ledgerDone: u.ledgerDone,
    complete: u.complete,
    covered: u.covered,
    required: u.required,
    toSubmit: u.toSubmit,
    broken: brokenOf(u),
    note: '',
  }));
  const un = counts.unassigned;
  rows.push({
    kind: 'unassigned',
    label: S.unassigned,
    indicators: un.indicators,
    lead: null,
    cooperate: null,
    ledgerDone: null,
    complete: null,
    covered: un.covered,
    required: un.required,
    toSubmit: null,
    broken: null,
    note: un.ids.length ? S.idList(un.ids) : '',
  });
  // The ids of the line (the count is the check's): the indicators the check measured no materials for.
  const without = ws.catalog.entries.filter((e) => !coverage.has(e.id)).map((e) => e.id);
  rows.push({
    kind: 'without-materials',
    label: S.withoutMaterials,
    indicators: counts.withoutMaterials,
    lead: null,
    cooperate: null,
    ledgerDone: null,
    complete: null,
    covered: null,
    required: null,
    toSubmit: null,
    broken: null,
    note: without.length ? S.idList(without) : '',
  });
  rows.push({
    kind: 'total',
    label: S.total,
    indicators: counts.indicators,
    lead: null,
    cooperate: null,
    ledgerDone: counts.ledgerDone,
    complete: counts.complete,
    covered: counts.materials.covered,
    required: counts.materials.required,
    toSubmit: counts.toSubmit,
    broken: brokenOf(counts),
    note: S.totalNote(counts),
  });
  return rows;
}
