import { placeEvidencePath } from '../../model/evidence-tree.js';
import { evidenceOwner, type Catalog } from '../../model/catalog.js';
import { unitsCarryingFolder, type CarriedIndicators } from '../../model/responsibility.js';

/** Who carries which evidence folder, from the assignments files: folder id → unit ids. */
export type Carriers = Map<string, Set<string>>;

/**
 * Every evidence folder (its owner indicator, merged cells resolved) → the units answering for it:
 * the one rule of who carries a folder, unitsCarryingFolder, asked once per folder.
 */
export function carriersOf(catalog: Catalog, assignments: readonly CarriedIndicators[]): Carriers {
  const owners = new Set(catalog.entries.map(evidenceOwner));
  return new Map([...owners].map((o) => [o, new Set(unitsCarryingFolder(catalog, assignments, o))]));
}

/**
 * THE answer to "which files did unit U file" (one function, so a better rule replaces it in one
 * place): an evidence file is the unit's when it lies in a subfolder named for the unit
 * (`evidence/<NNN>/<unit id>/…`), or in the folder of an indicator the unit carries alone.
 * A file in a shared indicator's folder outside any unit subfolder is no one unit's: it credits
 * no unit. `index.yaml` and `README.md` are the coordinator's and the reviewer's, never a unit's.
 */
export function isUnitFile(rel: string, unit: string, carriers: Carriers): boolean {
  if (!rel.startsWith('evidence/')) return false;
  const place = placeEvidencePath(rel);
  if (!place.indicator || place.kind === 'index' || /^readme\.md$/i.test(place.inner.at(-1) ?? '')) return false;
  if (place.inner.length > 1 && place.inner[0] === unit) return true;
  const who = carriers.get(place.indicator);
  return who?.size === 1 && who.has(unit);
}
