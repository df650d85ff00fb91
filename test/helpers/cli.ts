import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';
import type { JsonReport } from '../../src/format/json.js';
import { tempDir } from './temp-dirs.js';

export type { JsonReport };
export { tempDir };

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = path.join(REPO, 'bin', 'ledger.js');
/** Pinned "today" for every run unless a test passes its own LEDGER_TODAY. */
export const TODAY = '2026-11-28';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** pretend stdout/stderr are terminals (colours, progress bar) */
  tty?: boolean;
}

function baseEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NO_COLOR: '1',
    LEDGER_TODAY: TODAY,
    LEDGER_LANG: '',
    FORCE_COLOR: '',
    LEDGER_AMBIGUOUS_WIDTH: '1',
    ...extra,
  };
  // Unset rather than empty: Node 24 warns on stderr when FORCE_COLOR is present at all beside NO_COLOR.
  if (env.FORCE_COLOR === '') delete env.FORCE_COLOR;
  return env;
}

/** Run `ledger <args>` in this process through `main(argv, io)`: what the binary does, minus start-up. */
export async function ledger(args: string[], opts: RunOptions = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    out: (s) => {
      stdout += s;
    },
    err: (s) => {
      stderr += s;
    },
    stdoutIsTTY: opts.tty ?? false,
    stderrIsTTY: opts.tty ?? false,
    env: baseEnv(opts.env),
    cwd: opts.cwd ?? REPO,
  };
  const code = await main(['node', 'ledger', ...args], io);
  return { code, stdout, stderr };
}

/** Run the built binary in a child process, without blocking (spawned runs of a file can overlap): only for what needs a real process (exit codes, pipes). */
export function ledgerBinaryAsync(args: string[], opts: RunOptions & { input?: string } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? REPO, env: baseEnv(opts.env) });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code: code ?? -1, stdout, stderr: signal ? `${stderr}[killed by ${signal}]` : stderr }));
    child.stdin.end(opts.input ?? '');
  });
}

/** `ledger check --format json` parsed; fails loudly when the output is not JSON. */
export async function checkJson(
  ws: string,
  extra: string[] = [],
  env: Record<string, string> = {},
): Promise<{ code: number; report: JsonReport; stderr: string }> {
  const r = await ledger(['check', '--workspace', ws, '--format', 'json', ...extra], { env });
  try {
    return { code: r.code, report: JSON.parse(r.stdout) as JsonReport, stderr: r.stderr };
  } catch {
    throw new Error(`not JSON (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
  }
}

/**
 * A fresh workspace as `ledger init` makes it: a copy of the one scaffold built once per run by
 * test/global-setup.ts, at `<tmp>/ws`.
 */
export function makeWorkspace(): string {
  const dir = path.join(tempDir('ledger-ws-'), 'ws');
  fs.cpSync(inject('scaffold'), dir, { recursive: true });
  return dir;
}

/**
 * A workspace in the layout of the release before issue 18: the catalog copied into indicators/
 * with each indicator's `responsible` units (test/fixtures/legacy-indicators is that copy, as it
 * was in git), and no responsibilities.yaml.
 */
export function makeLegacyWorkspace(): string {
  const dir = makeWorkspace();
  fs.cpSync(path.join(REPO, 'test', 'fixtures', 'legacy-indicators'), path.join(dir, 'indicators'), { recursive: true });
  fs.rmSync(path.join(dir, 'responsibilities.yaml'));
  return dir;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** a workspace made by `ledger init` once per run; copy it, never change it */
    scaffold: string;
  }
}
