import { isMap, isScalar, isSeq } from 'yaml';
import type { Workspace } from '../../model/workspace.js';
import { resolveUnit, unitName } from '../../model/units.js';
import { mergeAssignments } from './assignments-merge.js';
import { replaceUnitInResponsibilities } from './responsibilities-edit.js';
import { refuse, type UnitNote, type UnitPlan, type UnitWrite } from './unit-plan.js';
import { addAliases, removeUnit, replaceInGroups, unitNode } from './units-edit.js';
import { editDocument, seqAt, seqValues } from './yaml-document.js';

/** Reads a workspace file's text (null when it does not exist). */
export type ReadText = (rel: string) => string | null;

/**
 * `ledger unit merge <from> --into <to>`: the merged unit's ledger entries, responsibilities,
 * group memberships, owners and problem references move to the surviving unit, whose aliases
 * gain the merged unit's name and aliases (so history that names it still resolves). Refused
 * with the reason on two different statuses for one indicator.
 */
export function planUnitMerge(ws: Workspace, from: string, to: string, read: ReadText): UnitPlan {
  if (ws.catalogIsLocal) return refuse({ key: 'unit.refuse.old-layout', args: {} });
  if (from === to) return refuse({ key: 'unit.refuse.same', args: { unit: unitName(ws.units, from) } });
  for (const u of [from, to])
    if (ws.unreadableAssignments.has(u)) return refuse({ key: 'unit.refuse.file-broken', args: { file: `assignments/${u}.yaml` } });
  const fromName = unitName(ws.units, from);
  const toName = unitName(ws.units, to);
  const changes: UnitNote[] = [];
  const writes: UnitWrite[] = [];

  // Ledger entries first: a conflict there refuses the whole merge.
  const fromA = ws.assignments.find((a) => a.fileUnit === from);
  const toA = ws.assignments.find((a) => a.fileUnit === to);
  if (fromA) {
    const toFile = toA?.file ?? `assignments/${to}.yaml`;
    const toText = toA ? read(toA.file) : read(fromA.file)?.replace(/^unit:.*$/m, `unit: ${to}`);
    if (toText === null || toText === undefined) return refuse({ key: 'unit.refuse.file-broken', args: { file: toFile } });
    const merged = toA
      ? mergeAssignments(fromA, fromName, toA, toText, toName)
      : { refusals: [], text: toText, moved: Object.keys(fromA.value.indicators) };
    if (merged.refusals.length) return { refusals: merged.refusals, changes: [], writes: [] };
    if (merged.text === null) return refuse({ key: 'unit.refuse.file-broken', args: { file: toFile } });
    writes.push({ path: toFile, content: merged.text }, { path: fromA.file, content: null });
    changes.push({
      key: toA ? 'unit.change.assignments-moved' : 'unit.change.assignments-renamed',
      args: { from: fromA.file, to: toFile, count: merged.moved.length },
    });
  }

  // units.yaml: the merged unit goes; its names become the survivor's aliases; groups and owners follow.
  const unitsText = read('units.yaml');
  let aliases: string[] = [];
  let groups: string[] = [];
  const units =
    unitsText === null
      ? null
      : editDocument(unitsText, (doc) => {
          const gone = unitNode(doc, from);
          const keep = unitNode(doc, to);
          if (!gone || !keep) return;
          aliases = addAliases(doc, keep, [String(gone.get('name')), ...seqValues(seqAt(gone, 'aliases'))]);
          const owners = seqValues(seqAt(gone, 'owners'));
          if (owners.length) {
            const have = seqAt(keep, 'owners');
            if (have) for (const o of owners) if (!seqValues(have).includes(o)) have.add(doc.createNode(o));
            if (!have) keep.set('owners', doc.createNode(owners));
            changes.push({ key: 'unit.change.codeowners', args: { owners } });
          }
          groups = replaceInGroups(doc, from, to);
          removeUnit(doc, from);
        });
  if (units === null) return refuse({ key: 'unit.refuse.file-broken', args: { file: 'units.yaml' } });
  writes.push({ path: 'units.yaml', content: units });
  changes.push({ key: 'unit.change.units', args: { from: fromName, to: toName } });
  if (aliases.length) changes.push({ key: 'unit.change.alias', args: { unit: toName, aliases } });
  if (groups.length) changes.push({ key: 'unit.change.groups', args: { groups } });

  const respText = read('responsibilities.yaml');
  if (respText !== null) {
    let ids: string[] = [];
    const resp = editDocument(respText, (doc) => {
      ids = replaceUnitInResponsibilities(doc, from, to);
    });
    if (resp === null) return refuse({ key: 'unit.refuse.file-broken', args: { file: 'responsibilities.yaml' } });
    if (ids.length) {
      writes.push({ path: 'responsibilities.yaml', content: resp });
      changes.push({ key: 'unit.change.responsibilities', args: { count: ids.length, ids } });
    }
  }

  const problemsText = read('problems.yaml');
  if (problemsText !== null && ws.problems) {
    const moved: string[] = [];
    const problems = editDocument(problemsText, (doc) => {
      const list = doc.get('problems', true);
      if (!isSeq(list)) return;
      for (const item of list.items) {
        if (!isMap(item)) continue;
        const node = item.get('unit', true);
        if (!isScalar(node) || resolveUnit(ws.units, String(node.value)) !== from) continue;
        // Written as an id stays an id; written as a name becomes the survivor's name.
        node.value = String(node.value) === from ? to : toName;
        moved.push(String(item.get('id')));
      }
    });
    if (problems === null) return refuse({ key: 'unit.refuse.file-broken', args: { file: 'problems.yaml' } });
    if (moved.length) {
      writes.push({ path: 'problems.yaml', content: problems });
      changes.push({ key: 'unit.change.problems', args: { count: moved.length, ids: moved } });
    }
  }
  return { refusals: [], changes, writes };
}
