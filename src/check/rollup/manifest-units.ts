import type { Catalog } from '../../model/catalog.js';
import type { ManifestEntry } from '../../model/rollup-source.js';
import type { CarriedIndicators } from '../../model/responsibility.js';
import { carriersOf, isUnitFile } from '../status/unit-files.js';

/** Each file's unit, by the one rule of whose file it is (isUnitFile); null when it is no one unit's. */
export function withUnits(files: readonly ManifestEntry[], catalog: Catalog, assignments: readonly CarriedIndicators[]): ManifestEntry[] {
  const carriers = carriersOf(catalog, assignments);
  const units = assignments.map((a) => a.value.unit);
  return files.map((f) => ({ ...f, unit: units.find((u) => isUnitFile(f.path, u, carriers)) ?? null }));
}
