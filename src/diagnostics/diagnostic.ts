import { CODES, type ArgsOf, type ArgValue, type Code, type Severity } from './codes.js';

/** The facts of a finding of any code, as stored (diag() checks them per code when they are made). */
export type DiagnosticArgs = Readonly<Record<string, ArgValue>>;

/**
 * One finding. The core never writes sentences: `args` carries the facts and the formatter
 * renders the message in the user's language (see i18n/diagnostic-messages.ts).
 */
export interface Diagnostic {
  code: Code;
  severity: Severity;
  args: DiagnosticArgs;
  /** workspace-relative, `/`-separated; null for workspace-wide findings */
  file: string | null;
  /** 1-based */
  line: number | null;
  /** 1-based */
  column: number | null;
  indicator: string | null;
  material: number | null;
  unit: string | null;
  /** the path is a folder, not a file (a diff cannot show it, so CI does not annotate it) */
  folder?: boolean;
}

export interface DiagnosticInit {
  file?: string | null;
  line?: number | null;
  column?: number | null;
  indicator?: string | null;
  material?: number | null;
  unit?: string | null;
  severity?: Severity;
  folder?: boolean;
}

/** A finding of `code`: its args are checked against the facts codes.ts declares for that code. */
export function diag<C extends Code>(code: C, args: ArgsOf<C>, at: DiagnosticInit = {}): Diagnostic {
  return {
    code,
    severity: at.severity ?? CODES[code].severity,
    args,
    file: at.file ?? null,
    line: at.line ?? null,
    column: at.column ?? null,
    indicator: at.indicator ?? null,
    material: at.material ?? null,
    unit: at.unit ?? null,
    ...(at.folder ? { folder: true } : {}),
  };
}
