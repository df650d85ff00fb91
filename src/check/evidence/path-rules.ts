import { diag, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { EvidenceFile } from '../../model/evidence-tree.js';
import { MAX_PATH_CHARS } from '../../model/file-names.js';
import { soleMaterial } from './evidence-files.js';
import { nameFindings } from './name-rules.js';

/** Name findings of every folder on a file's path (once each), then of the file; path-too-long. */
export function pathFindings(files: EvidenceFile[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const checkedDirs = new Set<string>();
  for (const f of files) {
    const segments = [f.folder, ...f.inner];
    segments.slice(0, -1).forEach((seg, i) => {
      const dir = ['evidence', ...segments.slice(0, i + 1)].join('/');
      if (checkedDirs.has(dir)) return;
      checkedDirs.add(dir);
      out.push(...nameFindings([seg], { file: dir, indicator: f.indicator, folder: true }));
    });
    const at = { file: f.rel, indicator: f.indicator, material: soleMaterial(f) };
    out.push(...nameFindings([segments[segments.length - 1]!], at));
    if (f.rel.length > MAX_PATH_CHARS) out.push(diag('path-too-long', { length: f.rel.length }, at));
  }
  return out;
}
