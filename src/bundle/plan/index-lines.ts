import type { CatalogEntry } from '../../model/catalog.js';
import type { Coverage } from '../../model/check-summary.js';
import { INDEX } from '../typeset/cover-wording.js';

/** One volume as the index lists it. */
export interface IndexedVolume {
  /** the volume's file name (指标047.pdf) */
  file: string;
  pages: number;
  /** the one indicator it holds */
  id: string;
}

/**
 * The lines of 索引.pdf: one per volume, then the total. A merged indicator (48 with 47) points at
 * its host instead of counting the host's materials again, so the lines add up to the total; every
 * count is `counts` (check/summarize.ts), the one computation.
 */
export function indexLines(
  byId: ReadonlyMap<string, Pick<CatalogEntry, 'materialsFrom'>>,
  counts: (ids: string[]) => Coverage,
  volumes: IndexedVolume[],
): { lines: { text: string; file: string }[]; total: string } {
  const lines = volumes.map((v) => {
    const host = byId.get(v.id)?.materialsFrom;
    const c = counts([v.id]);
    const text = host ? INDEX.merged(v.id, v.file, v.pages, host) : INDEX.line(v.id, v.file, v.pages, c.covered, c.required);
    return { text, file: v.file };
  });
  const all = counts(volumes.map((v) => v.id));
  return { lines, total: INDEX.total(all.covered, all.required) };
}
