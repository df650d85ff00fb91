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

/** The `*.yaml` files of a folder by name, as text, sorted by name; none when the folder does not exist. */
export function yamlFilesIn(dir: string): Map<string, string> {
  if (!fs.existsSync(dir)) return new Map();
  const names = fs
    .readdirSync(dir)
    .filter((f) => /\.ya?ml$/i.test(f))
    .sort();
  return new Map(names.map((n) => [n, fs.readFileSync(path.join(dir, n), 'utf8')]));
}

/** Whether `dir` exists as a folder (not following a link). */
export function isFolder(dir: string): boolean {
  return fs.lstatSync(dir, { throwIfNoEntry: false })?.isDirectory() === true;
}
