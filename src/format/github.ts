import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { renderDiagnostic } from '../i18n/diagnostic-messages.js';
import { t } from '../i18n/messages.js';
import { visibleDeep } from '../util/escape-invisible.js';
import type { FormatContext } from './format-options.js';

// Workflow-command escaping: data escapes %, CR, LF; properties also : and ,.
const escData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escProp = (s: string): string => escData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions annotations, one line per finding about a file (the job summary in Markdown carries the rest). */
export function formatGithub(findings: Diagnostic[], ctx: FormatContext): string {
  // Control characters shown, not sent: the runner's log renders ESC sequences.
  const lines = visibleDeep(findings)
    // Only files: a pull request's diff cannot show a folder, and GitHub shows few annotations per step.
    .filter((d) => d.severity !== 'info' && d.file !== null && !d.folder)
    .map((d) => {
      const props: string[] = [];
      if (d.file) props.push(`file=${escProp(d.file)}`);
      if (d.line !== null) props.push(`line=${d.line}`);
      if (d.column !== null) props.push(`col=${d.column}`);
      const where = d.indicator ? ` ${t(ctx.lang, 'heading.indicator', { id: d.indicator })}` : '';
      props.push(`title=${escProp(`ledger ${d.code}${where}`)}`);
      return `::${d.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${escData(renderDiagnostic(d, ctx.lang))}`;
    });
  return lines.length ? `${lines.join('\n')}\n` : '';
}
