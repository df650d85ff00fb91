import type { IndicatorCoverage } from '../model/coverage.js';
import type { CatalogEntry } from '../model/catalog.js';
import { roleOf } from '../model/responsibility.js';
import type { Workspace } from '../load/load-workspace.js';
import { unitName } from '../model/units.js';

/** A unit carrying an indicator, with its ledger entry. */
export interface Carrier {
  unit: string;
  name: string;
  role: 'lead' | 'cooperate' | 'group';
  status: string;
  progress: string;
  contact: string;
}

export interface ExplainedEntry {
  entry: CatalogEntry;
  coverage: IndicatorCoverage | null;
  carriers: Carrier[];
}

/** Everything `explain` shows about the given indicators. */
export function explainEntries(
  entries: CatalogEntry[],
  ws: Workspace | null,
  coverage: Map<string, IndicatorCoverage> | null,
): ExplainedEntry[] {
  return entries.map((entry) => {
    const carriers: Carrier[] = [];
    for (const a of ws?.assignments ?? []) {
      const item = a.value.indicators[entry.id];
      if (!item) continue;
      carriers.push({
        unit: a.value.unit,
        name: unitName(ws!.units, a.value.unit),
        role: roleOf(entry, a.value.unit, ws!.units) ?? 'group',
        status: item.status,
        progress: item.progress,
        contact: item.contact ?? a.value.contact,
      });
    }
    return { entry, coverage: coverage?.get(entry.id) ?? null, carriers };
  });
}
