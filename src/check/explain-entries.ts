import type { IndicatorCoverage } from '../model/coverage.js';
import { materialsOf, type Catalog, type CatalogEntry, type Material } from '../model/catalog.js';
import { roleOf } from '../model/responsibility.js';
import type { Workspace } from '../model/workspace.js';
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
  /** its materials; for a merged indicator (48, 92–94) the shared ones of the indicator holding them */
  materials: Material[];
  coverage: IndicatorCoverage | null;
  carriers: Carrier[];
}

/** Everything `explain` shows about the given indicators. */
export function explainEntries(
  catalog: Catalog,
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
    return { entry, materials: materialsOf(catalog, entry), coverage: coverage?.get(entry.id) ?? null, carriers };
  });
}
