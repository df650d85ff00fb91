import fs from 'node:fs';
import path from 'node:path';
import { CannotRunError } from '../../diagnostics/cannot-run-error.js';
import { evidenceFolderNames, readTextIfPresent } from '../../load/workspace-root.js';
import { folderIdFor, indicatorIdFromFolder } from '../../model/indicator-id.js';
import type { Workspace } from '../../model/workspace.js';

/** The folder under evidence/ holding an indicator's files: the one that exists (it may carry a label), else its bare id. */
export function reviewFolderName(ws: Workspace, owner: string): string {
  return evidenceFolderNames(ws.root).find((n) => indicatorIdFromFolder(n) === owner) ?? folderIdFor(owner);
}

/** Findings that mean an index.yaml cannot be edited safely. */
export const BROKEN_INDEX = new Set(['yaml-syntax', 'yaml-duplicate-key', 'schema-invalid', 'file-unreadable']);

/**
 * Where one folder's verdicts go, checked before anything is written: a regular file inside the
 * workspace, parseable (`broken`: files the check found unusable). Its text as read (null: none yet).
 */
export function reviewIndexFile(ws: Workspace, owner: string, broken: Set<string>): { rel: string; abs: string; before: string | null } {
  const folder = reviewFolderName(ws, owner);
  const rel = `evidence/${folder}/index.yaml`;
  const abs = path.join(ws.root, 'evidence', folder, 'index.yaml');
  if (broken.has(rel)) throw new CannotRunError('review.index-broken', { file: rel });
  const st = fs.lstatSync(abs, { throwIfNoEntry: false });
  const dir = path.dirname(abs);
  const inside = (p: string): boolean => {
    const root = fs.realpathSync(ws.root);
    const real = fs.realpathSync(p);
    return real === root || real.startsWith(root + path.sep);
  };
  if ((st && !st.isFile()) || (fs.existsSync(dir) && !inside(dir))) throw new CannotRunError('review.index-outside', { file: rel });
  return { rel, abs, before: st ? readTextIfPresent(abs) : null };
}
