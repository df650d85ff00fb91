import { reviewBody } from '../../model/schemas/ledger-config.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Workspace } from '../../model/workspace.js';
import { coveragePercent, type CheckCounts, type UnitSummary } from '../../model/check-summary.js';
import type { IndicatorCoverage } from '../../model/coverage.js';
import { stageTimeline, statusDeadline } from '../../model/deadline.js';
import { compareIndicatorIds } from '../../model/indicator-id.js';
import { localDay } from '../../util/dates.js';
import type { History } from './read-history.js';
import type { MissingMaterial, StatusReport, TrendPoint, UnitStatus } from './report.js';
import { problemsStatus } from './problems-status.js';
import { returnsStatus } from './returns-status.js';
import { noOwnProgress, ownProgress, type ProgressSide } from './own-progress.js';
import { unitCoverage } from '../../model/unit-coverage.js';
import { shareRule } from '../../model/unit-share.js';
import type { LedgerReturn } from '../../model/schemas/returns.js';
import { unitName } from '../../model/units.js';
import { lastChanges, progressOf, trendPoint } from './trend.js';

/** What the overview is built from: one check run (its summary is the one computation) and the history. */
export interface StatusInput {
  ws: Workspace;
  summary: CheckCounts;
  coverage: Map<string, IndicatorCoverage>;
  diagnostics: Diagnostic[];
  history: History;
  today: string;
  /** a unit id: the report is limited to it */
  unit?: string;
  /** returns.yaml's records; null when it cannot be read; absent: none */
  returns?: LedgerReturn[] | null;
  /** the commits the 无进展 rule compares, read (readProgressSides); null or absent: judged by the counts */
  sides?: { before: ProgressSide; now: ProgressSide } | null;
}

/** The commits the 无进展 rule compares: the last one on or before the previous due date, and HEAD. */
export function progressCommits(history: History, previousDue: string): { before: string; now: string } | null {
  const before = [...history.points].reverse().find((p) => p.date <= previousDue);
  return before && history.head ? { before: before.commit, now: history.head.commit } : null;
}

/** The materials a unit's share still misses (unitCoverage), each merged cell's once, at the indicator whose folder takes them. */
function missingOf(ids: string[], coverage: Map<string, IndicatorCoverage>): MissingMaterial[] {
  const seen = new Set<string>();
  const out: MissingMaterial[] = [];
  for (const id of [...ids].sort(compareIndicatorIds)) {
    const c = coverage.get(id);
    for (const m of c?.materials ?? []) {
      const key = `${c!.owner}/${m.no}`;
      if (m.covered || seen.has(key)) continue;
      seen.add(key);
      out.push({ indicator: c!.owner, material: m.no, text: m.text, rejected: m.rejected.map((r) => r.rel) });
    }
  }
  return out;
}

const outstanding = (u: UnitSummary): boolean => u.covered < u.required || u.ledgerDone + u.notApplicable < u.indicators;

/**
 * Lagging first: named in the 通报, then the lowest coverage, then the most overdue problems, then
 * the most errors; units.yaml order last.
 */
function byLag(order: Map<string, number>, overdue: Map<string, number>) {
  return (a: UnitStatus, b: UnitStatus): number =>
    Number(b.stalled === true) - Number(a.stalled === true) ||
    (a.percent ?? 101) - (b.percent ?? 101) ||
    (overdue.get(b.id) ?? 0) - (overdue.get(a.id) ?? 0) ||
    b.errors - a.errors ||
    (order.get(a.id) ?? 1e9) - (order.get(b.id) ?? 1e9);
}

const pickUnit = <T>(byUnit: Record<string, T>, unit: string): Record<string, T> => (byUnit[unit] ? { [unit]: byUnit[unit] } : {});

/** The trend: one point per due date that has a commit before it, then HEAD. */
function trendOf(input: StatusInput): TrendPoint[] {
  const { ws, history, today } = input;
  const points = history.points.map((p) => trendPoint(ws, p.facts, { date: p.date, commit: p.commit, now: false }));
  if (history.head) points.push(trendPoint(ws, history.head.facts, { date: today, commit: history.head.commit, now: true }));
  return points;
}

