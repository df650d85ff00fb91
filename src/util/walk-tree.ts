import fs from 'node:fs';
import path from 'node:path';

/**
 * Visit every entry under `dir` in sorted order, by `lstat`: symbolic links are reported, never
 * followed. Folders are visited, then entered. `skip` leaves out an entry (and what is below it).
 * Returns false when `dir` itself cannot be listed.
 */
export function walkTree(
  dir: string,
  visit: (abs: string, rel: string, st: fs.Stats) => void,
  skip?: (name: string) => boolean,
  rel = '',
): boolean {
  let names: string[];
  try {
    names = fs.readdirSync(dir).sort();
  } catch {
    return false;
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
    if (st.isDirectory()) walkTree(abs, visit, skip, childRel);
  }
  return true;
}
