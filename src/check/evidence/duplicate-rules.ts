import { diag, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { hashFile } from '../../util/hash-file.js';
import type { InspectCache } from './inspect-cache.js';
import type { EvidenceFile } from '../../load/load-evidence.js';

/**
 * The same content filed twice. Only files whose size matches another file's are hashed, so a
 * cold run does not read every byte of a large folder.
 */
export function duplicateFindings(files: EvidenceFile[], cache: InspectCache): Diagnostic[] {
  const bySize = new Map<number, EvidenceFile[]>();
  for (const f of files) {
    if (f.size === 0) continue;
    const list = bySize.get(f.size) ?? [];
    list.push(f);
    bySize.set(f.size, list);
  }
  const out: Diagnostic[] = [];
  for (const group of bySize.values()) {
    if (group.length < 2) continue;
    const byHash = new Map<string, EvidenceFile[]>();
    for (const f of group) {
      let h = cache.hash(f.rel, f);
      if (!h) {
        try {
          h = hashFile(f.abs);
        } catch {
          continue; // unreadable: reported elsewhere, never a duplicate
        }
        cache.setHash(f.rel, f, h);
      }
      byHash.set(h, [...(byHash.get(h) ?? []), f]);
    }
    for (const same of byHash.values()) {
      if (same.length < 2) continue;
      const [first, ...rest] = same;
      for (const f of rest) {
        out.push(diag('duplicate-content', { other: first!.rel }, { file: f.rel, indicator: f.indicator, material: f.materials?.[0] ?? null }));
      }
    }
  }
  return out;
}
