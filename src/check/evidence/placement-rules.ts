import { diag, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { namedSegments, type EvidenceFile, type EvidenceTree } from '../../model/evidence-tree.js';
import { evidenceOwner, materialsOf, type Catalog, type CatalogEntry } from '../../model/catalog.js';
import { suggestMaterialName } from '../../model/material-numbers.js';
import { soleMaterial } from './evidence-files.js';
import { isWriterTempName } from '../../util/atomic-write.js';

/**
 * Files that cannot be placed: no material number (file-unassigned), a number the indicator does
 * not have (material-unknown), a link (symlink), a temporary file of an interrupted write
 * (write-leftover: the writer's, not the user's).
 */
export function placementFindings(catalog: Catalog, f: EvidenceFile, entry: CatalogEntry): Diagnostic[] {
  const at = { file: f.rel, indicator: f.indicator, material: soleMaterial(f) };
  if (f.symlink) {
    // A link out of the workspace may expose anything; one inside only breaks on Windows checkouts.
    const severity = f.symlink.outside ? 'error' : 'warning';
    return [diag('symlink', { target: f.symlink.target, outside: f.symlink.outside ? 'yes' : 'no' }, { ...at, severity })];
  }
  if (f.kind === 'index' || f.kind === 'readme') return [];
  const name = f.inner.at(-1) ?? '';
  if (isWriterTempName(name)) return [diag('write-leftover', { name }, at)];
  const count = materialsOf(catalog, entry).length;
  if (f.materials === null) {
    // A file inside an unnumbered subfolder: the folder is what lacks the number (a unit folder `@…` is not one).
    const named = namedSegments(f);
    const name = named[0] ?? '';
    const above = f.inner.slice(0, f.inner.length - named.length + 1).join('/');
    const blame = named.length > 1 ? { file: `evidence/${f.folder}/${above}`, folder: true } : {};
    const args = { name, inFolder: named.length > 1 ? ('yes' as const) : ('no' as const), suggestion: suggestMaterialName(name, count) };
    return [diag('file-unassigned', args, { ...at, ...blame })];
  }
  return f.materials
    .filter((n) => n > count)
    .map((m) => diag('material-unknown', { id: evidenceOwner(entry), material: m, count }, { ...at, material: m }));
}

/** A file directly under evidence/, in no indicator's folder: it covers nothing (file-unassigned). */
export function strayFindings(tree: EvidenceTree): Diagnostic[] {
  return tree.stray.map((f) => diag('file-unassigned', { name: f.rel.split('/').pop() ?? '', inFolder: 'no' }, { file: f.rel }));
}
