import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { countBySeverity } from '../diagnostics/sort.js';
import type { UnitAssignments, Workspace } from '../model/workspace.js';
import type { AreaSummary, CheckCounts, Coverage, ReviewCounts, UnitSummary } from '../model/check-summary.js';
import { uniqueMaterials, type IndicatorCoverage } from '../model/coverage.js';
import { roleOf } from '../model/responsibility.js';
import { unitCoverage } from '../model/unit-coverage.js';
import { filedBy, shareRule, type ShareRule } from '../model/unit-share.js';
import { unitName } from '../model/units.js';
import { pushTo } from '../util/push-to.js';

/** Materials of these indicators: covered and required. */
function materialCount(ids: Iterable<string>, coverage: Map<string, IndicatorCoverage>): Coverage {
  let covered = 0;
  let required = 0;
  for (const { material: m } of uniqueMaterials(ids, coverage)) {
    required++;
    if (m.covered) covered++;
  }
  return { covered, required };
}

/** The 初评 state of these indicators' materials. */
function reviewCount(ids: Iterable<string>, coverage: Map<string, IndicatorCoverage>): ReviewCounts {
  const out: ReviewCounts = { passed: 0, returned: 0, stale: 0, unreviewed: 0 };
  for (const {
    material: { review: r },
  } of uniqueMaterials(ids, coverage))
    out[!r ? 'unreviewed' : r.verdict === '退回' ? 'returned' : r.stale ? 'stale' : 'passed']++;
  return out;
}

/**
 * Whether a finding is a unit's: one that names the unit (its ledger, its problem), or one that names
 * no unit on an indicator the unit carries — and when it is about an evidence file (or a folder
 * inside an indicator's folder) that a unit filed (filedBy), only that unit's. The unit's row counts
 * these; `check --unit` reports them and the workspace's own findings (no unit, no indicator).
 */
export function findingOfUnit(d: Diagnostic, unit: string, carried: ReadonlySet<string>, rule: ShareRule): boolean {
  if (d.unit === unit) return true;
  if (d.unit !== null || d.indicator === null || !carried.has(d.indicator)) return false;
  const filer = d.file && d.file.split('/').length > 2 ? filedBy(d.folder ? `${d.file}/-` : d.file, rule) : [];
  return filer.length === 0 || filer.includes(unit);
}

/**
 * What the numbers are computed from: the catalog, the units and each unit's ledger. A loaded
 * workspace is one; the trend passes the ledgers of a past commit (see status/trend.ts).
 */
export type SummaryInput = Pick<Workspace, 'catalog' | 'units'> & { assignments: Pick<UnitAssignments, 'value'>[] };

/**
 * Every number of the overview, computed here only: the summary line of `check`, its JSON, the
 * summary workbook, `explain`, `status` and the points of its trend all show these.
 */
export function summarize(
  ws: SummaryInput | null,
  coverage: Map<string, IndicatorCoverage>,
  diagnostics: Diagnostic[],
  scope: Set<string> | null = null,
): CheckCounts {
  const { errors, warnings } = countBySeverity(diagnostics);
  const entries = (ws?.catalog.entries ?? []).filter((e) => !scope || scope.has(e.id));
  const measured = entries.filter((e) => coverage.has(e.id));
  const complete = measured.filter((e) => coverage.get(e.id)!.complete).length;

  const statuses = new Map<string, string[]>();
  for (const a of ws?.assignments ?? []) {
    for (const [id, item] of Object.entries(a.value.indicators)) pushTo(statuses, id, item.status);
  }
  const ledgerDone = entries.filter((e) => statuses.get(e.id)?.every((s) => s === '已完成')).length;
  const unassignedIds = measured.filter((e) => !statuses.has(e.id)).map((e) => e.id);

  const units: Record<string, UnitSummary> = {};
  const unitReviews: Record<string, ReviewCounts> = {};
  const rule = ws ? shareRule(ws) : null;
  for (const a of ws?.assignments ?? []) {
    const unit = a.value.unit;
    const rows = Object.entries(a.value.indicators).filter(([id]) => !scope || scope.has(id));
    const ids = rows.map(([id]) => id);
    // The unit's own share: only the files it filed count for it (model/unit-share.ts).
    const own = unitCoverage(coverage, ids, unit, rule!);
    unitReviews[unit] = reviewCount(ids, own);
    const known = ids.filter((id) => ws!.catalog.byId.has(id));
    const lead = known.filter((id) => roleOf(ws!.catalog.byId.get(id)!, unit, ws!.units) === 'lead').length;
    const idSet = new Set(ids);
    const mine = diagnostics.filter((d) => d.severity === 'error' && findingOfUnit(d, unit, idSet, rule!));
    units[unit] = {
      name: unitName(ws!.units, unit),
      indicators: ids.length,
      lead,
      cooperate: known.length - lead,
      ledgerDone: rows.filter(([, v]) => v.status === '已完成').length,
      notApplicable: rows.filter(([, v]) => v.status === '不涉及').length,
      complete: ids.filter((id) => own.get(id)?.complete).length,
      ...materialCount(ids, own),
      errors: mine.length,
      toSubmit: mine.filter((d) => d.code === 'material-missing').length,
    };
  }
  const byArea = new Map<string, string[]>();
  for (const e of measured) pushTo(byArea, e.area, e.id);
  const areas: AreaSummary[] = [...byArea].map(([area, ids]) => ({
    area,
    indicators: ids.length,
    complete: ids.filter((id) => coverage.get(id)!.complete).length,
    ...materialCount(ids, coverage),
  }));
  return {
    indicators: entries.length,
    withoutMaterials: entries.length - measured.length,
    withoutMaterialsIds: entries.filter((e) => !coverage.has(e.id)).map((e) => e.id),
    complete,
    incomplete: measured.length - complete,
    ledgerDone,
    errors,
    toSubmit: diagnostics.filter((d) => d.severity === 'error' && d.code === 'material-missing').length,
    warnings,
    materials: materialCount(
      measured.map((e) => e.id),
      coverage,
    ),
    unassigned: { indicators: unassignedIds.length, ids: unassignedIds, ...materialCount(unassignedIds, coverage) },
    units,
    areas,
    reviews: {
      ...reviewCount(
        measured.map((e) => e.id),
        coverage,
      ),
      units: unitReviews,
    },
  };
}
