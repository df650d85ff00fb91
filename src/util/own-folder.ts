import fs from 'node:fs';
import path from 'node:path';

/**
 * A folder of the workspace that ledger writes into by default (`.ledger-cache`, `exports`,
 * `schemas`, `bundles`), or null when something else stands in its place: a link (it would be
 * written through, wherever it points) or a file. Absent is fine: it is created when written.
 */
export function ownFolder(root: string, name: string): string | null {
  const abs = path.join(root, name);
  try {
    return fs.lstatSync(abs).isDirectory() ? abs : null;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? abs : null;
  }
}
