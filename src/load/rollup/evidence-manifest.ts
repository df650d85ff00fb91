import type { ManifestEntry } from '../../model/rollup-source.js';
import type { SourceMap } from '../../model/source-map.js';
import { hashFile } from '../../util/hash-file.js';
import { loadEvidence } from '../load-evidence.js';

const byPath = (a: { path: string }, b: { path: string }): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * Every file under evidence/ with its size and SHA-256, and the indicator and material(s) its
 * path names; who filed it (`unit`) is the check's to say (check/rollup/manifest-units.ts).
 * Symlinks are listed by name with no hash: the packet never follows them out of the workspace.
 */
export function evidenceManifest(root: string, sources: SourceMap): ManifestEntry[] {
  const tree = loadEvidence(root, sources);
  return [...tree.files, ...tree.stray]
    .filter((f) => f.kind !== 'index' && f.kind !== 'readme')
    .map((f) => ({
      path: f.rel,
      size: f.size,
      sha256: f.symlink || f.nameNotUtf8 ? null : hashFile(f.abs),
      indicator: f.indicator,
      materials: f.materials ?? [],
      unit: null,
    }))
    .sort(byPath);
}
