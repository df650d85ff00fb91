import { execFile } from 'node:child_process';

/** git run for a remote source: never prompts (a roll-up of fifty sources must not hang on one password). */
export function runGit(args: string[], opts: { input?: string; timeoutMs?: number } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      ['-c', 'protocol.ext.allow=never', '-c', 'protocol.fd.allow=never', '-c', 'core.quotepath=off', ...args],
      {
        encoding: 'utf8',
        maxBuffer: 256 << 20,
        timeout: opts.timeoutMs ?? 120_000,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: '', SSH_ASKPASS: '' },
      },
      (e, stdout, stderr) => {
        if (e) reject(Object.assign(e, { stderr }));
        else resolve(stdout);
      },
    );
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(opts.input ?? '');
  });
}
