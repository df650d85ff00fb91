import type { Rollup, RollupIndicator } from '../../model/rollup.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import { coveragePercent } from '../../model/check-summary.js';
import { esc, tone } from '../status/html-charts.js';
import { STATUS_CSS } from '../status/html-style.js';
import { catalogText, cityLine, countedText, headLine, missingOf, noticeText, percentText, rejectedText } from './rollup-words.js';

/** The roll-up's own rules on top of the status page's sheet: a wide matrix, A4 landscape. */
const ROLLUP_CSS = `
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

const table = (head: string[], rows: string[][], cls = ''): string =>
  `<table${cls ? ` class="${cls}"` : ''}><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>` +
  rows.map((r) => `<tr>${r.join('')}</tr>`).join('') +
  '</tbody></table>';
const td = (v: string | number, cls = ''): string => `<td${cls ? ` class="${cls}"` : ''}>${esc(v)}</td>`;

function list(title: string, lines: string[], lang: Lang): string {
  return (
    `<h2>${esc(title)}</h2>` +
    (lines.length ? `<ul>${lines.map((l) => `<li>${esc(l)}</li>`).join('')}</ul>` : `<p class="note">${esc(t(lang, 'rollup.none'))}</p>`)
  );
}

/** An indicator's drill-down: every material, who covers it, who filed something that does not count. */
function drill(i: RollupIndicator, lang: Lang): string {
  const items = i.materials.map((m) => {
    const who = m.coveredBy.length ? m.coveredBy.join('、') : t(lang, 'rollup.col.missing');
    const bad = m.rejectedAt.length ? ` — ${t(lang, 'rollup.notice.errors')}：${m.rejectedAt.join('、')}` : '';
    return `<li class="${m.coveredBy.length ? '' : 'poor'}">${esc(`${m.no}. ${who}${bad}`)}</li>`;
  });
  return `<details><summary>${esc(`${i.id}  ${i.covered}/${i.required}`)}</summary><ul>${items.join('')}</ul></details>`;
}

/** The indicator × organisation matrix: a row per indicator that takes materials, a column per merged organisation. */
function matrix(r: Rollup, lang: Lang): string {
  const orgs = r.organisations.filter((o) => !o.mismatched).map((o) => o.organization);
  const rows = r.indicators
    .filter((i) => i.owner === i.id && i.required > 0)
    .map((i) => [
      `<td>${drill(i, lang)}</td>`,
      td(i.leadDepartments.join('、')),
      ...orgs.map((o) => {
        const c = i.cells[o];
        if (!c) return td('—', 'c none');
        return td(`${c.covered}/${c.required}${c.leads ? '★' : ''}`, `c ${c.covered ? tone(coveragePercent(c)) : 'none'}`);
      }),
    ]);
  const head = `<tr><th>${esc(t(lang, 'rollup.col.indicator'))}</th><th>${esc(t(lang, 'rollup.col.lead-departments'))}</th>${orgs
    .map((o) => `<th class="org">${esc(o)}</th>`)
    .join('')}</tr>`;
  return `<table class="matrix"><thead>${head}</thead><tbody>${rows.map((cells) => `<tr>${cells.join('')}</tr>`).join('')}</tbody></table>`;
}

/** `ledger rollup --html`: one offline page, no script; everything from the sources escaped. */
export function renderRollupHtml(r: Rollup, lang: Lang): string {
  const ranked = table(
    (
      [
        'rollup.col.rank',
        'rollup.col.org',
        'rollup.col.materials',
        'rollup.col.percent',
        'rollup.col.complete',
        'rollup.col.broken',
        'rollup.col.generated',
        'rollup.col.catalog',
        'rollup.col.counted',
      ] as const
    ).map((k) => t(lang, k)),
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
    `<header><h1>${esc(t(lang, 'rollup.title'))}</h1><p class="as-of">${esc(headLine(lang, r))}</p><p class="as-of">${esc(cityLine(lang, r))}</p></header>`,
    `<h2>${esc(t(lang, 'rollup.section.ranked'))}</h2>${ranked}`,
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
    `<h2>${esc(`${t(lang, 'rollup.section.missing')}（${missing.length}）`)}</h2><p>${esc(missing.join(' ') || t(lang, 'rollup.none'))}</p>`,
    `<h2>${esc(t(lang, 'rollup.section.indicators'))}</h2>${matrix(r, lang)}`,
  ];
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
    '<meta name="renderer" content="webkit">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(t(lang, 'rollup.title'))} ${esc(r.today)}</title>`,
    `<style>${STATUS_CSS}${ROLLUP_CSS}</style>`,
    '</head>',
    `<body><main class="page">${body.join('\n')}</main></body>`,
    '</html>',
    '',
  ].join('\n');
}
