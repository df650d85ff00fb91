import { isMap, isScalar, parseDocument, YAMLMap, type Document, type Pair } from 'yaml';
import type { MaterialReview } from '../../model/schemas/evidence-index.js';

/** One verdict to record: the material number and the review that replaces any before it. */
export interface ReviewEntry {
  material: number;
  review: MaterialReview;
}

export const keyOf = (p: Pair): string => String(isScalar(p.key) ? p.key.value : p.key);

/** The map under `key` in `map`, made when the key is missing or empty (`2:` alone). */
export function mapUnder(doc: Document, map: YAMLMap, key: number | string, sorted: boolean): YAMLMap {
  let pair = map.items.find((p) => keyOf(p) === String(key));
  if (!pair) {
    pair = doc.createPair(key, new YAMLMap()) as Pair;
    // Material numbers in numeric order: 1, 2, 3 even when 2 is added last.
    const at = sorted ? map.items.findIndex((p) => Number(keyOf(p)) > Number(key)) : -1;
    if (at < 0) map.items.push(pair);
    else map.items.splice(at, 0, pair);
  }
  if (!isMap(pair.value)) pair.value = new YAMLMap();
  const inner = pair.value as YAMLMap;
  // `materials: {}` as a starting point becomes a block map; a flow map someone wrote with content stays theirs.
  if (inner.flow && inner.items.length === 0) inner.flow = false;
  return inner;
}

/**
 * Write 初评 verdicts into the text of an evidence folder's index.yaml (null: the file does not exist
 * yet; it gets `header` as its first comment). Each material's `review:` is replaced whole; its
 * exception and links, other materials, comments and key order stay as they were (the yaml Document
 * API, as import's fallback in yaml-edit.ts). The caller makes sure the text parses.
 */
export function writeReviews(text: string | null, entries: ReviewEntry[], header: string): string {
  const doc = parseDocument(text ?? '');
  if (text === null) doc.commentBefore = ` ${header}`;
  if (!isMap(doc.contents)) doc.contents = new YAMLMap() as never;
  const materials = mapUnder(doc, doc.contents as unknown as YAMLMap, 'materials', false);
  for (const { material, review } of entries) {
    const entry = mapUnder(doc, materials, material, true);
    const value: Record<string, unknown> = { verdict: review.verdict, by: review.by, date: review.date };
    if (review.note !== undefined) value.note = review.note;
    value.files = Object.fromEntries(Object.entries(review.files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const node = doc.createNode(value);
    const pair = entry.items.find((p) => keyOf(p) === 'review');
    if (pair) pair.value = node;
    else entry.items.push(doc.createPair('review', node) as Pair);
  }
  return doc.toString({ lineWidth: 0 });
}
