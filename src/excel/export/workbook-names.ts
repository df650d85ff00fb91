import { unitName, type UnitIndex } from '../../model/units.js';
import { clip } from '../../util/truncate.js';
import { isWhiteSpace } from '../sheet/cell-value.js';

/** How many characters of a unit's name a file name keeps. */
const MAX_NAME = 40;

/**
 * A unit's name as part of a file name: no control or invisible characters (a right-to-left mark
 * can disguise `.exe`), nothing Windows refuses (`\ / : * ? " < > |`, a trailing dot or space),
 * nothing at its start a spreadsheet would take for a formula (`= + - @`) when the name is pasted
 * into a list, one space between words, at most 40 characters. Empty when nothing is left.
 */
export function safeUnitName(name: string): string {
  const s = name
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .replace(/[\\/:*?"<>|]/g, '_')
    .replace(/[\s\u3000]+/gu, ' ')
    .replace(/^[\s=+\-@]+/u, '');
  const clipped = clip(s, MAX_NAME).replace(/…$/u, '');
  let end = clipped.length;
  while (end > 0 && (clipped[end - 1] === '.' || isWhiteSpace(clipped.charCodeAt(end - 1)))) end--;
  return clipped.slice(0, end);
}

/**
 * The unit part of each unit's file names: its safe name, or `<name>-<id>` where two units would
 * get the same name (file names on Windows ignore case), or the id alone when the name leaves
 * nothing. Unit ids are unique and safe (lower-case letters, digits, hyphens), so no two units'
 * exports ever overwrite each other.
 */
export function fileNames(units: UnitIndex): (unitId: string) => string {
  const ids = units.units.map((u) => u.id);
  const key = (s: string): string => s.normalize('NFKC').toLowerCase();
  const safe = new Map(ids.map((id) => [id, safeUnitName(unitName(units, id))]));
  const count = (s: string): number => [...safe.values()].filter((v) => key(v) === key(s)).length;
  const chosen = new Map<string, string>();
  for (const id of ids) {
    const name = safe.get(id)!;
    chosen.set(id, !name ? id : count(name) > 1 ? `${name}-${id}` : name);
  }
  const taken = (s: string): number => [...chosen.values()].filter((v) => key(v) === key(s)).length;
  return (unitId) => {
    const name = chosen.get(unitId);
    if (name === undefined) return unitId;
    return taken(name) > 1 ? unitId : name;
  };
}
