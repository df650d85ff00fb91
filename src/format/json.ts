import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { renderDiagnostic } from '../i18n/diagnostic-text.js';
import type { FormatContext } from './format-options.js';

/** The JSON shape documented in the README (`ledger check --format json`): scripts depend on it. */
export function formatJson(diagnostics: Diagnostic[], ctx: FormatContext): string {
  const out = {
    summary: ctx.summary,
    diagnostics: diagnostics.map((d) => ({
      code: d.code,
      severity: d.severity,
      message: renderDiagnostic(d, ctx.lang),
      file: d.file,
      line: d.line,
      column: d.column,
      indicator: d.indicator,
      material: d.material,
      unit: d.unit,
    })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
