import { evidenceOwner, type Catalog } from '../../model/catalog.js';
import type { CatalogChanges } from '../../model/catalog-changes.js';
import type { EvidenceTree } from '../../model/evidence-tree.js';
import type { Workspace } from '../../model/workspace.js';
import { pushTo } from '../../util/push-to.js';

/** What a new catalog version does to this workspace's own data; nothing here is changed by the update. */
export interface CatalogUpdateEffects {
  /** evidence folders whose indicator is gone or renumbered (`to`): files kept where they are */
  folders: { folder: string; id: string; files: number; to: string | null }[];
  /** files named for a material that is gone or moved (`to`) */
  materialFiles: { folder: string; id: string; material: number; files: number; to: number | null }[];
  /** responsibilities.yaml entries for indicators that are gone or renumbered */
  responsibilities: { id: string; to: string | null }[];
  /** ledger entries (unit, indicator, status) of indicators that are gone or renumbered */
  statuses: { unit: string; id: string; status: string; to: string | null }[];
  /** 初评 reviews of materials reworded, moved or gone: made against other wording */
  reviews: { folder: string; id: string; material: number }[];
  /** new indicators no unit carries yet */
  uncarried: string[];
}

/**
 * The consequences of moving `ws` from its catalog to `next` given `changes`: read from the
 * loaded workspace and its evidence tree, so the report names real folders, units and reviews.
 */
export function catalogUpdateEffects(ws: Workspace, tree: EvidenceTree, next: Catalog, changes: CatalogChanges): CatalogUpdateEffects {
  const gone = new Map<string, string | null>([
    ...changes.removed.map((id): [string, null] => [id, null]),
    ...changes.renumbered.map((r): [string, string] => [r.from, r.to]),
  ]);
  const effects: CatalogUpdateEffects = { folders: [], materialFiles: [], responsibilities: [], statuses: [], reviews: [], uncarried: [] };
  const filesIn = new Map<string, typeof tree.files>();
  for (const f of tree.files) if (f.kind === 'document' || f.kind === 'statement') pushTo(filesIn, f.folder, f);

  for (const folder of tree.folders) {
    if (!folder.indicator) continue;
    const files = filesIn.get(folder.name) ?? [];
    if (gone.has(folder.indicator)) {
      effects.folders.push({ folder: folder.name, id: folder.indicator, files: files.length, to: gone.get(folder.indicator) ?? null });
      continue;
    }
    const m = changes.materials.get(folder.indicator);
    if (!m) continue;
    const moved = new Map(m.moved.map((x) => [x.from, x.to]));
    for (const no of [...m.removed, ...moved.keys()].sort((a, b) => a - b)) {
      const n = files.filter((f) => f.materials?.includes(no)).length;
      if (n) effects.materialFiles.push({ folder: folder.name, id: folder.indicator, material: no, files: n, to: moved.get(no) ?? null });
    }
    const reviewed = tree.exceptions.get(folder.name)?.byMaterial;
    for (const no of [...m.removed, ...moved.keys(), ...m.reworded].sort((a, b) => a - b)) {
      if (reviewed?.get(no)?.review) effects.reviews.push({ folder: folder.name, id: folder.indicator, material: no });
    }
  }
  for (const id of Object.keys(ws.responsibilities?.indicators ?? {}))
    if (gone.has(id)) effects.responsibilities.push({ id, to: gone.get(id) ?? null });
  for (const a of ws.assignments) {
    for (const [id, entry] of Object.entries(a.value.indicators)) {
      if (gone.has(id))
        effects.statuses.push({
          unit: a.value.unit,
          id,
          status: String((entry as { status?: string })?.status ?? ''),
          to: gone.get(id) ?? null,
        });
    }
  }
  const carried = new Set(ws.assignments.flatMap((a) => Object.keys(a.value.indicators)));
  for (const id of changes.added) {
    const e = next.byId.get(id);
    if (e && evidenceOwner(e) === id && !carried.has(id)) effects.uncarried.push(id);
  }
  return effects;
}
