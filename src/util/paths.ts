import path from 'node:path';

/** Workspace-relative, `/`-separated path for display and diagnostics. */
export function relPath(root: string, abs: string): string {
  return path.relative(root, abs).split(path.sep).join('/');
}

/** A path as the user would recognise it: relative below `cwd`, absolute elsewhere. */
export function shownPath(cwd: string, abs: string): string {
  const rel = relPath(cwd, abs);
  return rel.startsWith('..') ? abs : rel;
}
