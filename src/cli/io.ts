import { PLAIN, type Style } from '../format/format-options.js';
import { parseLang, type Lang } from '../i18n/lang.js';

/** Where the CLI writes; tests can swap these. */
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  stderrIsTTY: boolean;
  stdoutIsTTY: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/**
 * The real terminal. When the reader of stdout goes away (`ledger check | head -1`), the rest of
 * the output has nowhere to go: stop writing and end quietly instead of dying on EPIPE.
 */
export function processIo(): Io {
  let closed = false;
  const onError = (e: NodeJS.ErrnoException): void => {
    if (e.code !== 'EPIPE') throw e;
    closed = true;
    process.exit(process.exitCode ?? 0);
  };
  process.stdout.on('error', onError);
  process.stderr.on('error', onError);
  return {
    out: (s) => {
      if (!closed) process.stdout.write(s);
    },
    err: (s) => {
      if (!closed) process.stderr.write(s);
    },
    stderrIsTTY: Boolean(process.stderr.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    cwd: process.cwd(),
  };
}

/**
 * chalk styling, off when NO_COLOR is set or stdout is not a terminal (unless FORCE_COLOR).
 * chalk is only loaded when colour is on, which keeps CI and scripted runs quick to start.
 */
export async function styleFor(io: Io): Promise<Style> {
  const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
  const force = io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0';
  if (noColor || !(force || io.stdoutIsTTY)) return PLAIN;
  const { Chalk } = await import('chalk');
  const c = new Chalk({ level: 1 });
  return { error: (s) => c.red(s), warning: (s) => c.yellow(s), ok: (s) => c.green(s), dim: (s) => c.dim(s), bold: (s) => c.bold(s) };
}

/** --lang wins, then LEDGER_LANG, then Chinese. */
export function resolveLang(argv: string[], env: NodeJS.ProcessEnv): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const fromArg = i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return parseLang(fromArg) ?? parseLang(env.LEDGER_LANG) ?? 'zh';
}
