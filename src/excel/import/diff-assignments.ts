import { compareIndicatorIds } from '../../model/indicator-id.js';
import type { AssignmentsFile } from '../../model/schemas/assignments.js';
import type { RowEntry } from './collect-rows.js';
import type { YamlEdit } from '../../edit/yaml/yaml-edit.js';
import { comparable, comparableContact } from '../sheet/cell-value.js';

export type Field = 'status' | 'progress' | 'contact';

/** One field that an import changes. `indicator` null is the unit's default contact; `to` null removes the key. */
export interface FieldChange {
  indicator: string | null;
  field: Field;
  from: string | null;
  to: string | null;
}

/** A value the unit changed in the workbook while assignments/ changed it too (or, without a snapshot, might have). */
export interface FieldConflict {
  indicator: string;
  field: Field;
  /** what the export wrote; null when the workbook carries no snapshot */
  base: string | null;
  /** assignments/ now */
  ours: string;
  /** the workbook */
  theirs: string;
  where: { file: string; sheet: string; cell: string };
}

/** What a field starts as in a new workspace: a workbook without a snapshot may fill in only these. */
const INITIAL: Record<Field, string> = { status: '未完成', progress: '', contact: '' };

/**
 * Three-way merge of one value: the unit's value is taken only where the unit changed it (it differs
 * from what it was given) and assignments/ did not (it still holds what was given). Both changed,
 * differently: a conflict. Without a snapshot nothing tells an edit from an older copy, so the
 * workbook may only fill in a value still at its initial state (未完成, empty).
 */
function merge(field: Field, base: string | null, ours: string, theirs: string): 'keep' | 'take' | 'conflict' {
  const same =
    field === 'contact'
      ? (a: string, b: string) => comparableContact(a) === comparableContact(b)
      : (a: string, b: string) => comparable(a) === comparable(b);
  if (same(theirs, ours)) return 'keep';
  if (base !== null) {
    if (same(theirs, base)) return 'keep';
    return same(ours, base) ? 'take' : 'conflict';
  }
  return same(ours, INITIAL[field]) ? 'take' : 'conflict';
}

/**
 * The changes a unit's rows make to its assignments file, three-way (see `merge`), and the
 * conflicts. Contacts: a blank cell changes nothing, and a contact equal to the unit default is not
 * copied onto the indicator. When every exported row ends up with one and the same new contact,
 * that is the unit's new default (the person responsible changed), not a copy on every indicator.
 */
export function diffAssignments(
  current: AssignmentsFile,
  rows: RowEntry[],
  exported: Set<string>,
): { changes: FieldChange[]; edits: YamlEdit[]; conflicts: FieldConflict[] } {
  const changes: FieldChange[] = [];
  const conflicts: FieldConflict[] = [];
  const sorted = [...rows].sort((a, b) => compareIndicatorIds(a.id, b.id));
  const change = (indicator: string | null, field: Field, from: string | null, to: string | null): void => {
    changes.push({ indicator, field, from, to });
  };
  const fallback = current.contact ?? '';

  const finalContact = new Map<string, string>();
  const takenContact = new Set<string>();
  for (const r of sorted) {
    const item = current.indicators[r.id]!;
    const values: [Field, string, string, string | null][] = [
      ['status', item.status, r.status, r.base?.status ?? null],
      ['progress', item.progress ?? '', r.progress, r.base?.progress ?? null],
    ];
    const ownContact = item.contact ?? fallback;
    // A blank contact cell changes nothing.
    if (r.contact !== '') values.push(['contact', ownContact, r.contact, r.base?.contact ?? null]);
    finalContact.set(r.id, ownContact);
    for (const [field, ours, theirs, base] of values) {
      const verdict = merge(field, base, ours, theirs);
      if (verdict === 'conflict')
        conflicts.push({
          indicator: r.id,
          field,
          base,
          ours,
          theirs,
          where: { file: r.cells.file, sheet: r.cells.sheet, cell: field === 'contact' ? r.cells.contact : r.cells.progress },
        });
      else if (verdict === 'take' && field === 'contact') {
        finalContact.set(r.id, theirs);
        takenContact.add(r.id);
      } else if (verdict === 'take') change(r.id, field, ours, theirs);
    }
  }

  const finals = new Set([...finalContact.values()].map(comparableContact));
  // As typed in the workbook (the first taken cell), not as assignments/ spelled it.
  const only = finalContact.get([...takenContact][0] ?? '');
  const everyRow = [...exported].every((id) => finalContact.has(id));
  if (takenContact.size > 0 && finals.size === 1 && only && comparableContact(only) !== comparableContact(fallback) && everyRow) {
    change(null, 'contact', fallback, only);
    for (const r of sorted) {
      const own = current.indicators[r.id]!.contact;
      if (own !== undefined) change(r.id, 'contact', own, null);
    }
  } else {
    for (const id of takenContact) {
      const own = current.indicators[id]!.contact;
      const to = comparableContact(finalContact.get(id)!) === comparableContact(fallback) ? null : finalContact.get(id)!;
      if (to !== (own ?? null)) change(id, 'contact', own ?? null, to);
    }
  }

  // Unit default first, then by indicator in catalog order, fields in file order.
  const FIELDS: Field[] = ['status', 'progress', 'contact'];
  changes.sort(
    (a, b) =>
      (a.indicator === null ? -1 : b.indicator === null ? 1 : compareIndicatorIds(a.indicator, b.indicator)) ||
      FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field),
  );
  const edits: YamlEdit[] = changes.map((c) => ({
    path: c.indicator === null ? [c.field] : ['indicators', c.indicator, c.field],
    value: c.to,
  }));
  return { changes, edits, conflicts };
}

/** The file's values after the changes, to check the edited text against. */
export function applyChanges(current: AssignmentsFile, changes: FieldChange[]): AssignmentsFile {
  const next: AssignmentsFile = structuredClone(current);
  for (const c of changes) {
    if (c.indicator === null) {
      next.contact = c.to ?? '';
      continue;
    }
    const item = next.indicators[c.indicator]! as Record<string, string | undefined>;
    if (c.to === null) delete item[c.field];
    else item[c.field] = c.to;
  }
  return next;
}
