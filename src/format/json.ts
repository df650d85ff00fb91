import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { renderDiagnostic } from '../i18n/diagnostic-messages.js';
import type { CheckSummary } from '../model/check-summary.js';
import type { FormatContext } from './format-options.js';
import type { Lang } from '../i18n/lang.js';

/** A finding as `ledger check --format json` prints it: the diagnostic without its raw args, with its message. */
export type JsonDiagnostic = Omit<Diagnostic, 'args'> & { message: string };

/** The JSON shape documented in the README (`ledger check --format json`): scripts depend on it. */
export interface JsonReport {
  summary: CheckSummary;
  diagnostics: JsonDiagnostic[];
  /** with --changed: the indicators the change touches and the materials it newly covers */
  changes?: FormatContext['changes'];
}

/** A finding as every JSON output prints it. */
export function jsonDiagnostic(d: Diagnostic, lang: Lang): JsonDiagnostic {
  return {
    code: d.code,
    severity: d.severity,
    message: renderDiagnostic(d, lang),
    file: d.file,
    line: d.line,
    column: d.column,
    indicator: d.indicator,
    material: d.material,
    unit: d.unit,
  };
}

export function formatJson(diagnostics: Diagnostic[], ctx: FormatContext): string {
  const out: JsonReport = { summary: ctx.summary, diagnostics: diagnostics.map((d) => jsonDiagnostic(d, ctx.lang)) };
  if (ctx.changes) out.changes = ctx.changes;
  return `${JSON.stringify(out, null, 2)}\n`;
}