export function buildStatusReport(input: StatusInput): StatusReport {
  const { ws, summary, coverage, history, today } = input;
  const deadline = statusDeadline(ws.config, today);
  const trend = trendOf(input);
  const now = trend.find((p) => p.now);
  const before = [...trend].reverse().find((p) => !p.now && p.date <= deadline.previousDue);
  const changed = lastChanges(ws, history.commits, history.boundary);
  const order = new Map(ws.units.units.map((u, i) => [u.id, i]));
  const problems = problemsStatus(ws, today, input.unit);
  const overdue = new Map(problems?.units.map((u) => [u.id, u.overdue]) ?? []);

  const carriers = shareRule(ws);
  const returns = input.returns ?? [];
  const period = { after: deadline.previousDue, until: today };
  const units: UnitStatus[] = ws.assignments
    .filter((a) => (!input.unit || a.value.unit === input.unit) && summary.units[a.value.unit])
    .map((a) => {
      const id = a.value.unit;
      const s = summary.units[id]!;
      const counted = progressOf(now?.units[id], before?.units[id], outstanding(s));
      const own = input.sides ? ownProgress(id, input.sides.before, input.sides.now, carriers, returns, period) : null;
      return {
        id,
        ...s,
        contact: a.value.contact,
        percent: coveragePercent(s),
        lastChange: changed.get(id) ?? null,
        ...counted,
        own,
        // 无进展 has one definition (own-progress.ts): nothing of the unit's own changed.
        stalled: own ? outstanding(s) && noOwnProgress(own) : counted.stalled,
        missing: missingOf(Object.keys(a.value.indicators), unitCoverage(coverage, Object.keys(a.value.indicators), id, carriers)),
      };
    })
    .sort(byLag(order, overdue));

  const oldest = history.commits[history.commits.length - 1];
  // Missing is not broken: the overview tells the two apart (the colour goes only to the second).
  const toSubmit = input.diagnostics.filter((d) => d.code === 'material-missing' && d.severity === 'error').length;
  const ledgerUnits = ws.units.units
    .filter((u) => ws.assignments.some((a) => a.value.unit === u.id) && (!input.unit || u.id === input.unit))
    .map((u) => ({ id: u.id, name: unitName(ws.units, u.id) }));
  return {
    organization: ws.config.organization,
    reviewBody: reviewBody(ws.config),
    today,
    unit: input.unit ?? null,
    deadline,
    stages: stageTimeline(ws.config, today),
    totals: {
      indicators: summary.indicators,
      withoutMaterials: summary.withoutMaterials,
      complete: summary.complete,
      incomplete: summary.incomplete,
      ledgerDone: summary.ledgerDone,
      errors: summary.errors,
      toSubmit,
      broken: summary.errors - toSubmit,
      warnings: summary.warnings,
      materials: { ...summary.materials, percent: coveragePercent(summary.materials) },
    },
    units,
    areas: summary.areas.map((a) => ({ ...a, percent: coveragePercent(a) })),
    unassigned: { ids: summary.unassigned.ids, covered: summary.unassigned.covered, required: summary.unassigned.required },
    withoutMaterials: summary.withoutMaterialsIds,
    problems,
    reviews: input.unit ? { ...summary.reviews, units: pickUnit(summary.reviews.units, input.unit) } : summary.reviews,
    history: {
      state: history.state,
      detail: history.detail,
      shallow: history.shallow,
      since: oldest ? localDay(oldest.time) : null,
      previousDue: deadline.previousDue,
    },
    returns: returnsStatus(
      input.returns === undefined ? [] : input.returns,
      ledgerUnits,
      ws.config.cycle,
      ws.config.monthly_due_day,
      today,
    ),
    trend: input.unit ? trend.map((p) => ({ ...p, units: p.units[input.unit!] ? { [input.unit!]: p.units[input.unit!]! } : {} })) : trend,
    findings: input.unit ? input.diagnostics.filter((d) => d.code !== 'material-missing') : null,
  };
}
