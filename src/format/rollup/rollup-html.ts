import type { Rollup, RollupIndicator } from '../../model/rollup.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import { coveragePercent } from '../../model/check-summary.js';
import { tone } from '../status/html-charts.js';
import { htmlPage, markup, type SafeHtml } from '../html.js';
import { STATUS_CSS } from '../status/html-style.js';
import { ORG_COLUMNS, catalogText, cityLine, countedText, headLine, noticeText, percentText, rejectedText } from './rollup-words.js';

/** The roll-up's own rules on top of the status page's sheet: a wide matrix, A4 landscape. */
const ROLLUP_CSS = markup`
.matrix { font-size: 11px; }
.matrix th.org { writing-mode: vertical-rl; white-space: nowrap; vertical-align: bottom; max-height: 160px; }
.matrix td.c { text-align: center; white-space: nowrap; padding: 2px 3px; }
.matrix td.c.good { background: #e3f4ea; } .matrix td.c.fair { background: #fdf2dc; } .matrix td.c.poor { background: #fdecea; }
.matrix td.c.none { color: #9aa5b1; }
details summary { cursor: pointer; white-space: nowrap; }
details ul { margin: 4px 0 4px 16px; padding: 0; }
tr.named td { background: #fdecea; }
@page { size: A4 landscape; margin: 12mm 10mm; }
`;

const table = (head: string[], rows: SafeHtml[][], cls = ''): SafeHtml =>
  markup`<table${cls ? markup` class="${cls}"` : ''}><thead><tr>${head.map((h) => markup`<th>${h}</th>`)}</tr></thead><tbody>${rows.map(
    (r) => markup`<tr>${r}</tr>`,
  )}</tbody></table>`;
const td = (v: string | number, cls = ''): SafeHtml => (cls ? markup`<td class="${cls}">${v}</td>` : markup`<td>${v}</td>`);

function list(title: string, lines: string[], lang: Lang): SafeHtml {
  return markup`<h2>${title}</h2>${
    lines.length ? markup`<ul>${lines.map((l) => markup`<li>${l}</li>`)}</ul>` : markup`<p class="note">${t(lang, 'rollup.none')}</p>`
  }`;
}

/** An indicator's drill-down: every material, who covers it, who filed something that does not count. */
function drill(i: RollupIndicator, lang: Lang): SafeHtml {
  const items = i.materials.map((m) => {
    const who = m.coveredBy.length ? m.coveredBy.join('、') : t(lang, 'rollup.col.missing');
    const bad = m.rejectedAt.length ? ` — ${t(lang, 'rollup.notice.errors')}：${m.rejectedAt.join('、')}` : '';
    return markup`<li class="${m.coveredBy.length ? '' : 'poor'}">${`${m.no}. ${who}${bad}`}</li>`;
  });
  return markup`<details><summary>${`${i.id}  ${i.covered}/${i.required}`}</summary><ul>${items}</ul></details>`;
}

/** The indicator × organisation matrix: a row per indicator that takes materials, a column per merged organisation. */
function matrix(r: Rollup, lang: Lang): SafeHtml {
  const orgs = r.organisations.filter((o) => !o.mismatched).map((o) => o.organization);
  const rows = r.indicators
    .filter((i) => i.owner === i.id && i.required > 0)
    .map((i) => [
      markup`<td>${drill(i, lang)}</td>`,
      td(i.leadDepartments.join('、')),
      ...orgs.map((o) => {
        const c = i.cells[o];
        if (!c) return td('—', 'c none');
        return td(`${c.covered}/${c.required}${c.leads ? '★' : ''}`, `c ${c.covered ? tone(coveragePercent(c)) : 'none'}`);
      }),
    ]);
  const head = markup`<tr><th>${t(lang, 'rollup.col.indicator')}</th><th>${t(lang, 'rollup.col.lead-departments')}</th>${orgs.map(
    (o) => markup`<th class="org">${o}</th>`,
  )}</tr>`;
  return markup`<table class="matrix"><thead>${head}</thead><tbody>${rows.map((cells) => markup`<tr>${cells}</tr>`)}</tbody></table>`;
}

/** `ledger rollup --html`: one offline page, no script; everything from the sources escaped (markup). */
export function renderRollupHtml(r: Rollup, lang: Lang): string {
  const ranked = table(
    ORG_COLUMNS.map((k) => t(lang, k)),
    r.organisations.map((o) => [
      td(o.rank, 'n'),
      td(o.organization),
      td(`${o.covered}/${o.required}`, 'n'),
      td(percentText(o.percent), `n ${tone(o.percent)}`),
      td(o.complete, 'n'),
      td(o.broken, o.broken ? 'n poor' : 'n'),
      td(o.generated + (o.stale ? ` ${t(lang, 'rollup.notice.stale')}` : ''), o.stale ? 'nowrap poor' : 'nowrap'),
      td(catalogText(o.catalog), o.mismatched ? 'poor' : ''),
      td(countedText(lang, o)),
    ]),
  );
  const missing = r.missingEverywhere.map((m) => `${m.indicator}-${m.material}`);
  const body = [
    markup`<header><h1>${t(lang, 'rollup.title')}</h1><p class="as-of">${headLine(lang, r)}</p><p class="as-of">${cityLine(lang, r)}</p></header>`,
    markup`<h2>${t(lang, 'rollup.section.ranked')}</h2>${ranked}`,
    list(
      t(lang, 'rollup.section.notice'),
      r.notice.map((n) => `${n.organization}（${percentText(n.percent)}）：${noticeText(lang, n)}`),
      lang,
    ),
    list(
      t(lang, 'rollup.section.stale'),
      r.stale.map((s) => `${s.organization}：${s.generated}（${s.source}）`),
      lang,
    ),
    list(
      t(lang, 'rollup.section.mismatched'),
      r.mismatched.map((m) => `${m.organization}：${catalogText(m.catalog)} ${m.catalog.sha256.slice(0, 12)}（${m.source}）`),
      lang,
    ),
    list(
      t(lang, 'rollup.section.rejected'),
      r.rejected.map((x) => `${x.source}：${rejectedText(lang, x)}`),
      lang,
    ),
    markup`<h2>${`${t(lang, 'rollup.section.missing')}（${missing.length}）`}</h2><p>${missing.join(' ') || t(lang, 'rollup.none')}</p>`,
    markup`<h2>${t(lang, 'rollup.section.indicators')}</h2>${matrix(r, lang)}`,
  ];
  return htmlPage(lang, `${t(lang, 'rollup.title')} ${r.today}`, markup`${STATUS_CSS}${ROLLUP_CSS}`, body);
}
