import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { currentBranch } from '../../load/git-remote.js';

/** The branch a repository `ledger init` makes starts on, and the CI files' trigger when it makes one. */
export const DEFAULT_BRANCH = 'main';

/** git in `root`, its output captured; `error` set when git is not installed. */
export const runGit = (root: string, args: string[]) =>
  spawnSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** The folder itself or, before init makes it, its nearest existing parent (a repository it will be in). */
function nearestExisting(dir: string): string {
  return fs.existsSync(dir) || path.dirname(dir) === dir ? dir : nearestExisting(path.dirname(dir));
}

export function insideRepository(root: string): boolean {
  const inside = runGit(root, ['rev-parse', '--is-inside-work-tree']);
  return !inside.error && inside.status === 0 && inside.stdout.trim() === 'true';
}

/**
 * The branch the CI files of a workspace made in `root` trigger on: the one the first commit goes
 * to, i.e. the current branch of the repository `root` is in, or `main`, which a repository made
 * by init starts on.
 */
export function initBranch(root: string): string {
  const existing = nearestExisting(root);
  return (insideRepository(existing) && currentBranch(existing)) || DEFAULT_BRANCH;
}
