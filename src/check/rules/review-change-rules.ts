import { diag, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { BaseReview } from '../../load/git-base-reviews.js';
import type { EvidenceTree } from '../../model/evidence-tree.js';
import { indicatorIdFromFolder } from '../../model/indicator-id.js';
import type { MaterialReview } from '../../model/schemas/evidence-index.js';

const INDEX = /^evidence\/([^/]+)\/index\.yaml$/;

/** What differs between a verdict as the base has it and as the change leaves it, in a few words. */
function describe(was: BaseReview | undefined, now: MaterialReview | undefined): string[] {
  if (!was && now) return [`+ ${now.verdict}（${now.by}，${now.date}）`];
  if (was && !now) return [`- ${String(was.verdict)}（${String(was.by)}，${String(was.date)}）`];
  if (!was || !now) return [];
  const out: string[] = [];
  for (const key of ['verdict', 'by', 'date', 'note'] as const)
    if (String(was[key] ?? '') !== String(now[key] ?? '')) out.push(`${key}: ${String(was[key] ?? '—')} → ${now[key] ?? '—'}`);
  const before = (was.files && typeof was.files === 'object' ? was.files : {}) as Record<string, unknown>;
  const after = now.files;
  for (const f of Object.keys(after)) {
    if (!(f in before)) out.push(`+ ${f}`);
    else if (String(before[f]) !== after[f]) out.push(`${f}: sha256 ${String(before[f]).slice(0, 8)} → ${after[f]!.slice(0, 8)}`);
  }
  for (const f of Object.keys(before)) if (!(f in after)) out.push(`- ${f}`);
  return out;
}

/**
 * A pull request that records, changes or removes a 初评 verdict (a `review:` in an index.yaml it
 * edits) — a new 通过, a swapped file with its new hash — is reported for the coordinator's review:
 * a verdict is the reviewing body's word, and YAML anyone can write. One finding per material.
 */
export function reviewChangedFindings(
  tree: EvidenceTree,
  changed: Set<string>,
  readBase: (rel: string) => Map<number, BaseReview>,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rel of [...changed].sort()) {
    const m = INDEX.exec(rel);
    if (!m) continue;
    const folder = m[1]!;
    const base = readBase(rel);
    const head = tree.exceptions.get(folder)?.byMaterial;
    const numbers = new Set([...base.keys(), ...[...(head?.entries() ?? [])].filter(([, e]) => e.review).map(([n]) => n)]);
    for (const material of [...numbers].sort((a, b) => a - b)) {
      const changes = describe(base.get(material), head?.get(material)?.review);
      if (changes.length)
        out.push(diag('review-changed-in-pr', { material, changes }, { file: rel, indicator: indicatorIdFromFolder(folder), material }));
    }
  }
  return out;
}
