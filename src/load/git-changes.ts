import { execFileSync } from 'node:child_process';
import { indicatorIdFromFolder } from '../model/indicator-id.js';
import { CannotRunError } from '../diagnostics/cannot-run-error.js';

function git(root: string, args: string[]): string[] {
  try {
    const out = execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
    return out.split('\0').filter(Boolean);
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    throw new CannotRunError('error.git', { detail: (err.stderr || err.message).trim().split('\n')[0] ?? '' });
  }
}

/**
 * Indicators whose evidence folder has changes since `ref` (committed, staged, unstaged or
 * untracked), for pull-request checks.
 */
export function changedIndicators(root: string, ref: string): Set<string> {
  const paths = [
    ...git(root, ['diff', '--relative', '--name-only', '-z', ref, '--', 'evidence']),
    ...git(root, ['ls-files', '--others', '--exclude-standard', '-z', '--', 'evidence']),
  ];
  const ids = new Set<string>();
  for (const p of paths) {
    const folder = p.split('/')[1];
    const id = folder ? indicatorIdFromFolder(folder) : null;
    if (id) ids.add(id);
  }
  return ids;
}
