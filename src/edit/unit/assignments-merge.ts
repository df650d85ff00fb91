import { isMap, isScalar, type Document, type YAMLMap } from 'yaml';
import type { UnitAssignments } from '../../model/workspace.js';
import { compareIndicatorIds } from '../../model/indicator-id.js';
import type { UnitNote } from './unit-plan.js';
import { editDocument, mapAt } from './yaml-document.js';

export interface AssignmentsMerge {
  refusals: UnitNote[];
  /** the surviving unit's file text after the merge */
  text: string | null;
  moved: string[];
}

/**
 * Move the merged unit's ledger entries (status, progress, contact) into the surviving unit's
 * file. The same indicator in both is refused when the statuses differ; with the same status the
 * progress texts are joined, the merged unit's marked with its name. A contact differing from the
 * surviving unit's default is kept on the entry.
 */
export function mergeAssignments(
  from: UnitAssignments,
  fromName: string,
  to: UnitAssignments | undefined,
  toText: string,
  toName: string,
): AssignmentsMerge {
  const refusals: UnitNote[] = [];
  const mine = to?.value.indicators ?? {};
  for (const [id, e] of Object.entries(from.value.indicators)) {
    const other = mine[id];
    if (other && other.status !== e.status) {
      refusals.push({
        key: 'unit.refuse.status-conflict',
        args: { id, from: fromName, fromStatus: e.status, to: toName, toStatus: other.status },
      });
    }
  }
  if (refusals.length) return { refusals, text: null, moved: [] };
  const defaultContact = to?.value.contact ?? '';
  const moved: string[] = [];
  const text = editDocument(toText, (doc) => {
    let indicators = mapAt(doc, ['indicators']);
    if (!indicators) {
      doc.set('indicators', doc.createNode({}));
      indicators = mapAt(doc, ['indicators'])!;
      indicators.flow = false;
    }
    for (const [id, e] of Object.entries(from.value.indicators)) {
      moved.push(id);
      const contact = e.contact ?? from.value.contact;
      const existing = indicators.get(id, true);
      if (isMap(existing)) {
        joinProgress(doc, existing, e.progress, fromName);
        if (contact && contact !== defaultContact && !existing.has('contact')) existing.set('contact', contact);
        continue;
      }
      const entry: Record<string, string> = { status: e.status, progress: e.progress };
      if (contact && contact !== defaultContact) entry.contact = contact;
      insertInOrder(doc, indicators, id, entry);
    }
  });
  return { refusals, text, moved };
}

function joinProgress(doc: Document, entry: YAMLMap, progress: string, fromName: string): void {
  if (!progress.trim()) return;
  const node = entry.get('progress', true);
  const mine = isScalar(node) ? String(node.value ?? '') : '';
  if (mine.includes(progress)) return;
  entry.set('progress', doc.createNode(mine.trim() ? `${mine}\n（原${fromName}）${progress}` : progress));
}

/** Add `id: entry` to the indicators map at its catalog position (ids in catalog order). */
function insertInOrder(doc: Document, map: YAMLMap, id: string, entry: Record<string, string>): void {
  const pair = doc.createPair(id, entry);
  const at = map.items.findIndex((p) => isScalar(p.key) && compareIndicatorIds(String(p.key.value), id) > 0);
  if (at < 0) map.items.push(pair);
  else map.items.splice(at, 0, pair);
}
