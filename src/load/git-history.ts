import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';

/** One commit of the workspace's main line that changed its evidence or ledgers. */
export interface GitCommit {
  id: string;
  /** committer time, Unix seconds */
  time: number;
  /** workspace-relative paths it changed under evidence/ and assignments/ */
  paths: string[];
}

/** Why there is no history to read. */
export type NoHistory = 'no-git' | 'not-a-repository' | 'no-commits' | 'git-failed';

export type GitLog =
  | { ok: false; reason: NoHistory; detail: string }
  | {
      ok: true;
      /** newest first, first parents only: the states the main line went through */
      commits: GitCommit[];
      /** a shallow clone: history stops at these commits (their paths are every file they hold, not a change) */
      shallow: Set<string>;
    };

/** One file of a commit's tree. */
export interface TreeFile {
  /** workspace-relative */
  path: string;
  blob: string;
  /** bytes, from the tree listing: a blob over the working tree's cap is never read */
  size: number;
}

/** The folders whose history the overview reads. */
const PATHS = ['evidence', 'assignments'];

function run(root: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', ['-C', root, ...args], { encoding: 'utf8', maxBuffer: 256 << 20 }, (e, stdout, stderr) => {
      if (e) reject(Object.assign(e, { stderr }));
      else resolve(stdout);
    });
  });
}

/** What git said when a command failed: the first line of its stderr, else the error's message. */
export function firstLine(e: unknown): string {
  const err = e as { stderr?: string; message: string };
  return (err.stderr || err.message).trim().split('\n')[0] ?? '';
}

/**
 * The main line's commits that touched evidence/ or assignments/, with the paths each changed,
 * from one `git log`. A commit that touched neither leaves them as they were, so these are
 * enough to know their state at any date. Never throws: no git, no repository and no commit
 * yet are answers.
 */
export async function readGitLog(root: string): Promise<GitLog> {
  let head: string[];
  try {
    head = (await run(root, ['rev-parse', '--is-shallow-repository', '--git-path', 'shallow'])).trim().split('\n');
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
    return { ok: false, reason: missing ? 'no-git' : 'not-a-repository', detail: firstLine(e) };
  }
  try {
    await run(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
  } catch {
    return { ok: false, reason: 'no-commits', detail: '' };
  }
  let out: string;
  try {
    out = await run(root, [
      '-c',
      'core.quotepath=off',
      'log',
      '--first-parent',
      '--no-renames',
      '--relative',
      '--name-only',
      '-z',
      '--format=%x01%H %ct',
      'HEAD',
      '--',
      ...PATHS,
    ]);
  } catch (e) {
    return { ok: false, reason: 'git-failed', detail: firstLine(e) };
  }
  const commits: GitCommit[] = [];
  for (const record of out.split('\x01').slice(1)) {
    const [header = '', ...names] = record.split('\0');
    const [id = '', time = '0'] = header.trim().split(' ');
    commits.push({ id, time: Number(time), paths: names.map((n) => n.replace(/^\n/, '')).filter(Boolean) });
  }
  const shallow = new Set<string>();
  if (head[0] === 'true' && head[1]) {
    const file = head[1].startsWith('/') ? head[1] : `${root}/${head[1]}`;
    for (const id of readLines(file)) shallow.add(id);
  }
  return { ok: true, commits, shallow };
}

function readLines(file: string): string[] {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
  } catch {
    return [];
  }
}

/** The files under evidence/ and assignments/ in a commit's tree (`git ls-tree -l`), with their blob ids and sizes. */
export async function listTree(root: string, commit: string): Promise<TreeFile[]> {
  const out = await run(root, ['ls-tree', '-r', '-l', '-z', commit, '--', ...PATHS]);
  const files: TreeFile[] = [];
  for (const entry of out.split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    // `<mode> <type> <id> <size, right-aligned>`
    const [, type, blob, size] = entry.slice(0, tab).split(/ +/);
    if (type === 'blob' && blob) files.push({ path: entry.slice(tab + 1), blob, size: Number(size) });
  }
  return files;
}

/**
 * The text of blobs, read through one `git cat-file --batch` process. A blob over `maxBytes` is left
 * out (callers ask only for blobs the tree listing shows within it; this holds should one be larger).
 */
export function readBlobs(root: string, ids: string[], maxBytes: number): Promise<Map<string, string>> {
  const blobs = new Map<string, string>();
  if (ids.length === 0) return Promise.resolve(blobs);
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-C', root, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => chunks.push(b));
    child.on('error', reject);
    child.on('close', () => {
      const buf = Buffer.concat(chunks);
      let at = 0;
      while (at < buf.length) {
        const nl = buf.indexOf(0x0a, at);
        if (nl < 0) break;
        const [id = '', type, size] = buf.toString('utf8', at, nl).split(' ');
        at = nl + 1;
        if (type === 'missing' || size === undefined) continue;
        const end = at + Number(size);
        if (type === 'blob' && Number(size) <= maxBytes) blobs.set(id, buf.toString('utf8', at, end));
        at = end + 1;
      }
      resolve(blobs);
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(`${ids.join('\n')}\n`);
  });
}

/**
 * What the history depends on, in one `git rev-parse`: HEAD and whether the clone is shallow.
 * A cached overview is reused only while this is unchanged.
 */
export async function gitStateKey(root: string): Promise<string> {
  try {
    return (await run(root, ['rev-parse', '--is-shallow-repository', 'HEAD'])).trim().replace(/\n/g, ' ');
  } catch (e) {
    return `none: ${firstLine(e)}`;
  }
}
