import { isSeq, parseDocument } from 'yaml';
import type { Workspace } from '../../model/workspace.js';
import { unitIdSchema } from '../../model/schemas/common.js';
import { resolveUnit, unitName } from '../../model/units.js';
import { indicatorsNamingUnit } from './responsibilities-edit.js';
import { refuse, type UnitNote, type UnitPlan } from './unit-plan.js';
import { addAliases, groupsListing, removeUnit, unitNode } from './units-edit.js';
import { editDocument, mapAt, removeFromSeq, seqAt } from './yaml-document.js';
import type { ReadText } from './plan-unit-merge.js';

export interface NewUnit {
  id: string;
  name: string;
  aliases: string[];
  kind?: string;
  groups: string[];
}

/** `ledger unit add`: a new unit in units.yaml (and in the groups named); no name may be taken. */
export function planUnitAdd(ws: Workspace, unit: NewUnit, read: ReadText): UnitPlan {
  if (!unitIdSchema.safeParse(unit.id).success) return refuse({ key: 'unit.refuse.bad-id', args: { id: unit.id } });
  for (const n of [unit.id, unit.name, ...unit.aliases]) {
    const taken = resolveUnit(ws.units, n);
    if (taken) return refuse({ key: 'unit.refuse.taken', args: { name: n, unit: unitName(ws.units, taken) } });
  }
  const text = read('units.yaml') ?? 'units: []\ngroups: {}\n';
  const out = editDocument(text, (doc) => {
    const units = doc.get('units', true);
    const entry: Record<string, unknown> = { id: unit.id, name: unit.name };
    if (unit.aliases.length) entry.aliases = unit.aliases;
    if (unit.kind) entry.kind = unit.kind;
    const node = doc.createNode(entry);
    const aliases = node.get('aliases', true);
    if (isSeq(aliases)) aliases.flow = true;
    if (isSeq(units)) {
      units.flow = false;
      units.items.push(node);
    } else doc.set('units', doc.createNode([entry]));
    for (const g of unit.groups) {
      let groups = mapAt(doc, ['groups']);
      if (!groups) {
        doc.set('groups', doc.createNode({}));
        groups = mapAt(doc, ['groups'])!;
        groups.flow = false;
      }
      const members = groups.get(g, true);
      if (isSeq(members)) members.add(doc.createNode(unit.id));
      else groups.set(g, doc.createNode([unit.id]));
    }
  });
  if (out === null) return refuse({ key: 'unit.refuse.file-broken', args: { file: 'units.yaml' } });
  const changes: UnitNote[] = [{ key: 'unit.change.units', args: { from: '', to: `${unit.name}（${unit.id}）` } }];
  if (unit.groups.length) changes.push({ key: 'unit.change.groups', args: { groups: unit.groups } });
  return { refusals: [], changes, writes: [{ path: 'units.yaml', content: out }] };
}

/**
 * `ledger unit rename <unit> <new name>`: the name changes, the id (and so every file and
 * reference) stays, and the old name becomes an alias so history that names it still resolves.
 */
export function planUnitRename(ws: Workspace, id: string, name: string, read: ReadText): UnitPlan {
  const taken = resolveUnit(ws.units, name);
  if (taken && taken !== id) return refuse({ key: 'unit.refuse.taken', args: { name, unit: unitName(ws.units, taken) } });
  const text = read('units.yaml');
  const old = unitName(ws.units, id);
  const out =
    text === null
      ? null
      : editDocument(text, (doc) => {
          const node = unitNode(doc, id);
          if (!node) return;
          node.set('name', name);
          removeFromSeq(seqAt(node, 'aliases'), name);
          addAliases(doc, node, [old]);
        });
  if (out === null) return refuse({ key: 'unit.refuse.file-broken', args: { file: 'units.yaml' } });
  return {
    refusals: [],
    changes: [
      { key: 'unit.change.units', args: { from: old, to: name } },
      { key: 'unit.change.alias', args: { unit: name, aliases: [old] } },
    ],
    writes: [{ path: 'units.yaml', content: out }],
  };
}

/** `ledger unit remove`: only a unit nothing refers to (responsibilities, groups, a ledger file, problems). */
export function planUnitRemove(ws: Workspace, id: string, read: ReadText): UnitPlan {
  if (ws.catalogIsLocal) return refuse({ key: 'unit.refuse.old-layout', args: {} });
  const name = unitName(ws.units, id);
  const respText = read('responsibilities.yaml');
  const indicators = respText === null ? [] : indicatorsNamingUnit(parseDocument(respText), id);
  const unitsText = read('units.yaml');
  const groups = unitsText === null ? [] : groupsListing(parseDocument(unitsText), id);
  const own = ws.assignments.find((a) => a.fileUnit === id);
  const files = own || ws.unreadableAssignments.has(id) ? [own?.file ?? `assignments/${id}.yaml`] : [];
  const problems = (ws.problems?.items ?? []).filter((p) => p.unit === id).map((p) => p.value.id);
  if (indicators.length + groups.length + files.length + problems.length) {
    return refuse({ key: 'unit.refuse.referenced', args: { unit: name, indicators, groups, files, problems } });
  }
  const out =
    unitsText === null
      ? null
      : editDocument(unitsText, (doc) => {
          removeUnit(doc, id);
        });
  if (out === null) return refuse({ key: 'unit.refuse.file-broken', args: { file: 'units.yaml' } });
  return {
    refusals: [],
    changes: [{ key: 'unit.change.units', args: { from: name, to: '' } }],
    writes: [{ path: 'units.yaml', content: out }],
  };
}
