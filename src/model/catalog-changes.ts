import type { CatalogEntry } from './catalog.js';

/** How one indicator's materials changed between two catalog versions (by material number). */
export interface MaterialChanges {
  added: number[];
  removed: number[];
  /** same wording under another number */
  moved: { from: number; to: number }[];
  /** same number, other wording */
  reworded: number[];
}

/** What a new catalog version changes, indicator by indicator. */
export interface CatalogChanges {
  added: string[];
  removed: string[];
  /** the same indicator text under another id */
  renumbered: { from: string; to: string }[];
  /** same id (or renumbered), other indicator text */
  reworded: string[];
  /** other printed fields changed (area, group, methods, lead departments, 责任单位 wording, merged cell) */
  fields: { id: string; fields: string[] }[];
  /** keyed by the new id */
  materials: Map<string, MaterialChanges>;
}

const norm = (s: string): string => s.replace(/\s+/g, '');
const FIELDS = ['area', 'group', 'methods', 'leadDepartments', 'responsibleRaw', 'materialsFrom'] as const;

/**
 * Compare two versions of a catalog. An indicator whose text reappears under another id was
 * renumbered (its evidence folder must follow); a material whose wording reappears under
 * another number moved. Everything else is added, removed or reworded.
 */
export function catalogChanges(before: readonly CatalogEntry[], after: readonly CatalogEntry[]): CatalogChanges {
  const oldById = new Map(before.map((e) => [e.id, e]));
  const newById = new Map(after.map((e) => [e.id, e]));
  const gone = before.filter((e) => !newById.has(e.id));
  const fresh = after.filter((e) => !oldById.has(e.id));
  const renumbered: { from: string; to: string }[] = [];
  const matched = new Set<string>();
  for (const e of fresh) {
    const was = gone.find((o) => !matched.has(o.id) && norm(o.text) === norm(e.text));
    if (!was) continue;
    matched.add(was.id);
    renumbered.push({ from: was.id, to: e.id });
  }
  const renumberedTo = new Set(renumbered.map((r) => r.to));
  const changes: CatalogChanges = {
    added: fresh.filter((e) => !renumberedTo.has(e.id)).map((e) => e.id),
    removed: gone.filter((e) => !matched.has(e.id)).map((e) => e.id),
    renumbered,
    reworded: [],
    fields: [],
    materials: new Map(),
  };
  const pairs: [CatalogEntry, CatalogEntry][] = [
    ...after.filter((e) => oldById.has(e.id)).map((e): [CatalogEntry, CatalogEntry] => [oldById.get(e.id)!, e]),
    ...renumbered.map((r): [CatalogEntry, CatalogEntry] => [oldById.get(r.from)!, newById.get(r.to)!]),
  ];
  for (const [o, n] of pairs) {
    if (norm(o.text) !== norm(n.text)) changes.reworded.push(n.id);
    const fields = FIELDS.filter((f) => JSON.stringify(o[f] ?? null) !== JSON.stringify(n[f] ?? null));
    if (fields.length) changes.fields.push({ id: n.id, fields: [...fields] });
    const m = materialChanges(o.materials, n.materials);
    if (m.added.length + m.removed.length + m.moved.length + m.reworded.length) changes.materials.set(n.id, m);
  }
  return changes;
}

function materialChanges(before: readonly { no: number; text: string }[], after: readonly { no: number; text: string }[]): MaterialChanges {
  const out: MaterialChanges = { added: [], removed: [], moved: [], reworded: [] };
  const usedOld = new Set<number>();
  const pending: { no: number; text: string }[] = [];
  for (const m of after) {
    const same = before.find((o) => !usedOld.has(o.no) && norm(o.text) === norm(m.text));
    if (!same) {
      pending.push(m);
      continue;
    }
    usedOld.add(same.no);
    if (same.no !== m.no) out.moved.push({ from: same.no, to: m.no });
  }
  for (const m of pending) {
    const atSameNo = before.find((o) => o.no === m.no && !usedOld.has(o.no));
    if (atSameNo) {
      usedOld.add(atSameNo.no);
      out.reworded.push(m.no);
    } else out.added.push(m.no);
  }
  out.removed = before.filter((o) => !usedOld.has(o.no)).map((o) => o.no);
  return out;
}
