import type { Unit, UnitsFile } from './schemas/units.js';

/** Canonical form of a printed unit name: no spaces, half-width brackets. */
export function normalizeUnitName(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');
}

export interface UnitIndex {
  units: Unit[];
  byId: Map<string, Unit>;
  groups: Map<string, string[]>;
  /** normalised name or alias or id → unit id */
  byName: Map<string, string>;
}

export function indexUnits(file: UnitsFile | null): UnitIndex {
  const units = file?.units ?? [];
  const byId = new Map<string, Unit>();
  const byName = new Map<string, string>();
  for (const u of units) {
    if (!byId.has(u.id)) byId.set(u.id, u);
    for (const n of [u.id, u.name, ...u.aliases]) {
      const key = normalizeUnitName(n);
      if (!byName.has(key)) byName.set(key, u.id);
    }
  }
  return { units, byId, byName, groups: new Map(Object.entries(file?.groups ?? {})) };
}

/** Resolve what a user typed (`--unit 法规科`, `fagui`, `人事科`) to a unit id. */
export function resolveUnit(index: UnitIndex, input: string): string | undefined {
  return index.byName.get(normalizeUnitName(input));
}

/** The name a unit is shown by: its name in units.yaml, or its id when units.yaml does not list it. */
export function unitName(index: UnitIndex, unitId: string): string {
  return index.byId.get(unitId)?.name ?? unitId;
}

/** The groups a unit belongs to. */
export function groupsOf(index: UnitIndex, unitId: string): string[] {
  return [...index.groups].filter(([, members]) => members.includes(unitId)).map(([name]) => name);
}
