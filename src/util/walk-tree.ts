import fs from 'node:fs';
import path from 'node:path';
import { errorCode } from './error-code.js';

/** What the walker knows about an entry beyond its stat. */
export interface WalkEntry {
  /** the path's bytes on disk (differs from `abs` when a name is not UTF-8) */
  raw: Buffer;
  /** this entry's own name is not UTF-8 (its `rel` shows it decoded as GB18030) */
  nameNotUtf8: boolean;
  /** this entry or a folder above it has such a name: `abs` does not name it on disk, only `raw` does */
  pathNotUtf8: boolean;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const GB18030 = new TextDecoder('gb18030');
const SEP = Buffer.from(path.sep);

/** A name read from disk as bytes: its text, and whether the bytes were UTF-8 (else decoded as GB18030, as Windows archives write them). */
export function decodeName(raw: Buffer): { name: string; utf8: boolean } {
  try {
    return { name: UTF8.decode(raw), utf8: true };
  } catch {
    return { name: GB18030.decode(raw), utf8: false };
  }
}

/**
 * Visit every entry under `dir` in sorted order, by `lstat`: symbolic links are reported, never
 * followed, and `dir` itself is not listed when it is a link. Names are read as bytes, so a name
 * that is not UTF-8 (unzipped from a Windows archive) is visited too, never skipped. Folders are
 * visited, then entered. `skip` leaves out an entry (and what is below it), by name and path
 * below `dir`. An entry that vanishes between listing and stat is left out. With `limit.maxEntries`,
 * a folder holding more entries has only its first `maxEntries` (by name) visited, and
 * `limit.onTooMany` is told. A folder below `dir` that cannot be listed (no permission, a disk
 * error) is told to `limit.onUnreadable` with the error's code, so it is reported, not silently
 * empty. Returns false when `dir` itself cannot be listed.
 */
export function walkTree(dir: string, visit: Visit, skip?: (name: string, rel: string) => boolean, limit: WalkLimit = {}): boolean {
  try {
    if (!fs.lstatSync(dir).isDirectory()) return false;
  } catch {
    return false;
  }
  return walkRaw(Buffer.from(dir), dir, '', false, { visit, skip, limit });
}

type Visit = (abs: string, rel: string, st: fs.Stats, entry: WalkEntry) => void;

export interface WalkLimit {
  maxEntries?: number;
  onTooMany?: (abs: string, rel: string, count: number) => void;
  /** a folder below the root that cannot be listed, or an entry that cannot be stat'ed, with the error's code (EACCES, EIO…) */
  onUnreadable?: (abs: string, rel: string, code: string, folder: boolean) => void;
}

function walkRaw(
  dirRaw: Buffer,
  dirAbs: string,
  rel: string,
  badAbove: boolean,
  walk: { visit: Visit; skip?: ((name: string, rel: string) => boolean) | undefined; limit: WalkLimit },
): boolean {
  const { visit, skip, limit } = walk;
  let names: Buffer[];
  try {
    names = fs.readdirSync(dirRaw, { encoding: 'buffer' });
  } catch (e) {
    if (rel) limit.onUnreadable?.(dirAbs, rel, errorCode(e), true);
    return false;
  }
  let decoded = names.map((raw) => ({ raw, ...decodeName(raw) })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (limit.maxEntries !== undefined && decoded.length > limit.maxEntries) {
    limit.onTooMany?.(dirAbs, rel, decoded.length);
    decoded = decoded.slice(0, limit.maxEntries);
  }
  for (const { raw: nameRaw, name, utf8 } of decoded) {
    const childRel = rel ? `${rel}/${name}` : name;
    if (skip?.(name, childRel)) continue;
    const raw = Buffer.concat([dirRaw, SEP, nameRaw]);
    const abs = path.join(dirAbs, name);
    let st: fs.Stats;
    try {
      st = fs.lstatSync(raw);
    } catch (e) {
      // Gone while listing is no finding; anything else (a folder listed but not searchable) is.
      const code = errorCode(e);
      if (code !== 'ENOENT') limit.onUnreadable?.(abs, childRel, code, false);
      continue;
    }
    const entry = { raw, nameNotUtf8: !utf8, pathNotUtf8: badAbove || !utf8 };
    visit(abs, childRel, st, entry);
    if (st.isDirectory()) walkRaw(raw, abs, childRel, entry.pathNotUtf8, walk);
  }
  return true;
}
