import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './atomic-write.js';
import { ownFolder } from './own-folder.js';

/**
 * One cache file, `<workspace>/.ledger-cache/<name>.json`: the one mechanism behind the inspection,
 * run and history caches. Read as JSON (anything unreadable is no cache: only a slower run) and
 * written through the writer; a read-only workspace simply has none. A cache is never trusted from
 * the repository: a cache file that git tracks came with a clone or a pull, so anyone could have
 * written its verdicts; it is neither read nor written. Whether git tracks it is told from the
 * index file's bytes (the path appears in it; a split or v4 index may hide it: then it is read).
 */
export interface DiskCache {
  /** the stored value, or undefined when there is none that may be used */
  read(): unknown;
  write(value: unknown): void;
}

const NO_CACHE: DiskCache = { read: () => undefined, write: () => undefined };

export function createDiskCache(root: string, name: string): DiskCache {
  const dir = ownFolder(root, '.ledger-cache');
  // A link or a file where the folder should be: never read or written through it.
  if (!dir) return NO_CACHE;
  const file = path.join(dir, `${name}.json`);
  if (trackedByGit(root, `.ledger-cache/${name}.json`)) return NO_CACHE;
  return {
    read() {
      try {
        return JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
      } catch {
        return undefined;
      }
    },
    write(value) {
      try {
        writeFileAtomic(file, JSON.stringify(value));
      } catch {
        // Read-only workspace: no cache, same results.
      }
    },
  };
}

/** The git index of the repository holding `root`, found upward (`.git` folder, or a `.git` file naming it). */
function gitIndex(root: string): string | null {
  for (let dir = path.resolve(root); ; dir = path.dirname(dir)) {
    const dotGit = path.join(dir, '.git');
    const st = fs.statSync(dotGit, { throwIfNoEntry: false });
    if (st?.isDirectory()) return path.join(dotGit, 'index');
    if (st?.isFile()) {
      const m = /^gitdir:\s*(.+)$/m.exec(fs.readFileSync(dotGit, 'utf8'));
      return m ? path.join(path.resolve(dir, m[1]!.trim()), 'index') : null;
    }
    if (path.dirname(dir) === dir) return null;
  }
}

/** Whether `rel` (below `root`) is listed in git's index: its path bytes appear there. */
function trackedByGit(root: string, rel: string): boolean {
  try {
    const index = gitIndex(root);
    return index !== null && fs.readFileSync(index).includes(Buffer.from(rel));
  } catch {
    return false;
  }
}
