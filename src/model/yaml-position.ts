import { isMap, isPair, isScalar, type Document, type LineCounter, type Node, type Pair, type YAMLMap } from 'yaml';

/** Each mapping's pairs by key, built once: a lookup per finding must not scan the mapping (40,000 findings in one file). */
const PAIRS = new WeakMap<YAMLMap, { items: unknown[]; count: number; index: Map<string, Pair> }>();

function pairsByKey(map: YAMLMap): Map<string, Pair> {
  const cached = PAIRS.get(map);
  // Rebuilt if the mapping was edited since (import edits documents in place).
  if (cached && cached.items === map.items && cached.count === map.items.length) return cached.index;
  const index = new Map<string, Pair>();
  for (const p of map.items) {
    // The first pair of a key, as the linear search found it.
    if (isPair(p) && isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p);
  }
  PAIRS.set(map, { items: map.items, count: map.items.length, index });
  return index;
}

export interface Position {
  line: number;
  column: number;
}

/** 1-based line and column of a byte offset. */
export function positionAt(lineCounter: LineCounter, offset: number): Position {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/**
 * The node a data path points at, or the deepest existing ancestor when the path does not exist
 * (a missing required key is reported at the map that should hold it).
 * With `atKey`, the last segment's key node is returned instead of its value, so unknown keys
 * are reported where they are written.
 */
export function nodeAtPath(doc: Document, path: readonly PropertyKey[], atKey = false): Node | null {
  let node: unknown = doc.contents;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = pairsByKey(node).get(String(seg));
      if (!pair) return node as Node;
      if (last && atKey) return pair.key as Node;
      node = pair.value ?? pair.key;
    } else if (node && typeof node === 'object' && 'items' in node && Array.isArray((node as { items: unknown[] }).items)) {
      const item = (node as { items: unknown[] }).items[Number(seg)];
      if (item === undefined) return node as Node;
      node = item;
    } else {
      return (node as Node) ?? null;
    }
  }
  return (node as Node) ?? null;
}

/** Position of the node at a data path; the document start when nothing better is known. */
export function positionOfPath(doc: Document, lineCounter: LineCounter, path: readonly PropertyKey[], atKey = false): Position {
  const node = nodeAtPath(doc, path, atKey);
  const offset = node?.range?.[0] ?? 0;
  return positionAt(lineCounter, offset);
}
