import fs from 'node:fs';
import { inspectMany, type PdfInspection } from '../../pdf/index.js';
import type { InspectCache } from './inspect-cache.js';
import type { EvidenceFile } from '../../load/load-evidence.js';

/** Inspect the files, reusing cached verdicts for unchanged ones. */
export async function inspectFiles(
  files: EvidenceFile[],
  cache: InspectCache,
  onProgress?: (done: number, total: number) => void,
): Promise<Map<string, PdfInspection>> {
  const results = new Map<string, PdfInspection>();
  const misses: EvidenceFile[] = [];
  for (const f of files) {
    const hit = cache.inspection(f.rel, f);
    if (hit) results.set(f.rel, hit);
    else misses.push(f);
  }
  if (misses.length) {
    const fresh = await inspectMany(
      misses.map((f) => f.abs),
      { onProgress },
    );
    misses.forEach((f, i) => {
      const r = fresh[i]!;
      results.set(f.rel, r);
      // Re-stat: a file changed while it was read must not be cached under its old stamp.
      const st = fs.statSync(f.abs, { throwIfNoEntry: false });
      if (st && st.size === f.size && st.mtimeMs === f.mtimeMs) cache.setInspection(f.rel, f, r);
    });
  }
  return results;
}
