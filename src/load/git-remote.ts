import { spawnSync } from 'node:child_process';

function git(root: string, args: string[]): string | null {
  const r = spawnSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** The URL of the `origin` remote (else the first remote), or null. */
export function remoteUrl(root: string): string | null {
  const origin = git(root, ['remote', 'get-url', 'origin']);
  if (origin) return origin;
  const first = git(root, ['remote'])?.split('\n')[0];
  return first ? git(root, ['remote', 'get-url', first]) : null;
}

/** The branch checked out (on a new repository, the one its first commit will be on), or null outside git. */
export function currentBranch(root: string): string | null {
  return git(root, ['symbolic-ref', '--quiet', '--short', 'HEAD']);
}
