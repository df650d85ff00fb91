import type { NewsLink } from './schemas/evidence-index.js';

/** A file that names a material but cannot serve as its evidence, and why. */
export interface RejectedFile {
  rel: string;
  /** the error-level finding that rules it out (`pdf-encrypted`, `file-not-pdf`, `confidential-marking`…) */
  code: string;
  /** the finding's facts, for wording the reason (lists as arrays: the formatter joins them) */
  args: Readonly<Record<string, string | number | undefined | readonly string[] | readonly number[]>>;
}

/**
 * The 初评 verdict recorded for a material in index.yaml, as the check sees it today. `changed`
 * lists the files that differ from what the reviewer saw: a hash that differs, a file gone or no
 * longer counting, a file added to the material. A 通过 with changes is stale (待复核).
 */
export interface MaterialReviewState {
  verdict: '通过' | '退回';
  by: string;
  date: string;
  note?: string;
  stale: boolean;
  changed: string[];
  /** the files the reviewer saw (index.yaml `review.files`): the review counts for the units that filed them */
  files?: string[];
}

/** How one material is (or is not) evidenced. */
export interface MaterialCoverage {
  no: number;
  text: string;
  /** evidenced, and not returned by the 初评 review */
  covered: boolean;
  /** what covers it: 'file' (a PDF or image), 'statement' (only 情况说明), 'link' (only news links), an exception —
   * whatever the review says (a returned material keeps its `by`; `covered` is false) */
  by: 'file' | 'statement' | 'link' | 'not_applicable' | 'secret' | 'same_as' | null;
  /** valid files that cover it, with what they are (judged by content, not by extension) */
  files: { rel: string; pages: number | null; kind: 'pdf' | 'image' | 'statement' }[];
  /** files named for it that do not count: each with the finding that rules it out */
  rejected: RejectedFile[];
  /** news links (index.yaml `links:`) that count: valid http(s) addresses; dead ones (check --online) still count, with a warning */
  links: NewsLink[];
  /** the exception's text (reason, note or same_as target) */
  exception?: string;
  /** the 初评 review, when index.yaml records one */
  review?: MaterialReviewState;
}

export interface IndicatorCoverage {
  id: string;
  /** the indicator whose folder holds the evidence (itself unless its materials cell is merged) */
  owner: string;
  materials: MaterialCoverage[];
  /** 材料齐全: every material covered (false for an indicator without materials: it is not measured) */
  complete: boolean;
}

/**
 * The materials of these indicators, each merged cell's once, at the indicator whose folder holds
 * them (47 and 48 share 047's; 91–94 share 091's): what every count of materials walks, so a
 * merged indicator never counts its host's materials again.
 */
export function* uniqueMaterials(
  ids: Iterable<string>,
  coverage: ReadonlyMap<string, IndicatorCoverage>,
): Generator<{ owner: string; material: MaterialCoverage }> {
  const seen = new Set<string>();
  for (const id of ids) {
    const c = coverage.get(id);
    for (const m of c?.materials ?? []) {
      const key = `${c!.owner}/${m.no}`;
      if (seen.has(key)) continue;
      seen.add(key);
      yield { owner: c!.owner, material: m };
    }
  }
}

/**
 * The materials of these indicators not covered (no evidence, or returned by the 初评 review), each
 * merged cell's once: `required − covered` of the same indicators, whoever prints it.
 */
export function uncoveredMaterials(
  ids: Iterable<string>,
  coverage: ReadonlyMap<string, IndicatorCoverage>,
): { owner: string; material: MaterialCoverage }[] {
  return [...uniqueMaterials(ids, coverage)].filter((u) => !u.material.covered);
}
