import fs from 'node:fs';
import path from 'node:path';

/**
 * Visit every entry under `dir` in sorted order, by `lstat`: symbolic links are reported, never
 * followed. Folders are visited, then entered. `skip` leaves out an entry (and what is below it).
 * With `maxEntries`, a folder holding more entries has only its first `maxEntries` (by name)
 * visited, and `onTooMany` is told. Returns false when `dir` itself cannot be listed.
 */
export function walkTree(
  dir: string,
  visit: (abs: string, rel: string, st: fs.Stats) => void,
  skip?: (name: string) => boolean,
  limit: { maxEntries?: number; onTooMany?: (abs: string, rel: string, count: number) => void } = {},
  rel = '',
): boolean {
  let names: string[];
  try {
    names = fs.readdirSync(dir).sort();
  } catch {
    return false;
  }
  if (limit.maxEntries !== undefined && names.length > limit.maxEntries) {
    limit.onTooMany?.(dir, rel, names.length);
    names = names.slice(0, limit.maxEntries);
  }
  for (const name of names) {
    if (skip?.(name)) continue;
    const abs = path.join(dir, name);
    const childRel = rel ? `${rel}/${name}` : name;
    let st: fs.Stats;
    try {
      st = fs.lstatSync(abs);
    } catch {
      continue; // vanished while listing
    }
    visit(abs, childRel, st);
    if (st.isDirectory()) walkTree(abs, visit, skip, limit, childRel);
  }
  return true;
}
