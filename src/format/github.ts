import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { renderDiagnostic } from '../i18n/diagnostic-messages.js';
import { t } from '../i18n/messages.js';
import { visibleDeep } from '../util/escape-invisible.js';
import type { FormatContext } from './format-options.js';

// Workflow-command escaping: data escapes %, CR, LF; properties also : and ,.
const escData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escProp = (s: string): string => escData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub shows at most 10 annotations of each level per step; the rest would vanish without a word. */
export const ANNOTATIONS_PER_LEVEL = 10;

/**
 * GitHub Actions annotations, one per finding about a file (a pull request's diff
 * cannot show a folder; the job summary in Markdown carries the rest; `check --changed` names the
 * deleted file of a material it made missing). Past 10 per level a notice says how many more the
 * summary lists.
 */
export function formatGithub(findings: Diagnostic[], ctx: FormatContext): string {
  // Control characters shown, not sent: the runner's log renders ESC sequences.
  const lines: string[] = [];
  const count = { error: 0, warning: 0 };
  for (const d of visibleDeep(findings)) {
    if (d.severity === 'info' || d.file === null || d.folder) continue;
    const level = d.severity === 'error' ? 'error' : 'warning';
    if (++count[level] > ANNOTATIONS_PER_LEVEL) continue;
    const props: string[] = [`file=${escProp(d.file)}`];
    if (d.line !== null) props.push(`line=${d.line}`);
    if (d.column !== null) props.push(`col=${d.column}`);
    const where = d.indicator ? ` ${t(ctx.lang, 'heading.indicator', { id: d.indicator })}` : '';
    props.push(`title=${escProp(`ledger ${d.code}${where}`)}`);
    lines.push(`::${level} ${props.join(',')}::${escData(renderDiagnostic(d, ctx.lang))}`);
  }
  for (const level of ['error', 'warning'] as const) {
    const more = count[level] - ANNOTATIONS_PER_LEVEL;
    if (more > 0) lines.push(`::notice title=ledger::${escData(t(ctx.lang, `github.more.${level}`, { count: more }))}`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
