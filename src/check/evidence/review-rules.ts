import { diag, type Diagnostic, type DiagnosticInit } from '../../diagnostics/diagnostic.js';
import type { MaterialCoverage, MaterialReviewState } from '../../model/coverage.js';
import type { MaterialReview } from '../../model/schemas/evidence-index.js';

/** A path a review may name: workspace-relative below evidence/, `/`-separated, without `.` or `..` segments. */
export function isReviewablePath(rel: string): boolean {
  if (!rel.startsWith('evidence/') || rel.includes('\\') || rel.includes(':')) return false;
  return rel.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..');
}

/** Where a review's findings point: its `review:` key, and for a bad path that path's key. */
export interface ReviewLocation {
  review: DiagnosticInit;
  file: (rel: string) => DiagnosticInit;
}

/**
 * Compare a recorded 初评 verdict with the material as the check sees it now. `counting` are the
 * files that cover the material today; `hashes` the SHA-256 the inspection step computed of the
 * files the review names. A file whose hash differs, that is gone or no longer counts, or that was
 * added since, is `changed`. A returned verdict is an error until the material is reviewed again;
 * a passed one with changes is stale (a warning). Pure.
 */
export function judgeReview(
  review: MaterialReview,
  material: number,
  counting: string[],
  hashes: Map<string, string>,
  at: ReviewLocation,
): { state: MaterialReviewState; diagnostics: Diagnostic[] } {
  const out: Diagnostic[] = [];
  const changed: string[] = [];
  const now = new Set(counting);
  for (const [rel, sha] of Object.entries(review.files)) {
    if (!isReviewablePath(rel)) {
      out.push(diag('review-invalid', { path: rel, reason: 'outside', material }, at.file(rel)));
      changed.push(rel);
    } else if (!now.has(rel) || hashes.get(rel) !== sha) changed.push(rel);
  }
  for (const rel of counting) if (!(rel in review.files)) changed.push(rel);
  const state: MaterialReviewState = {
    verdict: review.verdict,
    by: review.by,
    date: review.date,
    ...(review.note !== undefined ? { note: review.note } : {}),
    stale: changed.length > 0,
    changed,
    files: Object.keys(review.files),
  };
  const args = { material, by: review.by, date: review.date, note: review.note, changed };
  if (review.verdict === '退回') out.push(diag('review-returned', args, at.review));
  else if (state.stale) out.push(diag('review-stale', args, at.review));
  return { state, diagnostics: out };
}

/**
 * A material's coverage with its recorded 初评 verdict applied: a returned material does not
 * count, whatever evidences it. `hashes` and the location as for judgeReview.
 */
export function applyReview(
  mc: MaterialCoverage,
  review: MaterialReview,
  hashes: Map<string, string>,
  at: ReviewLocation,
): { coverage: MaterialCoverage; diagnostics: Diagnostic[] } {
  const judged = judgeReview(
    review,
    mc.no,
    mc.files.map((f) => f.rel),
    hashes,
    at,
  );
  return { coverage: { ...mc, covered: mc.covered && review.verdict !== '退回', review: judged.state }, diagnostics: judged.diagnostics };
}
