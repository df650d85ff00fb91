import type { Style } from '../format/format-options.js';
import type { Lang } from '../i18n/lang.js';
import type { Io } from './io.js';

/** What every command gets from the entry point. */
export interface CliContext {
  io: Io;
  lang: Lang;
  style: Style;
  /** absolute workspace folder */
  workspace: string;
}

/** Exit codes of the SPEC: 0 done, 1 error-level findings, 2 could not run. */
export const EXIT = { ok: 0, findings: 1, cannotRun: 2 } as const;
