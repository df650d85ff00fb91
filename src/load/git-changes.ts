import { execFileSync } from 'node:child_process';
import { CannotRunError } from '../diagnostics/cannot-run-error.js';
import { firstLine } from './git-history.js';

function git(root: string, args: string[]): string {
  return execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
}

/**
 * Workspace-relative paths changed since `ref`: committed, staged, unstaged or untracked, deleted
 * ones included. Renames count as a deletion and an addition (`--no-renames`), so moving a file out
 * of its folder is seen at both ends. The ref is resolved first and passed after
 * `--end-of-options`, so a ref that looks like an option is never taken as one.
 */
export function changedPaths(root: string, ref: string): Set<string> {
  let commit: string;
  try {
    git(root, ['rev-parse', '--show-toplevel']);
  } catch (e) {
    throw new CannotRunError('error.git', { detail: firstLine(e) });
  }
  try {
    commit = git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).trim();
  } catch {
    throw new CannotRunError('error.git-ref', { ref });
  }
  try {
    const diff = git(root, ['diff', '--no-renames', '--relative', '--name-only', '-z', '--end-of-options', commit, '--']);
    const untracked = git(root, ['ls-files', '--others', '--exclude-standard', '-z', '--']);
    return new Set([...diff.split('\0'), ...untracked.split('\0')].filter(Boolean));
  } catch (e) {
    throw new CannotRunError('error.git', { detail: firstLine(e) });
  }
}
