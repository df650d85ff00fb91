import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { renderDiagnostic } from '../i18n/diagnostic-text.js';
import { t } from '../i18n/messages.js';
import type { FormatContext } from './format-options.js';
import { groupTitle } from './group-title.js';

function location(d: Diagnostic): string {
  if (!d.file) return '';
  return d.line !== null ? `${d.file}:${d.line}:${d.column ?? 1}` : d.file;
}

/** One finding on one line: mark, location, message, code. */
export function findingLine(d: Diagnostic, ctx: Pick<FormatContext, 'style' | 'lang'>): string {
  const { style, lang } = ctx;
  const sev = t(lang, `severity.${d.severity}`);
  const mark =
    d.severity === 'error' ? style.error(`✖ ${sev}`) : d.severity === 'warning' ? style.warning(`⚠ ${sev}`) : style.dim(`ℹ ${sev}`);
  const loc = location(d);
  return `  ${mark} ${loc ? `${style.bold(loc)} ` : ''}${renderDiagnostic(d, lang)} ${style.dim(`[${d.code}]`)}`;
}

/** Human-readable report: findings grouped by indicator, then the summary. */
export function formatText(diagnostics: Diagnostic[], ctx: FormatContext): string {
  const { style, lang, summary } = ctx;
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const key = d.indicator ?? '';
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(d);
  }
  const out: string[] = [];
  for (const [id, list] of groups) {
    const title = groupTitle(id, ctx);
    out.push(style.bold(title));
    for (const d of list) out.push(findingLine(d, ctx));
    out.push('');
  }
  if (diagnostics.length === 0) out.push(style.ok(t(lang, 'summary.clean')));
  const counts = {
    indicators: summary.indicators,
    complete: summary.complete,
    incomplete: summary.incomplete,
    covered: summary.materials.covered,
    required: summary.materials.required,
    errors: summary.errors,
    warnings: summary.warnings,
  };
  const text = t(lang, 'summary.line', counts);
  out.push(summary.errors > 0 ? style.error(text) : summary.warnings > 0 ? style.warning(text) : style.ok(text));
  if (summary.deadline) {
    out.push(t(lang, 'summary.deadline', { date: summary.deadline.nextDue, days: summary.deadline.daysLeft }));
    const st = summary.deadline.stage;
    out.push(st ? t(lang, 'summary.stage', { name: st.name, due: st.due }) : t(lang, 'summary.stage.after'));
  }
  return `${out.join('\n')}\n`;
}
