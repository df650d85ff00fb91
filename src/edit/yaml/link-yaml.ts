import { isMap, isSeq, parseDocument, YAMLMap, YAMLSeq, type Pair } from 'yaml';
import type { NewsLink } from '../../model/schemas/evidence-index.js';
import { keyOf, mapUnder } from './review-yaml.js';

/**
 * Append one news link to a material's `links:` in the text of an evidence folder's index.yaml
 * (null: no file yet; it starts with `header` as its comment). Everything else — other materials,
 * the material's exception and review, comments and key order — stays as it was. The caller makes
 * sure the text parses.
 */
export function appendNewsLink(text: string | null, material: number, link: NewsLink, header: string): string {
  const doc = parseDocument(text ?? '');
  if (text === null) doc.commentBefore = ` ${header}`;
  if (!isMap(doc.contents)) doc.contents = new YAMLMap() as never;
  const materials = mapUnder(doc, doc.contents as unknown as YAMLMap, 'materials', false);
  const entry = mapUnder(doc, materials, material, true);
  const value: Record<string, string> = { url: link.url, title: link.title, date: link.date };
  if (link.source !== undefined) value.source = link.source;
  const node = doc.createNode(value);
  const pair = entry.items.find((p: Pair) => keyOf(p) === 'links');
  if (pair && isSeq(pair.value)) (pair.value as YAMLSeq).items.push(node);
  else if (pair) pair.value = doc.createNode([value]);
  else entry.items.push(doc.createPair('links', doc.createNode([value])) as Pair);
  return doc.toString({ lineWidth: 0 });
}
