import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { countBySeverity } from '../diagnostics/sort.js';
import type { Workspace } from '../load/load-workspace.js';
import type { EvidenceResult } from './evidence/check-evidence.js';
import type { IndicatorCoverage } from '../model/coverage.js';
import type { CheckCounts, UnitSummary } from '../model/check-summary.js';
import { unitName } from '../model/units.js';

/** Counts for the closing summary line and the JSON `summary`. */
export function summarize(
  ws: Workspace | null,
  evidence: EvidenceResult | null,
  diagnostics: Diagnostic[],
  scope: Set<string> | null = null,
): CheckCounts {
  const { errors, warnings } = countBySeverity(diagnostics);
  const entries = (ws?.catalog.entries ?? []).filter((e) => !scope || scope.has(e.id));
  const coverage: Map<string, IndicatorCoverage> = evidence?.coverage ?? new Map();
  let complete = 0;
  let covered = 0;
  let required = 0;
  for (const e of entries) {
    const c = coverage.get(e.id);
    if (c?.complete) complete++;
    // Merged cells are counted once, at the indicator whose folder holds them.
    if (c && c.owner === e.id) {
      required += c.materials.length;
      covered += c.materials.filter((m) => m.covered).length;
    }
  }
  const measured = entries.filter((e) => coverage.has(e.id)).length;
  const units: Record<string, UnitSummary> = {};
  for (const a of ws?.assignments ?? []) {
    const ids = Object.keys(a.value.indicators).filter((id) => !scope || scope.has(id));
    const u: UnitSummary = {
      name: unitName(ws!.units, a.value.unit),
      indicators: ids.length,
      complete: 0,
      covered: 0,
      required: 0,
      errors: 0,
    };
    for (const id of ids) {
      const c = coverage.get(id);
      if (!c) continue;
      if (c.complete) u.complete++;
      u.required += c.materials.length;
      u.covered += c.materials.filter((m) => m.covered).length;
    }
    const idSet = new Set(ids);
    u.errors = diagnostics.filter(
      (d) => d.severity === 'error' && (d.unit === a.value.unit || (d.unit === null && d.indicator !== null && idSet.has(d.indicator))),
    ).length;
    units[a.value.unit] = u;
  }
  return {
    indicators: entries.length,
    complete,
    incomplete: measured - complete,
    errors,
    warnings,
    materials: { covered, required },
    units,
  };
}
