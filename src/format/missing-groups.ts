import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { compareIndicatorIds } from '../model/indicator-id.js';
import { circled } from '../model/material-numbers.js';

/** What one indicator still lacks: `②④⑤`, who carries it, and whether it counts as an error. */
export interface MissingGroup {
  indicator: string;
  marks: string;
  units: string;
  error: boolean;
}

/** `material-missing` findings, one group per indicator in catalog order. */
export function missingGroups(missing: Diagnostic[]): MissingGroup[] {
  const byIndicator = new Map<string, Diagnostic[]>();
  for (const d of missing) {
    const group = byIndicator.get(d.indicator ?? '');
    if (group) group.push(d);
    else byIndicator.set(d.indicator ?? '', [d]);
  }
  return [...byIndicator.keys()].sort(compareIndicatorIds).map((indicator) => {
    const list = byIndicator.get(indicator)!;
    return {
      indicator,
      marks: list.map((d) => circled(d.material ?? 0)).join(''),
      units: String(list[0]!.args.units ?? ''),
      error: list.some((d) => d.severity === 'error'),
    };
  });
}
