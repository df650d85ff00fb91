import {
  Composer,
  CST,
  isMap,
  isScalar,
  isSeq,
  parse,
  parseDocument,
  Parser,
  type Document,
  type Node,
  type Pair,
  type Scalar,
  type YAMLMap,
} from 'yaml';

/**
 * One change to a YAML file: a value to set, or `null` to remove the key. A path segment that is a
 * number (`problems.2.status`) indexes a list. A new key goes after `after` when the map has it, else
 * at the end of the map (top-level keys of an assignments file: after `unit`).
 */
export interface YamlEdit {
  path: string[];
  value: string | null;
  after?: string;
}

type Item = CST.BlockMap['items'][number];

/**
 * Apply edits to YAML text, touching only the bytes of the changed values: every comment, blank
 * line, quote style and key order elsewhere stays exactly as it was. The yaml Document API finds
 * the nodes and the CST (concrete syntax tree) behind them is edited in place. What the CST route
 * cannot do safely (flow maps, an empty value, removing a map's first key) falls back to the
 * Document API for the whole file, which keeps comments and key order but may reformat.
 */
export function editYaml(text: string, edits: YamlEdit[]): string {
  if (edits.length === 0) return text;
  const tokens = [...new Parser().parse(text)];
  const docs = [...new Composer({ keepSourceTokens: true }).compose(tokens)];
  const doc = docs[0];
  if (docs.length === 1 && doc && doc.errors.length === 0 && edits.every((e) => editInPlace(doc, e))) {
    return tokens.map((t) => CST.stringify(t)).join('');
  }
  return editWithDocument(text, edits);
}

function editWithDocument(text: string, edits: YamlEdit[]): string {
  const doc = parseDocument(text);
  for (const e of edits) {
    const map = mapAt(doc, e.path.slice(0, -1), true);
    const key = e.path[e.path.length - 1]!;
    if (!map) throw new Error(`no map at ${e.path.slice(0, -1).join('.')}`);
    const pair = pairIn(map, key);
    if (e.value === null) {
      if (pair) map.items.splice(map.items.indexOf(pair), 1);
    } else if (pair) {
      pair.value = doc.createNode(e.value);
    } else {
      const after = e.after === undefined ? undefined : pairIn(map, e.after);
      const at = after ? map.items.indexOf(after) + 1 : map.items.length;
      map.items.splice(at, 0, doc.createPair(key, e.value));
    }
  }
  return doc.toString({ lineWidth: 0 });
}

/** Keys compared as text: `30:` and `"30":` are the same indicator to the schema. */
function pairIn(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === key);
}

/** The map at `path` (numeric segments index lists); with `create`, an empty value on the way (`"30":` alone) becomes a map. */
function mapAt(doc: Document, path: string[], create = false): YAMLMap | null {
  let node: unknown = doc.contents;
  for (const k of path) {
    if (isSeq(node) && /^\d+$/.test(k)) {
      node = node.items[Number(k)];
      continue;
    }
    if (!isMap(node)) return null;
    const pair = pairIn(node, k);
    if (create && pair && (pair.value === null || (isScalar(pair.value) && pair.value.value === null))) pair.value = doc.createNode({});
    node = pair?.value;
  }
  return isMap(node) ? node : null;
}

function editInPlace(doc: Document, e: YamlEdit): boolean {
  const parent = mapAt(doc, e.path.slice(0, -1));
  const key = e.path[e.path.length - 1]!;
  const map = parent?.srcToken;
  if (!map || map.type !== 'block-map') return false;
  const index = map.items.findIndex((it) => it.key && keyText(it.key) === key);
  if (e.value === null) {
    // The first key's indentation belongs to the line above; removing it would shift the next key.
    if (index <= 0) return index < 0;
    map.items.splice(index, 1);
    return true;
  }
  if (index >= 0) {
    const node: Node | undefined = pairIn(parent!, key)?.value as Node | undefined;
    const token = isScalar(node) ? node.srcToken : undefined;
    if (!token || !isScalarToken(token) || token.source === '') return false;
    CST.setScalarValue(token, e.value, { afterKey: true, type: typeFor(e.value, token.type) });
    return true;
  }
  if (e.after !== undefined) return insertItem(map, key, e.value, e.after, true);
  return insertItem(map, key, e.value, e.path.length === 1 ? 'unit' : null, false);
}

/** Add `key: value` at the end of the map (or after `after`; when it is missing, at the end if `orEnd`), indented like its siblings. */
function insertItem(map: CST.BlockMap, key: string, value: string, after: string | null, orEnd: boolean): boolean {
  let at = map.items.length;
  if (after !== null) {
    const i = map.items.findIndex((it) => it.key && keyText(it.key) === after);
    if (i < 0 && !orEnd) return false;
    if (i >= 0) at = i + 1;
  }
  const before = map.items[at - 1];
  if (!before || !CST.stringify(before).endsWith('\n')) return false;
  const indent = map.indent;
  const scalar: CST.FlowScalar = {
    type: 'scalar',
    offset: -1,
    indent,
    source: 'x',
    end: [{ type: 'newline' as const, offset: -1, indent, source: '\n' }],
  };
  const item: Item = {
    start: indent > 0 ? [{ type: 'space', offset: -1, indent: 0, source: ' '.repeat(indent) }] : [],
    key: { type: 'scalar', offset: -1, indent, source: key },
    sep: [
      { type: 'map-value-ind', offset: -1, indent, source: ':' },
      { type: 'space', offset: -1, indent, source: ' ' },
    ],
    value: scalar,
  };
  CST.setScalarValue(scalar, value, { afterKey: true, type: typeFor(value, 'scalar') });
  map.items.splice(at, 0, item);
  return true;
}

function isScalarToken(t: CST.Token): t is CST.FlowScalar | CST.BlockScalar {
  return t.type === 'scalar' || t.type === 'single-quoted-scalar' || t.type === 'double-quoted-scalar' || t.type === 'block-scalar';
}

function keyText(t: CST.Token): string | null {
  if (!isScalarToken(t)) return null;
  const resolved = CST.resolveAsScalar(t, false, () => undefined);
  return resolved ? resolved.value : null;
}

/** Keep the value's quoting style unless it cannot hold the new text; several lines as a `|-` block. */
function typeFor(value: string, tokenType: string): Scalar.Type {
  if (value.includes('\n')) return 'BLOCK_LITERAL';
  if (tokenType === 'double-quoted-scalar') return 'QUOTE_DOUBLE';
  if (tokenType === 'single-quoted-scalar') return 'QUOTE_SINGLE';
  return plainIsSafe(value) ? 'PLAIN' : 'QUOTE_DOUBLE';
}

/** Plain text that YAML would read back as this same string (not a number, date, null, map …). */
function plainIsSafe(value: string): boolean {
  if (value === '' || value.trim() !== value) return false;
  try {
    return parse(value) === value;
  } catch {
    return false;
  }
}
