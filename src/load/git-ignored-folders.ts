import path from 'node:path';
import { MAX_YAML_BYTES, readTextSafely } from '../util/read-safely.js';

/**
 * Folders left unread only when git will not commit them: installed packages and the check's cache,
 * when the workspace's .gitignore says so (`ledger init` writes both lines). Otherwise `git add -A`
 * would commit `node_modules/x/绝密-….pdf` unseen, so their names are read like any other.
 */
const IGNORABLE = ['node_modules', '.ledger-cache'];

/**
 * The top-level folders of `IGNORABLE` the root .gitignore ignores: a line `name`, `name/`, `/name`
 * or `/name/` not undone by a later `!` line. Deliberately plain (no globs): anything less clear is
 * read, never assumed ignored.
 */
export function ignoredTopFolders(root: string): Set<string> {
  const read = readTextSafely(path.join(root, '.gitignore'), MAX_YAML_BYTES);
  const ignored = new Set<string>();
  if (!('text' in read)) return ignored;
  for (const raw of read.text.split(/\r?\n/)) {
    const line = raw.trim();
    const negated = line.startsWith('!');
    const name = (negated ? line.slice(1) : line).replace(/^\//, '').replace(/\/$/, '');
    if (!IGNORABLE.includes(name)) continue;
    if (negated) ignored.delete(name);
    else ignored.add(name);
  }
  return ignored;
}
