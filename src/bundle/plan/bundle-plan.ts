import path from 'node:path';
import type { Workspace } from '../../model/workspace.js';
import { evidenceOwner, type CatalogEntry } from '../../model/catalog.js';
import type { Coverage } from '../../model/check-summary.js';
import type { IndicatorCoverage, MaterialCoverage, MaterialReviewState, RejectedFile } from '../../model/coverage.js';
import { folderIdFor, indicatorIdFromFolder, parseMaterialRef } from '../../model/indicator-id.js';
import type { NewsLink } from '../../model/schemas/evidence-index.js';
import { unitName } from '../../model/units.js';

/** What a bundle is built from: the checked workspace and how to word what the check found. */
export interface BundleInput {
  workspace: Workspace;
  /** the check's coverage: which valid files cover which material (never recomputed here) */
  coverage: Map<string, IndicatorCoverage>;
  /** why a file was ruled out, in the check's own words (Chinese) */
  reason: (r: RejectedFile) => string;
  /** 应报 / 已提供 of a set of indicators, counted where every number is counted (check/summarize.ts) */
  counts: (ids: string[]) => Coverage;
  /** the commit the workspace is at, when it is a git repository */
  commit: { hash: string; date: string; dirty: boolean } | null;
  /** the build date printed and stored (the commit's date or SOURCE_DATE_EPOCH: same input, same bytes) */
  built: Date;
  /** a TrueType/OpenType file to typeset with instead of the bundled Noto Sans SC */
  fontFile?: string;
}

export type FileKind = 'pdf' | 'image' | 'statement';

export interface PlannedFile {
  rel: string;
  abs: string;
  /** the file's own name, as stamped on its pages */
  name: string;
  kind: FileKind;
  /** a PDF's page count as the bundle reads it (set by the preflight) */
  pages?: number;
}

export interface PlannedMaterial {
  no: number;
  text: string;
  by: MaterialCoverage['by'];
  exception?: string;
  /** a same_as exception, read */
  sameAs?: { id: string; material: number };
  files: PlannedFile[];
  /** files named for this material that the check ruled out, with the reason (and the check's finding, when it was one) */
  rejected: { rel: string; name: string; reason: string; finding?: RejectedFile }[];
  links: NewsLink[];
  /** the 初评 verdict, as the check judged it (stale or not) */
  review?: MaterialReviewState;
}

/**
 * A material the 初评 returned (退回): its files are still bound — the reviewer of a resubmission
 * reads what the unit has now — but every place that shows them says 已退回 with the reason (the
 * cover, the contents, the stamp on each of its pages), and it does not count as provided.
 */
export function returnedNote(mat: PlannedMaterial): string | null {
  return mat.review?.verdict === '退回' ? (mat.review.note ?? '') : null;
}

export interface PlannedIndicator {
  entry: CatalogEntry;
  /** set when the indicator's materials are filed with another one (48 with 47) */
  mergedWith?: string;
  materials: PlannedMaterial[];
  /** units whose ledgers carry it, with their contact */
  carriers: { name: string; contact: string }[];
  counts: Coverage;
}

/**
 * Everything one indicator's part of a bundle shows, from the check's coverage: its files with
 * what they are (judged by content) and its news links, exactly what counts and nothing re-read.
 */
export function planIndicator(input: BundleInput, id: string): PlannedIndicator {
  const ws = input.workspace;
  const entry = ws.catalog.byId.get(id)!;
  const cov = input.coverage.get(id)!;
  const owner = evidenceOwner(entry);
  const materials = cov.materials.map((m): PlannedMaterial => {
    // A merged cell (48 with 47): its evidence is the owner's, shown once, in the owner's bundle.
    if (entry.materialsFrom !== undefined) {
      const base = { no: m.no, text: m.text, files: [], rejected: [], links: [] };
      return m.covered
        ? { ...base, by: 'same_as', exception: `${owner}/${m.no}`, sameAs: { id: owner, material: m.no } }
        : { ...base, by: null };
    }
    const ref = m.by === 'same_as' && m.exception ? parseMaterialRef(m.exception) : null;
    return {
      no: m.no,
      text: m.text,
      by: m.by,
      ...(m.exception !== undefined ? { exception: m.exception } : {}),
      ...(ref ? { sameAs: ref } : {}),
      files: m.files.map((f) => ({
        rel: f.rel,
        abs: path.join(ws.root, ...f.rel.split('/')),
        name: f.rel.split('/').pop()!,
        kind: f.kind,
      })),
      rejected: m.rejected.map((r) => ({ rel: r.rel, name: r.rel.split('/').pop()!, reason: input.reason(r), finding: r })),
      links: m.links,
      ...(m.review ? { review: m.review } : {}),
    };
  });
  const carriers = ws.assignments
    .filter((a) => a.value.indicators[id] !== undefined)
    .map((a) => ({ name: unitName(ws.units, a.value.unit), contact: a.value.indicators[id]?.contact || a.value.contact || '' }));
  return {
    entry,
    ...(entry.materialsFrom !== undefined ? { mergedWith: entry.materialsFrom } : {}),
    materials,
    carriers,
    counts: input.counts([id]),
  };
}
