import path from 'node:path';
import type { MessageRef } from '../../i18n/messages.js';
import type { IndicatorCoverage, MaterialReviewState } from '../../model/coverage.js';
import type { MaterialReview, ReviewVerdict } from '../../model/schemas/evidence-index.js';
import { hashFile } from '../../util/hash-file.js';

/** The verdict as given on the command line. */
export interface ReviewRequest {
  verdict: ReviewVerdict;
  by: string;
  date: string;
  /** the reason of a 退回, or a remark with a 通过 */
  note?: string;
}

/** One material to review: the indicator whose folder holds it (merged cells resolved) and its number. */
export interface ReviewTarget {
  owner: string;
  material: number;
}

export interface PlannedReview extends ReviewTarget {
  text: string;
  /** what goes into index.yaml */
  review: MaterialReview;
  /** the verdict it replaces, as the check sees it now */
  previous?: MaterialReviewState;
  /** why it cannot be recorded; null when it can */
  refusal: MessageRef | null;
}

/**
 * What each verdict would record: the files that cover the material as the check found them (the
 * one computation of coverage, never a second matching of names) with their SHA-256. A material
 * nothing evidences cannot pass — there is nothing the reviewer could have seen — but may be
 * returned. Reads the covering files (all listed by the check inside the workspace); writes nothing.
 */
export function planReviews(
  root: string,
  coverage: Map<string, IndicatorCoverage>,
  targets: ReviewTarget[],
  req: ReviewRequest,
): PlannedReview[] {
  return targets.map((target) => {
    const m = coverage.get(target.owner)?.materials.find((x) => x.no === target.material);
    const base = { verdict: req.verdict, by: req.by, date: req.date, ...(req.note !== undefined ? { note: req.note } : {}) };
    const planned: PlannedReview = {
      ...target,
      text: m?.text ?? '',
      review: { ...base, files: {} },
      ...(m?.review ? { previous: m.review } : {}),
      refusal: null,
    };
    if (!m) return { ...planned, refusal: { key: 'review.no-coverage', args: { id: target.owner, material: target.material } } };
    if (req.verdict === '通过' && m.by === null) {
      const rejected = m.rejected.map((r) => r.rel.split('/').pop()!);
      const refusal: MessageRef = rejected.length
        ? { key: 'review.pass-unusable', args: { rejected } }
        : { key: 'review.pass-missing', args: {} };
      return { ...planned, refusal };
    }
    for (const f of m.files) {
      try {
        planned.review.files[f.rel] = hashFile(path.join(root, ...f.rel.split('/')));
      } catch (e) {
        const detail = (e as NodeJS.ErrnoException).code ?? String(e);
        return { ...planned, refusal: { key: 'review.unreadable', args: { file: f.rel, detail } } };
      }
    }
    return planned;
  });
}
