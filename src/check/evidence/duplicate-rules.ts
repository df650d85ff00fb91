import { diag, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { EvidenceFile } from '../../model/evidence-tree.js';
import { pushTo } from '../../util/push-to.js';

/** The same content filed twice: every later copy points at the first. */
export function duplicateFindings(files: EvidenceFile[], sha256: Map<string, string>): Diagnostic[] {
  const byHash = new Map<string, EvidenceFile[]>();
  for (const f of files) {
    const h = sha256.get(f.rel);
    if (h) pushTo(byHash, h, f);
  }
  const out: Diagnostic[] = [];
  for (const same of byHash.values()) {
    const [first, ...rest] = same;
    for (const f of rest) {
      out.push(
        diag('duplicate-content', { other: first!.rel }, { file: f.rel, indicator: f.indicator, material: f.materials?.[0] ?? null }),
      );
    }
  }
  return out;
}
