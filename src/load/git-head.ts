import { execFileSync } from 'node:child_process';

/** The commit a workspace is at: hash, committer date (YYYY-MM-DD), seconds since the epoch, uncommitted changes. */
export interface GitHead {
  hash: string;
  date: string;
  epoch: number;
  dirty: boolean;
}

/** HEAD of the repository holding `root`, or null when it is not one (or git is missing). */
export function gitHead(root: string): GitHead | null {
  const git = (args: string[]): string =>
    execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 << 20 });
  try {
    const [hash, epoch, date] = git(['log', '-1', '--format=%H %ct %cd', '--date=short']).trim().split(' ');
    if (!hash || !epoch || !date) return null;
    const dirty = git(['status', '--porcelain', '--untracked-files=normal', '--', 'evidence']).trim() !== '';
    return { hash, date, epoch: Number(epoch), dirty };
  } catch {
    return null;
  }
}
