import type { EvidenceFile, EvidenceTree } from '../../model/evidence-tree.js';
import { maxEvidenceBytes, type Workspace } from '../../model/workspace.js';
import type { Catalog } from '../../model/catalog.js';
import { pushTo } from '../../util/push-to.js';

/** Folder names of the indicators whose folder holds evidence (merged cells and 否决项 have none). */
export function evidenceFolders(catalog: Catalog, tree: EvidenceTree): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of tree.folders) {
    const entry = f.indicator ? catalog.byId.get(f.indicator) : undefined;
    if (entry && entry.materialsFrom === undefined && entry.materials.length > 0) pushTo(out, entry.id, f.name);
  }
  return out;
}

/** The files in a folder that holds evidence. */
export function filesInEvidenceFolders(tree: EvidenceTree, folders: Map<string, string[]>): EvidenceFile[] {
  return tree.files.filter((f) => f.indicator !== null && folders.get(f.indicator)?.includes(f.folder));
}

/**
 * The files the inspection step must read: every document in an evidence folder, symlinks excepted.
 * A file over the size limit is not read at all (not parsed, not hashed): its limit finding says enough.
 */
export function documentsToInspect(ws: Workspace, tree: EvidenceTree): EvidenceFile[] {
  const max = maxEvidenceBytes(ws);
  return filesInEvidenceFolders(tree, evidenceFolders(ws.catalog, tree)).filter(
    (f) => f.kind === 'document' && !f.symlink && !f.nameNotUtf8 && f.size <= max,
  );
}

/**
 * The files 初评 reviews name, as the evidence tree lists them (links excepted): only these are
 * hashed to tell whether a reviewed material changed. A named path the tree does not hold — gone,
 * or outside evidence/ altogether — is never opened.
 */
export function filesNamedInReviews(ws: Workspace, tree: EvidenceTree): EvidenceFile[] {
  const named = new Set<string>();
  for (const ex of tree.exceptions.values())
    for (const entry of ex.byMaterial.values()) for (const rel of Object.keys(entry.review?.files ?? {})) named.add(rel);
  // One over the size limit is not hashed: it no longer counts, so the review is stale anyway.
  const max = maxEvidenceBytes(ws);
  return tree.files.filter((f) => named.has(f.rel) && !f.symlink && f.size <= max);
}

/** The one material a file is filed under, for locating its findings; null when it names none or several. */
export const soleMaterial = (f: EvidenceFile): number | null => (f.materials?.length === 1 ? f.materials[0]! : null);
