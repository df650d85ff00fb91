import { compareIndicatorIds } from '../../model/indicator-id.js';
import type { AssignmentsFile } from '../../model/schemas/assignments.js';
import type { RowEntry } from './collect-rows.js';
import type { YamlEdit } from '../../load/yaml-edit.js';

export type Field = 'status' | 'progress' | 'contact';

/** One field that an import changes. `indicator` null is the unit's default contact; `to` null removes the key. */
export interface FieldChange {
  indicator: string | null;
  field: Field;
  from: string | null;
  to: string | null;
}

const norm = (s: string | undefined | null): string => (s ?? '').replace(/\r\n?/g, '\n').trim();

/**
 * The changes a unit's rows make to its assignments file. Contacts follow two rules: a blank cell
 * changes nothing, and a contact equal to the unit default is not copied onto the indicator. When
 * every indicator of the unit comes back with one and the same new contact, that is the unit's new
 * default (the person responsible changed), not a copy on every indicator.
 */
export function diffAssignments(current: AssignmentsFile, rows: RowEntry[]): { changes: FieldChange[]; edits: YamlEdit[] } {
  const changes: FieldChange[] = [];
  const sorted = [...rows].sort((a, b) => compareIndicatorIds(a.id, b.id));
  const change = (indicator: string | null, field: Field, from: string | null, to: string | null): void => {
    changes.push({ indicator, field, from, to });
  };

  for (const r of sorted) {
    const item = current.indicators[r.id]!;
    if (item.status !== r.status) change(r.id, 'status', item.status, r.status);
    if (norm(item.progress) !== r.progress) change(r.id, 'progress', item.progress ?? '', r.progress);
  }

  const fallback = current.contact ?? '';
  const contacts = new Set(sorted.map((r) => r.contact));
  const [only] = contacts;
  const everyIndicator = Object.keys(current.indicators).every((id) => sorted.some((r) => r.id === id));
  if (contacts.size === 1 && only && only !== fallback && everyIndicator && sorted.length > 0) {
    change(null, 'contact', fallback, only);
    for (const r of sorted) {
      const own = current.indicators[r.id]!.contact;
      if (own !== undefined) change(r.id, 'contact', own, null);
    }
  } else {
    for (const r of sorted) {
      const own = current.indicators[r.id]!.contact;
      if (!r.contact || r.contact === (own ?? fallback)) continue;
      change(r.id, 'contact', own ?? null, r.contact === fallback ? null : r.contact);
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
  return { changes, edits };
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
