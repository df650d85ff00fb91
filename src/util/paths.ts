import path from 'node:path';

/** Workspace-relative, `/`-separated path for display and diagnostics. */
export function relPath(root: string, abs: string): string {
  return path.relative(root, abs).split(path.sep).join('/');
}
