import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { compareIndicatorIds } from '../model/indicator-id.js';
import { circled } from '../model/material-numbers.js';
import { pushTo } from '../util/push-to.js';

/** What one indicator still lacks: `②④⑤`, who carries it, and whether it counts as an error. */
export interface MissingGroup {
  indicator: string;
  marks: string;
  /** the units carrying it (a list: the formatter joins it for the language) */
  units: readonly string[];
  error: boolean;
}

const unitsOf = (d: Diagnostic): readonly string[] => {
  const u = d.args.units;
  return Array.isArray(u) ? (u as readonly string[]) : u ? [String(u)] : [];
};

/** `material-missing` findings, one group per indicator in catalog order. */
export function missingGroups(missing: Diagnostic[]): MissingGroup[] {
  const byIndicator = new Map<string, Diagnostic[]>();
  for (const d of missing) pushTo(byIndicator, d.indicator ?? '', d);
  return [...byIndicator.keys()].sort(compareIndicatorIds).map((indicator) => {
    const list = byIndicator.get(indicator)!;
    return {
      indicator,
      marks: list.map((d) => circled(d.material ?? 0)).join(''),
      units: unitsOf(list[0]!),
      error: list.some((d) => d.severity === 'error'),
    };
  });
}
