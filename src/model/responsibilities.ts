import type { Catalog, CatalogEntry, EntrySource } from './catalog.js';
import type { ResponsibilitiesFile } from './schemas/responsibilities.js';

/** Who carries an indicator: unit ids as lead, unit ids or group names as cooperating. */
export interface Carriers {
  lead: string[];
  cooperate: string[];
}

/**
 * The catalog with each entry's `responsible` taken from the workspace's responsibilities.yaml
 * (an indicator it does not list is carried by no unit). The catalog's own entries are not changed.
 */
export function withResponsibilities(catalog: Catalog, file: ResponsibilitiesFile | null, at = 'responsibilities.yaml'): Catalog {
  const responsibleSources = new Map<string, EntrySource>();
  const entries = catalog.entries.map((e): CatalogEntry => {
    const r = file?.indicators[e.id];
    if (r) responsibleSources.set(e.id, { file: at, path: ['indicators', e.id] });
    const entry: CatalogEntry = { ...e, responsible: { lead: [...(r?.lead ?? [])], cooperate: [...(r?.cooperate ?? [])] } };
    delete entry.materialResponsible;
    if (r?.materials) {
      entry.materialResponsible = Object.fromEntries(
        Object.entries(r.materials).map(([no, c]) => [Number(no), { lead: [...c.lead], cooperate: [...c.cooperate] }]),
      );
    }
    return entry;
  });
  return { entries, byId: new Map(entries.map((e) => [e.id, e])), sources: catalog.sources, responsibleSources };
}
