import type { StatusReport } from '../../check/status/report.js';
import type { Lang } from '../../i18n/lang.js';
import { columnsFor, type Columns } from '../../util/display-width.js';
import type { Style } from '../format-options.js';
import { returnsSection } from './status-returns.js';
import { mdText } from '../markdown.js';

/** 月度台账回收 in the terminal and in Markdown: a line per recent month, late and missing units by name. */
export function returnsTextLines(r: StatusReport, lang: Lang, style: Style, width: number, columns: Columns = columnsFor()): string[] {
  const s = returnsSection(r.returns, lang);
  const out = ['', style.bold(s.title)];
  if (s.note) return [...out, `  ${style.dim(s.note)}`];
  for (const m of s.months) {
    out.push(...columns.wrap(m.summary, width, { indent: '  ', hang: '    ' }));
    for (const g of m.groups) {
      const paint = g.state === 'pending' ? style.dim : style.error;
      out.push(...columns.wrap(g.line, width, { indent: '    ', hang: '      ' }).map(paint));
    }
  }
  return out;
}

/** The same for Markdown: bullets, then one line per unit over the recent months (names escaped: they come from units.yaml). */
export function returnsMarkdown(r: StatusReport, lang: Lang): string[] {
  const s = returnsSection(r.returns, lang);
  const out = [`### ${s.title}`, ''];
  if (s.note) return [...out, s.note, ''];
  for (const m of s.months) {
    out.push(`- ${mdText(m.summary)}`);
    for (const g of m.groups) out.push(`  - ${mdText(g.line)}`);
  }
  const months = s.grid.headers.slice(1);
  out.push('');
  for (const row of s.grid.rows) out.push(`- ${mdText(row.name)}：${row.cells.map((c, i) => `${months[i]} ${c.text}`).join('；')}`);
  return [...out, ''];
}
