import { brokenOf } from '../model/check-summary.js';
import { joinList } from '../i18n/lang.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { renderDiagnostic, renderFix } from '../i18n/diagnostic-messages.js';
import { t } from '../i18n/messages.js';
import { circled } from '../model/material-numbers.js';
import type { FormatContext } from './format-options.js';
import { groupTitle } from './group-title.js';
import { missingGroups } from './missing-groups.js';
import { summaryLine } from './text.js';
import { visibleText } from '../util/escape-invisible.js';

/** Rows per table: a job summary or a comment stays readable; the full log has the rest. */
const MAX_ROWS = 50;

/**
 * Text from a pull request (file names, YAML, PDF titles) inside a Markdown table cell: nothing in
 * it may open a link, an HTML tag, a code span or a new cell; control characters are shown as escapes.
 */
export function mdText(s: string): string {
  return (
    visibleText(s)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/([\\`*_{}[\]()#+!|~:@])/g, '\\$1')
      // GFM links bare addresses too (`http://…`, `www.…`, `a@b.cn`): an escaped `:`, `@` or `.` breaks them.
      .replace(/(www)\./gi, '$1\\.')
  );
}

const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;
const header = (columns: string): string[] => {
  const cells = columns.split('|');
  return [row(cells), row(cells.map(() => '---'))];
};

function capped<T>(items: T[], ctx: FormatContext, render: (item: T) => string): string[] {
  const out = items.slice(0, MAX_ROWS).map(render);
  if (items.length > MAX_ROWS) out.push('', t(ctx.lang, 'md.more', { count: items.length - MAX_ROWS }));
  return out;
}

/**
 * Markdown for `$GITHUB_STEP_SUMMARY` and a pull-request comment: the verdict, what the change
 * newly covers (per indicator and unit), what it breaks (with what to do), what is still missing
 * for the indicators it touches, then the overall progress per unit.
 */
export function formatMarkdown(diagnostics: Diagnostic[], ctx: FormatContext): string {
  const { lang, summary: s } = ctx;
  const out: string[] = [];
  out.push(`## ${ctx.changedSince ? t(lang, 'md.title.changed', { ref: mdText(ctx.changedSince) }) : t(lang, 'md.title')}`, '');
  const verdict =
    s.errors > 0
      ? t(lang, 'md.verdict.errors', { errors: s.errors, warnings: s.warnings })
      : s.warnings > 0
        ? t(lang, 'md.verdict.warnings', { warnings: s.warnings })
        : t(lang, ctx.changedSince ? 'md.verdict.ok' : 'md.verdict.ok.full');
  out.push(`**${verdict}**`, '');
  if (ctx.changes?.governing) out.push(`> ${t(lang, 'md.governing')}`, '');

  if (ctx.changes) {
    const covered = ctx.changes.newlyCovered;
    out.push(`### ${t(lang, 'md.covered.heading', { count: covered.length })}`, '');
    if (covered.length === 0) out.push(t(lang, 'md.covered.none'), '');
    else {
      out.push(...header(t(lang, 'md.covered.columns')));
      out.push(
        ...capped(covered, ctx, (c) =>
          row([
            mdText(groupTitle(c.indicator, ctx)),
            `${circled(c.material)} ${mdText(c.text)}`,
            c.files.map((f) => mdText(f)).join('<br>'),
            mdText(c.units.map((u) => s.units[u]?.name ?? u).join('、')),
          ]),
        ),
        '',
      );
    }
  }

  // With --changed, a material the change itself left missing is one of its problems, with the file it names.
  const own = (d: Diagnostic): boolean => d.code === 'material-missing' && ctx.changes !== undefined && d.severity === 'error';
  const problems = diagnostics.filter((d) => (d.code !== 'material-missing' || own(d)) && d.severity !== 'info');
  if (problems.length) {
    out.push(`### ${t(lang, 'md.problems.heading', { count: problems.length })}`, '');
    out.push(...header(t(lang, 'md.problems.columns')));
    out.push(
      ...capped(problems, ctx, (d) => {
        const where = d.file ? `${mdText(d.file)}${d.line !== null ? `:${d.line}` : ''}` : '';
        const mark = d.severity === 'error' ? '❌' : '⚠️';
        return row([mark, where, `${mdText(renderDiagnostic(d, lang))} \`${d.code}\``, mdText(renderFix(d, lang))]);
      }),
      '',
    );
  }

  const missing = missingGroups(diagnostics.filter((d) => d.code === 'material-missing' && !own(d)));
  if (missing.length) {
    const scope = t(lang, ctx.changes ? 'md.missing.scope.changed' : 'md.missing.scope.all');
    out.push(`### ${t(lang, 'md.missing.heading', { scope, count: missing.length })}`, '');
    out.push(
      ...capped(
        missing,
        ctx,
        (g) =>
          `- ${mdText(t(lang, 'missing.line', { title: groupTitle(g.indicator, ctx), marks: g.marks, units: joinList(g.units, lang) }))}`,
      ),
      '',
    );
  }

  const units = Object.values(s.units).filter((u) => u.indicators > 0);
  out.push(`<details><summary>${t(lang, 'md.overview.heading')}</summary>`, '');
  out.push(mdText(summaryLine(lang, s)), '');
  if (units.length) {
    out.push(...header(t(lang, 'md.overview.columns')));
    for (const u of units)
      out.push(
        row([
          mdText(u.name),
          String(u.indicators),
          String(u.ledgerDone),
          String(u.complete),
          `${u.covered}/${u.required}`,
          String(u.toSubmit),
          String(brokenOf(u)),
        ]),
      );
  }
  out.push('', '</details>', '');
  return `${out.join('\n')}`;
}
