import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO, tempDir } from './cli.js';

export interface BuiltKit {
  file: string;
  version: string;
  bytes: number;
  sha256: string;
}

let built: BuiltKit | undefined;

/** The offline kit as `npm run pack-kit` builds it (from dist/: the suite builds first), once per test file. */
export function buildKit(): BuiltKit {
  built ??= JSON.parse(
    execFileSync(process.execPath, [path.join(REPO, 'scripts', 'pack-kit.mjs'), tempDir('ledger-kit-out-')], { encoding: 'utf8' }),
  ) as BuiltKit;
  return built;
}

/** Why commands cannot run without a network here, or null when they can (`unshare -rn`: a user and network namespace). */
export function noNetworkUnavailable(): string | null {
  const r = spawnSync('unshare', ['-rn', 'true'], { encoding: 'utf8' });
  if (r.error) return `unshare not found (${r.error.message})`;
  return r.status === 0 ? null : `unshare -rn refused: ${r.stderr.trim()}`;
}

/** Run a shell script in a network namespace with no interface but loopback (down): nothing leaves the machine. */
export function runOffline(script: string, cwd: string, env: Record<string, string> = {}) {
  return spawnSync('unshare', ['-rn', 'sh', '-ec', script], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LEDGER_TODAY: '2026-11-28', LEDGER_LANG: '', ...env },
  });
}
