import fs from 'node:fs';
import path from 'node:path';
import { walkTree } from '../util/walk-tree.js';
import { ignoredTopFolders } from './git-ignored-folders.js';

/** Folders the commands write into by default: a link there would be written through. */
export const OUTPUT_FOLDERS = ['.ledger-cache', 'exports', 'schemas', 'bundles'] as const;

/** A file or folder of the workspace outside evidence/ (which loadEvidence reads), by name only. */
export interface WorkspaceName {
  /** workspace-relative, `/`-separated; a name that is not UTF-8 shown decoded as GB18030 */
  rel: string;
  name: string;
  folder: boolean;
  nameNotUtf8: boolean;
  /** a symbolic link's target, never followed */
  link: string | null;
}

/**
 * Every name in the workspace outside evidence/ (a 涉密 marking must be found wherever it is
 * filed), read as bytes and by lstat: links are listed, never followed. The folders the commands
 * write into are listed themselves when they are links, never entered.
 */
export function loadWorkspaceNames(root: string): WorkspaceName[] {
  const out: WorkspaceName[] = [];
  const ignored = ignoredTopFolders(root);
  walkTree(
    root,
    (abs, rel, st, entry) => {
      let link: string | null = null;
      if (st.isSymbolicLink()) link = readLinkQuietly(entry.raw);
      out.push({ rel, name: path.basename(abs), folder: st.isDirectory(), nameNotUtf8: entry.nameNotUtf8, link });
    },
    (name, rel) => rel === 'evidence' || (rel === name && (name === '.git' || ignored.has(name))),
  );
  // An ignored .ledger-cache is not walked (it is ours), but a link in its place is still reported.
  for (const name of OUTPUT_FOLDERS.filter((n) => ignored.has(n))) {
    const link = linkAt(path.join(root, name));
    if (link !== null) out.push({ rel: name, name, folder: false, nameNotUtf8: false, link });
  }
  return out;
}

function linkAt(abs: string): string | null {
  try {
    return fs.lstatSync(abs).isSymbolicLink() ? readLinkQuietly(abs) : null;
  } catch {
    return null;
  }
}

function readLinkQuietly(p: string | Buffer): string {
  try {
    return fs.readlinkSync(p, 'utf8');
  } catch {
    return '';
  }
}
