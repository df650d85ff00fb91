import { isMap, isPair, isScalar, isSeq, YAMLParseError, type Document, type Node } from 'yaml';

/** A scalar key as the parsed data names it: `15`, `"15"`, `015`, `0x0F` and `15.0` are all "15". */
function dataKey(key: unknown): string | null {
  if (!isScalar(key)) return null; // a collection as a key: no data key to collide on
  return key.value === null ? '' : String(key.value);
}

/**
 * One error per key that names, once resolved, the same entry as an earlier key of its mapping
 * (the later would silently win). Linear: one set per mapping.
 */
export function duplicateKeyErrors(doc: Document): YAMLParseError[] {
  const errors: YAMLParseError[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Map<string, string>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const k = dataKey(pair.key);
        if (k !== null) {
          const written = String((pair.key as Node & { source?: string }).source ?? k);
          const first = seen.get(k);
          if (first !== undefined) {
            const at = (pair.key as Node).range?.[0] ?? 0;
            const detail = first === written ? `"${written}"` : `"${written}" (= "${first}")`;
            errors.push(new YAMLParseError([at, at + 1], 'DUPLICATE_KEY', `Map keys must be unique: ${detail}`));
          } else seen.set(k, written);
        }
        stack.push(pair.key, pair.value);
      }
    } else if (isSeq(node)) for (const item of node.items) stack.push(item);
  }
  return errors.sort((a, b) => a.pos[0] - b.pos[0]);
}

/**
 * Keys named `__proto__`, with the dotted path of the mapping holding them: validation drops such a
 * key without a word, so it is reported instead (as an unknown key).
 */
export function protoKeys(doc: Document): { path: string; offset: number }[] {
  const out: { path: string; offset: number }[] = [];
  const stack: { node: unknown; path: string }[] = [{ node: doc.contents, path: '' }];
  while (stack.length) {
    const { node, path } = stack.pop()!;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const k = dataKey(pair.key);
        if (k === '__proto__') out.push({ path: path || '(root)', offset: (pair.key as Node).range?.[0] ?? 0 });
        stack.push({ node: pair.value, path: path ? `${path}.${k ?? '?'}` : (k ?? '?') });
      }
    } else if (isSeq(node)) node.items.forEach((item, i) => stack.push({ node: item, path: `${path}.${i}` }));
  }
  return out.sort((a, b) => a.offset - b.offset);
}
