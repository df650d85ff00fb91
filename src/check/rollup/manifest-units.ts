import type { Catalog } from '../../model/catalog.js';
import type { ManifestEntry } from '../../model/rollup-source.js';
import type { CarriedIndicators } from '../../model/responsibility.js';
import { filedBy, shareRule } from '../../model/unit-share.js';
import type { UnitIndex } from '../../model/units.js';

/** Each file's unit, by the one rule of whose file it is (model/unit-share.ts filedBy); null when it is no one unit's. */
export function withUnits(
  files: readonly ManifestEntry[],
  catalog: Catalog,
  units: UnitIndex,
  assignments: readonly CarriedIndicators[],
): ManifestEntry[] {
  const rule = shareRule({ catalog, units, assignments });
  return files.map((f) => ({ ...f, unit: filedBy(f.path, rule)[0] ?? null }));
}
