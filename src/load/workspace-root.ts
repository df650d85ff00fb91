import fs from 'node:fs';
import path from 'node:path';

/**
 * Whether `dir` is a workspace (holds ledger.yaml). Node built-ins only: the cached `check` asks
 * this on its fast path, which loads no YAML or zod.
 */
export function isWorkspace(dir: string): boolean {
  return fs.existsSync(path.join(dir, 'ledger.yaml'));
}

/** The text of a file, or null when there is none (a plan compares what it read with the disk when it writes). */
export function readTextIfPresent(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/** The names in the workspace's evidence/ folder, sorted; none when it does not exist yet. */
export function evidenceFolderNames(root: string): string[] {
  try {
    return fs.readdirSync(path.join(root, 'evidence')).sort();
  } catch {
    return [];
  }
}
