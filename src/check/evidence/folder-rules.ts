import { diag, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { EvidenceTree } from '../../model/evidence-tree.js';
import type { Catalog } from '../../model/catalog.js';
import { folderIdFor } from '../../model/indicator-id.js';

/**
 * Findings about the evidence folders themselves (evidence-folder-merged, -unknown, -duplicate).
 * `folders`: the folder names of each indicator that takes evidence (evidence-files.ts).
 */
export function folderFindings(catalog: Catalog, tree: EvidenceTree, folders: Map<string, string[]>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of tree.folders) {
    const at = { file: `evidence/${f.name}`, folder: true };
    const entry = f.indicator ? catalog.byId.get(f.indicator) : undefined;
    if (entry?.materialsFrom !== undefined) {
      // 48 is evidenced in 047/, 92–94 in 091/: files here would be silently ignored.
      const owner = entry.materialsFrom;
      out.push(diag('evidence-folder-merged', { id: entry.id, owner, folder: folderIdFor(owner) }, { ...at, indicator: entry.id }));
    } else if (!entry || entry.materials.length === 0) {
      const suggestion = /^\d{1,2}(?:-.*)?$/.test(f.name) ? f.name.replace(/^\d+/, (n) => folderIdFor(n)) : undefined;
      out.push(diag('evidence-folder-unknown', { folder: f.name, suggestion }, at));
    }
  }
  for (const [id, names] of folders) {
    if (names.length > 1) {
      out.push(diag('evidence-folder-duplicate', { id, folders: names }, { file: `evidence/${names[1]}`, indicator: id, folder: true }));
    }
  }
  return out;
}
