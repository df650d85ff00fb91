import { diag, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Workspace } from '../../model/workspace.js';
import { BUILTIN_CATALOG, catalogLabel, sameCatalog } from '../../model/catalog-identity.js';
import { materialsOf } from '../../model/catalog.js';
import { didYouMean } from '../../util/did-you-mean.js';

/**
 * responsibilities.yaml and catalog-notes.yaml name only indicators and materials of the pinned
 * catalog; the per-material carriers resolve to units or groups; the notes were written for the
 * pinned version.
 */
export function checkResponsibilityFiles(ws: Workspace): Diagnostic[] {
  const out: Diagnostic[] = [];
  const ids = ws.catalog.entries.map((e) => e.id);
  const materialCount = (id: string): number => {
    const e = ws.catalog.byId.get(id);
    return e ? materialsOf(ws.catalog, e).length : 0;
  };
  const file = 'responsibilities.yaml';
  for (const [id, r] of Object.entries(ws.responsibilities?.indicators ?? {})) {
    const at = ws.sources.locate(file, ['indicators', id], true);
    if (!ws.catalog.byId.has(id)) {
      out.push(diag('indicator-unknown', { id, suggestion: didYouMean(id, ids) }, at));
      continue;
    }
    for (const [no, c] of Object.entries(r.materials ?? {})) {
      const where = ws.sources.locate(file, ['indicators', id, 'materials', no], true);
      if (Number(no) > materialCount(id)) {
        out.push(diag('material-unknown', { id, material: Number(no), count: materialCount(id) }, { ...where, indicator: id }));
      }
      if (!ws.unitsFile) continue;
      for (const u of [...c.lead, ...c.cooperate]) {
        if (ws.units.byId.has(u) || ws.units.groups.has(u)) continue;
        out.push(diag('unit-unknown', { id: u, suggestion: didYouMean(u, [...ws.units.byId.keys()]) }, { ...where, indicator: id }));
      }
    }
  }
  const notes = ws.catalogNotes;
  if (!notes) return out;
  const pinned = ws.config.catalog ?? BUILTIN_CATALOG;
  const notesFile = 'catalog-notes.yaml';
  if (!sameCatalog(notes.catalog, pinned)) {
    const versions = { written: catalogLabel(notes.catalog), pinned: catalogLabel(pinned) };
    out.push(diag('catalog-note-unknown', versions, ws.sources.locate(notesFile, ['catalog'])));
  }
  for (const [id, n] of Object.entries(notes.indicators)) {
    if (!ws.catalog.byId.has(id)) {
      const at = ws.sources.locate(notesFile, ['indicators', id], true);
      out.push(diag('catalog-note-unknown', { id, suggestion: didYouMean(id, ids) }, at));
      continue;
    }
    for (const no of Object.keys(n.materials ?? {})) {
      if (Number(no) <= materialCount(id)) continue;
      const at = ws.sources.locate(notesFile, ['indicators', id, 'materials', no], true);
      out.push(diag('catalog-note-unknown', { id, material: no }, { ...at, indicator: id }));
    }
  }
  return out;
}
