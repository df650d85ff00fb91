import { evidenceOwner, type Catalog, type CatalogEntry } from './catalog.js';
import { groupsOf, type UnitIndex } from './units.js';

/** How a unit stands to an indicator: named as lead, named as cooperating, via a group, or not at all. */
export type Role = 'lead' | 'cooperate' | 'group' | null;

export function roleOf(entry: CatalogEntry, unitId: string, units: UnitIndex): Role {
  if (entry.responsible.lead.includes(unitId)) return 'lead';
  if (entry.responsible.cooperate.includes(unitId)) return 'cooperate';
  const groups = groupsOf(units, unitId);
  if (entry.responsible.cooperate.some((c) => groups.includes(c))) return 'group';
  return null;
}

/** Indicators that name the unit itself (not only one of its groups): its file must list them. */
export function indicatorsNaming(entries: CatalogEntry[], unitId: string): CatalogEntry[] {
  return entries.filter((e) => e.responsible.lead.includes(unitId) || e.responsible.cooperate.includes(unitId));
}

/** What responsibility needs of an assignments file: whose it is and which indicators it lists. */
export interface CarriedIndicators {
  value: { unit: string; indicators: Record<string, unknown> };
}

/**
 * The units whose assignments file carries any indicator evidenced in `owner`'s folder (the
 * owner itself and the indicators merged into it), in file order: who answers for that folder.
 */
export function unitsCarryingFolder(catalog: Catalog, assignments: readonly CarriedIndicators[], owner: string): string[] {
  const ids = catalog.entries.filter((e) => evidenceOwner(e) === owner).map((e) => e.id);
  // The few ids looked up in each file, not each file's keys scanned (a file may carry thousands).
  return assignments.filter((a) => ids.some((id) => Object.hasOwn(a.value.indicators, id))).map((a) => a.value.unit);
}
