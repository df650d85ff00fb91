import { reviewBody } from '../../model/schemas/ledger-config.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Workspace } from '../../model/workspace.js';
import { brokenOf, coveragePercent, type CheckCounts, type UnitSummary } from '../../model/check-summary.js';
import { uncoveredMaterials, type IndicatorCoverage } from '../../model/coverage.js';
import { stageTimeline, statusDeadline } from '../../model/deadline.js';
import { compareIndicatorIds } from '../../model/indicator-id.js';
import { localDay } from '../../util/dates.js';
import type { History } from './read-history.js';
import type { MissingMaterial, StatusReport, StatusTotals, TrendPoint, UnitStatus } from './report.js';
import { problemsStatus } from './problems-status.js';
import { returnsStatus } from './returns-status.js';
import { noOwnProgress, ownProgress, type ProgressSide } from './own-progress.js';
import { unitCoverage } from '../../model/unit-coverage.js';
import { shareRule } from '../../model/unit-share.js';
import type { LedgerReturn } from '../../model/schemas/returns.js';
import { unitName } from '../../model/units.js';
import { countsPoint, lastChanges, progressOf, trendPoint } from './trend.js';

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
  return uncoveredMaterials([...ids].sort(compareIndicatorIds), coverage).map(({ owner, material: m }) => ({
    indicator: owner,
    material: m.no,
    text: m.text,
    rejected: m.rejected.map((r) => r.rel),
  }));
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

/**
 * The trend: one point per due date that has a commit before it (counted by file name, trend.ts),
 * then today's point: the check's own counts, the numbers of the headline and the unit rows above it.
 */
function trendOf(input: StatusInput): TrendPoint[] {
  const { ws, history, today, summary } = input;
  const points = history.points.map((p) => trendPoint(ws, p.facts, { date: p.date, commit: p.commit, now: false }));
  if (history.head) points.push(countsPoint(summary, { date: today, commit: history.head.commit, now: true }));
  return points;
}

/**
 * The headline's counts: the bureau's, or with `--unit` the unit's own row (summarize's per-unit
 * count), so the line above the row never says another number than the row.
 */
function headline(input: StatusInput): Omit<StatusTotals, 'errors' | 'toSubmit' | 'broken' | 'warnings'> {
  const { summary, unit, coverage, ws } = input;
  const u = unit ? summary.units[unit] : undefined;
  if (!u) {
    const { indicators, withoutMaterials, complete, incomplete, ledgerDone, materials } = summary;
    return {
      indicators,
      withoutMaterials,
      complete,
      incomplete,
      ledgerDone,
      materials: { ...materials, percent: coveragePercent(materials) },
    };
  }
  const ids = Object.keys(ws.assignments.find((a) => a.value.unit === unit)?.value.indicators ?? {});
  const measured = ids.filter((id) => coverage.has(id)).length;
  return {
    indicators: u.indicators,
    withoutMaterials: ids.filter((id) => ws.catalog.byId.has(id) && !coverage.has(id)).length,
    complete: u.complete,
    incomplete: measured - u.complete,
    ledgerDone: u.ledgerDone,
    materials: { covered: u.covered, required: u.required, percent: coveragePercent(u) },
  };
}

export function buildStatusReport(input: StatusInput): StatusReport {
  const { ws, summary, coverage, history, today } = input;
  const deadline = statusDeadline(ws.config, today);
  const trend = trendOf(input);
  // 本月进展 compares like with like: HEAD and the earlier commit both counted by file name (a
  // returned material still counts by name); today's row of the trend is the check's (trendOf).
  const now = history.head ? trendPoint(ws, history.head.facts, { date: today, commit: history.head.commit, now: true }) : undefined;
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
      ...headline(input),
      // Missing is not broken: the overview tells the two apart (the colour goes only to the second).
      errors: summary.errors,
      toSubmit: summary.toSubmit,
      broken: brokenOf(summary),
      warnings: summary.warnings,
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
