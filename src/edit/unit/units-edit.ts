import { isMap, isScalar, isSeq, type Document, type YAMLMap } from 'yaml';
import { mapAt, replaceInSeq, seqAt, seqValues } from './yaml-document.js';

/** The map of unit `id` in units.yaml `units:`. */
export function unitNode(doc: Document, id: string): YAMLMap | null {
  const units = doc.get('units', true);
  if (!isSeq(units)) return null;
  for (const item of units.items) if (isMap(item) && String(item.get('id')) === id) return item;
  return null;
}

/** Add names to a unit's aliases (not its own name, not twice); creates `aliases` after `name`. */
export function addAliases(doc: Document, unit: YAMLMap, names: string[]): string[] {
  const own = String(unit.get('name'));
  let seq = seqAt(unit, 'aliases');
  const have = seqValues(seq);
  const added = [...new Set(names)].filter((n) => n !== own && !have.includes(n));
  if (added.length === 0) return [];
  if (!seq) {
    const node = doc.createNode(added);
    node.flow = true;
    const at = unit.items.findIndex((p) => isScalar(p.key) && p.key.value === 'name');
    unit.items.splice(at + 1, 0, doc.createPair('aliases', node));
    return added;
  }
  for (const n of added) seq.add(doc.createNode(n));
  return added;
}

/** The group names whose members list `id`. */
export function groupsListing(doc: Document, id: string): string[] {
  const groups = mapAt(doc, ['groups']);
  return (groups?.items ?? [])
    .filter((p) => isScalar(p.key) && isSeq(p.value) && seqValues(p.value).includes(id))
    .map((p) => String((p.key as { value: unknown }).value));
}

/** In every group, `from` becomes `to` (once); returns the groups that changed. */
export function replaceInGroups(doc: Document, from: string, to: string): string[] {
  const groups = mapAt(doc, ['groups']);
  const changed: string[] = [];
  for (const p of groups?.items ?? []) {
    if (isScalar(p.key) && isSeq(p.value) && replaceInSeq(p.value, from, to)) changed.push(String(p.key.value));
  }
  return changed;
}

/** Remove a unit's map from `units:`. */
export function removeUnit(doc: Document, id: string): void {
  const units = doc.get('units', true);
  if (isSeq(units)) units.items = units.items.filter((i) => !(isMap(i) && String(i.get('id')) === id));
}
