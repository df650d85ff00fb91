import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { git } from './history.js';

/** Whether `git daemon` can run here (Debian ships it in the git package; some images leave it out). */
export function gitDaemonAvailable(): boolean {
  return spawnSync('git', ['daemon', '--help'], { stdio: 'ignore' }).status !== 128 && hasDaemonBinary();
}

function hasDaemonBinary(): boolean {
  const exec = spawnSync('git', ['--exec-path'], { encoding: 'utf8' }).stdout?.trim();
  return !!exec && spawnSync('test', ['-x', `${exec}/git-daemon`]).status === 0;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const ok = await new Promise<boolean>((resolve) => {
      const c = net.connect(port, '127.0.0.1', () => {
        c.end();
        resolve(true);
      });
      c.on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`git daemon did not listen on ${port}`);
}

export interface GitDaemon {
  /** git://127.0.0.1:<port>/ */
  base: string;
  stop(): void;
}

/** `git daemon` on loopback serving every repository under `basePath` (read-only). */
export async function startGitDaemon(basePath: string): Promise<GitDaemon> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    'git',
    [
      'daemon',
      '--export-all',
      `--base-path=${basePath}`,
      '--listen=127.0.0.1',
      `--port=${port}`,
      '--reuseaddr',
      '--informative-errors',
      basePath,
    ],
    { stdio: 'ignore' },
  );
  await waitForPort(port);
  return { base: `git://127.0.0.1:${port}/`, stop: () => child.kill() };
}

/** A bare copy of a repository, served with filters allowed (what GitHub, GitLab and Gitea do). */
export function publishBare(repo: string, bare: string): void {
  git(repo, ['clone', '--quiet', '--bare', repo, bare]);
  git(bare, ['config', 'uploadpack.allowFilter', 'true']);
}
