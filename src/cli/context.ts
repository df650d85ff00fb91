import type { Style } from '../format/format-options.js';
import type { Lang } from '../i18n/lang.js';
import type { Columns } from '../util/display-width.js';
import type { Io } from './io.js';

/** What every command gets from the entry point. */
export interface CliContext {
  io: Io;
  lang: Lang;
  style: Style;
  /** terminal tables measured as the locale draws ambiguous characters (cli/ambiguous-width.ts) */
  columns: Columns;
  /** absolute workspace folder: --workspace, else the nearest folder upward holding ledger.yaml, else the current one */
  workspace: string;
  /** the folder the user started in, or --workspace when given (where `init` writes by default) */
  startDir: string;
  /** --verbose: every finding in full, technical detail on failure */
  verbose: boolean;
}

/** Runs a command body with its context and turns what it throws into an exit code. */
export type Runner = (run: (ctx: CliContext) => Promise<number>) => Promise<void>;

/** Exit codes: 0 done, 1 error-level findings, 2 could not run, 130 interrupted by Ctrl-C (after a set of writes was finished). */
export const EXIT = { ok: 0, findings: 1, cannotRun: 2, interrupted: 130 } as const;
