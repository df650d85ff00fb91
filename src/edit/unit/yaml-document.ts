import { isMap, isScalar, isSeq, parseDocument, type Document, type YAMLMap, type YAMLSeq } from 'yaml';

/**
 * Edit YAML through the Document API and write it back the way the files ledger writes are laid
 * out (flow lists without inner padding, no line folding), so comments, key order and every line
 * the edit does not touch stay as they were. Null when the text does not parse.
 */
export function editDocument(text: string, edit: (doc: Document) => void): string | null {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return null;
  edit(doc);
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

export function mapAt(doc: Document, path: (string | number)[]): YAMLMap | null {
  const node = path.length ? doc.getIn(path, true) : doc.contents;
  return isMap(node) ? node : null;
}

export function seqAt(parent: YAMLMap, key: string): YAMLSeq | null {
  const node = parent.get(key, true);
  return isSeq(node) ? node : null;
}

/** The string values of a list (scalars only). */
export function seqValues(seq: YAMLSeq | null): string[] {
  return (seq?.items ?? []).map((i) => (isScalar(i) ? String(i.value) : ''));
}

/** Replace `from` by `to` in a list, keeping the first of any duplicate; whether it changed. */
export function replaceInSeq(seq: YAMLSeq | null, from: string, to: string): boolean {
  if (!seq) return false;
  let changed = false;
  const seen = new Set<string>();
  seq.items = seq.items.filter((item) => {
    if (!isScalar(item)) return true;
    if (String(item.value) === from) {
      item.value = to;
      changed = true;
    }
    const v = String(item.value);
    if (seen.has(v)) return false;
    seen.add(v);
    return true;
  });
  return changed;
}

/** Remove every `value` from a list; whether it changed. */
export function removeFromSeq(seq: YAMLSeq | null, value: string): boolean {
  if (!seq) return false;
  const before = seq.items.length;
  seq.items = seq.items.filter((i) => !(isScalar(i) && String(i.value) === value));
  return seq.items.length !== before;
}
