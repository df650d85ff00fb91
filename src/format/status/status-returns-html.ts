import type { StatusReport } from '../../check/status/report.js';
import type { Lang } from '../../i18n/lang.js';
import { returnsSection } from './status-returns.js';
import { esc } from './html-charts.js';

/** 月度台账回收 on the page: a line per recent month, then the grid of recent months; late and missing in red only. */
export function returnsHtml(r: StatusReport, lang: Lang): string {
  const s = returnsSection(r.returns, lang);
  const head = `<section id="returns" class="keep"><h2>${esc(s.title)}</h2>`;
  if (s.note) return `${head}<p class="note">${esc(s.note)}</p></section>`;
  const lines = s.months
    .map(
      (m) =>
        `<p>${esc(m.summary)}</p>` +
        m.groups
          .map((g) => `<p class="note${g.state === 'pending' || g.state === 'unrecorded' ? '' : ' poor'}">${esc(g.line)}</p>`)
          .join(''),
    )
    .join('');
  const cls = { 'on-time': 'good', late: 'poor', missing: 'poor', pending: '', unrecorded: 'unrecorded' } as const;
  const grid =
    `<table class="returns"><thead><tr>${s.grid.headers.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>` +
    s.grid.rows
      .map(
        (row) =>
          `<tr><td>${esc(row.name)}</td>${row.cells.map((c) => `<td${cls[c.state] ? ` class="${cls[c.state]}"` : ''}>${esc(c.text)}</td>`).join('')}</tr>`,
      )
      .join('') +
    `</tbody></table>`;
  return `${head}${lines}${grid}</section>`;
}
