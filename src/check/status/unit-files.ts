import { placeEvidencePath } from '../../load/load-evidence.js';
import { evidenceOwner, type Catalog } from '../../model/catalog.js';

/** Who carries which evidence folder, from the assignments files: folder id → unit ids. */
export type Carriers = Map<string, Set<string>>;

/** Folder id (the indicator whose folder takes the materials, merged cells included) → the units whose ledger lists it. */
export function carriersOf(catalog: Catalog, assignments: { unit: string; ids: string[] }[]): Carriers {
  const out: Carriers = new Map();
  for (const a of assignments) {
    for (const id of a.ids) {
      const e = catalog.byId.get(id);
      for (const folderId of e ? new Set([id, evidenceOwner(e)]) : [id]) {
        const set = out.get(folderId) ?? new Set<string>();
        set.add(a.unit);
        out.set(folderId, set);
      }
    }
  }
  return out;
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
