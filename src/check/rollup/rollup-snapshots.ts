import { coveragePercent } from '../../model/check-summary.js';
import type { OrgSnapshot, RollupOptions, SnapshotCatalog } from '../../model/rollup-source.js';
import { previousMonthlyDue } from '../../util/dates.js';
import { pickCatalog, sameSnapshotCatalog } from './pick-catalog.js';
import { mergeIndicators } from './merge-indicators.js';
import type { NoticeReason, Rollup, RollupOrganisation } from '../../model/rollup.js';

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The newest snapshot of each organisation (then by source, so the pick does not depend on argument order). */
function newestPerOrganisation(snapshots: readonly OrgSnapshot[]): { kept: OrgSnapshot[]; older: OrgSnapshot[] } {
  const sorted = [...snapshots].sort(
    (a, b) => byText(a.organization, b.organization) || byText(b.generated, a.generated) || byText(a.source, b.source),
  );
  const kept: OrgSnapshot[] = [];
  const older: OrgSnapshot[] = [];
  for (const s of sorted) (kept.at(-1)?.organization === s.organization ? older : kept).push(s);
  return { kept, older };
}

function majorityDueDay(snapshots: readonly OrgSnapshot[]): number {
  const counts = new Map<number, number>();
  for (const s of snapshots) counts.set(s.monthlyDueDay, (counts.get(s.monthlyDueDay) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 4;
}

/** Most covered first, then the most 材料齐全, the fewest errors, the name: never an average. */
function rankOrganisations(rows: Omit<RollupOrganisation, 'rank'>[]): RollupOrganisation[] {
  return [...rows]
    .sort(
      (a, b) =>
        (b.percent ?? -1) - (a.percent ?? -1) ||
        b.complete - a.complete ||
        a.broken - b.broken ||
        byText(a.organization, b.organization) ||
        byText(a.source, b.source),
    )
    .map((r, i) => ({ rank: i + 1, ...r }));
}

/**
 * Merge organisations' snapshots: by indicator and material (who covers what, what is missing
 * everywhere, who leads) and by organisation (ranked, the 通报 list). Sources on another catalog
 * are named and left out of the per-material merge; stale ones are named and kept.
 */
export function rollupSnapshots(snapshots: readonly OrgSnapshot[], options: RollupOptions): Rollup {
  const { kept, older } = newestPerOrganisation(snapshots);
  const catalog: SnapshotCatalog | null = pickCatalog(kept, options.catalog);
  const lastDue = previousMonthlyDue(options.today, options.monthlyDueDay ?? majorityDueDay(kept));
  const onCatalog = (s: OrgSnapshot): boolean => catalog !== null && sameSnapshotCatalog(s.catalog, catalog);
  const merged = kept.filter(onCatalog);

  const rows = kept.map((s) => ({
    organization: s.organization,
    source: s.source,
    generated: s.generated,
    commit: s.commit,
    countedBy: s.countedBy,
    catalog: s.catalog,
    covered: s.totals.materials.covered,
    required: s.totals.materials.required,
    percent: coveragePercent(s.totals.materials),
    complete: s.totals.complete,
    indicators: s.totals.indicators,
    errors: s.totals.errors,
    // Missing is not broken (as in status): material-missing is every organisation's to-do, not a fault.
    broken: Math.max(0, s.totals.errors - (s.findings.byCode['material-missing'] ?? 0)),
    warnings: s.totals.warnings,
    stale: s.generated < lastDue,
    mismatched: !onCatalog(s),
    stalledUnits: s.units.filter((u) => u.stalled).map((u) => u.id),
  }));
  const organisations = rankOrganisations(rows);
  const { indicators, missingEverywhere } = mergeIndicators(merged);
  const counted = indicators.filter((i) => i.owner === i.id && i.required > 0);
  // Indicators as check counts them: a merged one (48 with 47) is measured and complete with its host,
  // while its materials count once, under the host (counted).
  const hosts = new Map(counted.map((i) => [i.id, i]));
  const measured = indicators.flatMap((i) => {
    const host = hosts.get(i.owner);
    return host ? [host] : [];
  });
  const materials = { covered: counted.reduce((n, i) => n + i.covered, 0), required: counted.reduce((n, i) => n + i.required, 0) };
  const pooled = coveragePercent(materials);

  const city = merged.length ? coveragePercentOf(merged) : null;
  const notice = organisations
    .map((o) => {
      const reasons: NoticeReason[] = [];
      if (o.stale) reasons.push('stale');
      if (o.mismatched) reasons.push('mismatched');
      // Below the city's own pooled figure (materials summed, not percentages averaged).
      const own = coveragePercent({ covered: o.covered, required: o.required });
      if (own !== null && city !== null && own < city) reasons.push('below-city');
      if (o.broken > 0) reasons.push('errors');
      return { organization: o.organization, reasons, percent: o.percent };
    })
    .filter((n) => n.reasons.length > 0);

  return {
    today: options.today,
    lastDue,
    catalog,
    countedBy: [...new Set(merged.map((s) => s.countedBy))].sort(),
    totals: {
      organisations: kept.length,
      merged: merged.length,
      indicators: measured.length,
      complete: measured.filter((host) => host.complete).length,
      materials: { ...materials, percent: pooled },
    },
    organisations,
    indicators,
    missingEverywhere,
    stale: organisations.filter((o) => o.stale).map((o) => ({ organization: o.organization, source: o.source, generated: o.generated })),
    mismatched: organisations
      .filter((o) => o.mismatched)
      .map((o) => ({ organization: o.organization, source: o.source, catalog: o.catalog })),
    superseded: older.map((s) => ({ organization: s.organization, source: s.source, generated: s.generated })),
    rejected: [...(options.rejected ?? [])].sort((a, b) => byText(a.source, b.source)),
    notice,
  };
}

/** The organisations' own materials summed, as one percentage: the city's figure a lagging one falls below. */
function coveragePercentOf(snapshots: readonly OrgSnapshot[]): number | null {
  return coveragePercent({
    covered: snapshots.reduce((n, s) => n + s.totals.materials.covered, 0),
    required: snapshots.reduce((n, s) => n + s.totals.materials.required, 0),
  });
}
