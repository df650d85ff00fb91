import type { StatusReport } from '../../check/status/report.js';
import type { Lang } from '../../i18n/lang.js';
import { returnsSection } from './status-returns.js';
import { markup, type SafeHtml } from '../html.js';

/** Months not due yet, or before returns were recorded: shown plain, not as a fault. */
const quiet = (state: string): boolean => state === 'pending' || state === 'unrecorded';

/** 月度台账回收 on the page: a line per recent month, then the grid of recent months; late and missing in red only. */
export function returnsHtml(r: StatusReport, lang: Lang): SafeHtml {
  const s = returnsSection(r.returns, lang);
  if (s.note) return markup`<section id="returns" class="keep"><h2>${s.title}</h2><p class="note">${s.note}</p></section>`;
  const lines = s.months.map(
    (m) => markup`<p>${m.summary}</p>${m.groups.map((g) => markup`<p class="note${quiet(g.state) ? '' : ' poor'}">${g.line}</p>`)}`,
  );
  const cls = { 'on-time': 'good', late: 'poor', missing: 'poor', pending: '', unrecorded: 'unrecorded' } as const;
  const cell = (c: (typeof s.grid.rows)[number]['cells'][number]): SafeHtml =>
    cls[c.state] ? markup`<td class="${cls[c.state]}">${c.text}</td>` : markup`<td>${c.text}</td>`;
  const rows = s.grid.rows.map((row) => markup`<tr><td>${row.name}</td>${row.cells.map(cell)}</tr>`);
  const head = s.grid.headers.map((h) => markup`<th>${h}</th>`);
  const grid = markup`<table class="returns"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
  return markup`<section id="returns" class="keep"><h2>${s.title}</h2>${lines}${grid}</section>`;
}
