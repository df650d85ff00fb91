import type { StatusReport } from '../../check/status/report.js';
import type { Lang } from '../../i18n/lang.js';
import { returnsSection } from './status-returns.js';
import { html, type SafeHtml } from '../html.js';

/** 月度台账回收 on the page: a line per recent month, then the grid of recent months; late and missing in red only. */
export function returnsHtml(r: StatusReport, lang: Lang): SafeHtml {
  const s = returnsSection(r.returns, lang);
  if (s.note)
    return html`<section id="returns" class="keep">
      <h2>${s.title}</h2>
      <p class="note">${s.note}</p>
    </section>`;
  const lines = s.months.map(
    (m) =>
      html`<p>${m.summary}</p>
        ${m.groups.map((g) => html`<p class="note${g.state === 'pending' ? '' : ' poor'}">${g.line}</p>`)}`,
  );
  const cls = { 'on-time': 'good', late: 'poor', missing: 'poor', pending: '' } as const;
  const rows = s.grid.rows.map(
    (row) =>
      html`<tr>
        <td>${row.name}</td>
        ${row.cells.map((c) => (cls[c.state] ? html`<td class="${cls[c.state]}">${c.text}</td>` : html`<td>${c.text}</td>`))}
      </tr>`,
  );
  const grid = html`<table class="returns">
    <thead>
      <tr>
        ${s.grid.headers.map((h) => html`<th>${h}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows}
    </tbody>
  </table>`;
  return html`<section id="returns" class="keep">
    <h2>${s.title}</h2>
    ${lines}${grid}
  </section>`;
}
