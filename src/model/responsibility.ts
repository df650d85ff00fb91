import type { CatalogEntry } from './catalog.js';
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
