import path from 'node:path';
import { CannotRunError } from '../diagnostics/cannot-run-error.js';
import { ownFolder } from '../util/own-folder.js';

/**
 * Where a command writes: `-o` as the user typed it (their explicit choice, links allowed), else
 * the workspace's own folder (`exports`, `schemas`, `bundles`), refused when a link or a file
 * stands in its place — it may come from a pull request and point anywhere.
 */
export function outputDir(cwd: string, out: string | undefined, root: string, name: string): string {
  if (out) return path.resolve(cwd, out);
  const dir = ownFolder(root, name);
  if (!dir) throw new CannotRunError('error.output-not-folder', { dir: path.join(root, name) });
  return dir;
}
