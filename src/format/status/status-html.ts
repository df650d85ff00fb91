import type { StatusReport, UnitStatus } from '../../check/status/report.js';
import { renderDiagnostic } from '../../i18n/diagnostic-messages.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import { coveragePercent } from '../../model/check-summary.js';
import { circled } from '../../model/material-numbers.js';
import { barChart, esc, lineChart, stageTimeline, tone } from './html-charts.js';
import { problemSection } from './status-problems.js';
import { returnsHtml } from './status-returns-html.js';
import { STATUS_CSS } from './html-style.js';
import { visibleDeep } from '../../util/escape-invisible.js';
import {
  brokenOf,
  historyNote,
  noticeUnits,
  percentText,
  progressText,
  reviewedUnits,
  reviewLines,
  sectionsAfterAreas,
} from './status-words.js';

function cards(r: StatusReport, lang: Lang): string {
  const d = r.deadline;
  const m = r.totals.materials;
  const card = (k: string, v: string, s: string, cls = ''): string =>
    `<div class="card"><div class="k">${esc(k)}</div><div class="v ${cls}">${esc(v)}</div><div class="s">${esc(s)}</div></div>`;
  return `<section class="cards">${[
    card(t(lang, 'status.next-due.card'), d.nextDue, t(lang, 'status.days-left', { days: d.daysLeft })),
    d.stage
      ? card(d.stage.name, d.stage.due, t(lang, 'status.days-left', { days: d.stage.daysLeft }))
      : card(t(lang, 'status.stages'), '—', t(lang, 'summary.stage.after')),
    card(t(lang, 'status.card.materials'), `${m.covered}/${m.required}`, percentText(m.percent), tone(m.percent)),
    card(t(lang, 'status.card.complete'), `${r.totals.complete}`, `${t(lang, 'status.col.ledger')} ${r.totals.ledgerDone}`),
    card(t(lang, 'status.card.to-submit'), `${r.totals.toSubmit}`, ''),
    card(t(lang, 'status.card.errors'), `${r.totals.broken}`, '', r.totals.broken ? 'poor' : 'good'),
  ].join('')}</section>`;
}

function unitTable(r: StatusReport, lang: Lang): string {
  const cols = [
    'unit',
    'roles',
    'ledger',
    'complete',
    'materials',
    'percent',
    'to-submit',
    'broken',
    'changed',
    'progress',
    'contact',
  ] as const;
  const head = cols.map((c) => `<th>${esc(t(lang, `status.col.${c}`))}</th>`).join('');
  const rows = r.units.map((u) => {
    const badge = u.stalled ? `<span class="badge">${esc(t(lang, 'status.stalled'))}</span>` : '';
    return (
      `<tr class="${u.stalled ? 'stalled' : ''}" data-unit="${esc(u.id)}"><td class="nowrap">${esc(u.name)}${badge}</td>` +
      `<td class="n">${u.lead}/${u.cooperate}</td><td class="n">${u.ledgerDone}/${u.indicators}</td><td class="n">${u.complete}</td>` +
      `<td class="n">${u.covered}/${u.required}</td><td class="n ${tone(u.percent)}">${percentText(u.percent)}</td>` +
      // Still to submit is work to do (no colour); broken, wrong or overdue is red.
      `<td class="n to-submit">${u.toSubmit}</td><td class="n broken ${brokenOf(u) ? 'poor' : ''}">${brokenOf(u)}</td>` +
      `<td class="nowrap">${esc(u.lastChange ?? '—')}</td>` +
      `<td class="nowrap">${esc(progressText(u, lang))}</td><td class="nowrap">${esc(u.contact || '—')}</td></tr>`
    );
  });
  return `<table class="units"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** The 初评: the counts, and a table of the units with a verdict recorded. */
function reviewSection(r: StatusReport, lang: Lang): string {
  const out = [
    `<h2>${esc(t(lang, 'status.reviews.title', { body: r.reviewBody }))}</h2>`,
    `<p class="note">${esc(reviewLines(r, lang, false)[0]!)}</p>`,
  ];
  const reviewed = reviewedUnits(r);
  if (reviewed.length && !r.unit) {
    const cols = ['unit', 'passed', 'returned', 'stale', 'unreviewed'] as const;
    const head = cols.map((c) => `<th>${esc(t(lang, `status.col.${c}`))}</th>`).join('');
    const rows = reviewed.map(
      (u) =>
        `<tr data-unit="${esc(u.id)}"><td class="nowrap">${esc(u.name)}</td><td class="n">${u.counts.passed}</td>` +
        `<td class="n ${u.counts.returned ? 'poor' : ''}">${u.counts.returned}</td><td class="n">${u.counts.stale}</td>` +
        `<td class="n">${u.counts.unreviewed}</td></tr>`,
    );
    out.push(`<table class="reviews"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`);
  }
  return `<section id="reviews" class="keep">${out.join('')}</section>`;
}

function trendSection(r: StatusReport, lang: Lang): string {
  const out = [`<h2>${esc(t(lang, 'status.chart.trend'))}</h2>`];
  const note = historyNote(r, lang);
  if (note) out.push(`<p class="note warn">${esc(note)}</p>`);
  if (r.trend.length === 0) return `<section id="trend">${out.join('')}</section>`;
  // Dated points: each due date, and today's point by its day too (the label says which is today).
  const labels = r.trend.map((p) => (p.now ? `${t(lang, 'status.trend.now')} ${p.date.slice(5)}` : p.date));
  const lastIsNow = r.trend[r.trend.length - 1]?.now ?? false;
  const total = r.trend.map((p) => coveragePercent(p));
  const all = lineChart(labels, [{ id: '*', label: t(lang, 'status.chart.all'), values: total }], {
    width: 700,
    height: 170,
    lastIsNow,
    title: t(lang, 'status.chart.all'),
  });
  const multiples = r.units.map((u) => {
    const values = r.trend.map((p) => (p.units[u.id] ? coveragePercent(p.units[u.id]!) : null));
    return `<div class="multiple" data-unit="${esc(u.id)}">${lineChart(labels, [{ id: u.id, label: u.name, values }], {
      width: 240,
      height: 120,
      reference: r.unit ? undefined : total,
      lastIsNow,
      title: u.name,
    })}</div>`;
  });
  out.push(`<div class="keep">${all}</div>`, `<div class="multiples">${multiples.join('')}</div>`);
  return `<section id="trend">${out.join('')}</section>`;
}

function missingFor(u: UnitStatus, lang: Lang): string {
  const title = `<h3>${esc(u.name)}（${esc(t(lang, 'status.unit.missing', { count: u.missing.length }))}）</h3>`;
  if (u.missing.length === 0) return `<div class="keep">${title}<p class="note good">${esc(t(lang, 'status.unit.none-missing'))}</p></div>`;
  // The third column only where a file was filed for a material and does not count.
  const cols = u.missing.some((m) => m.rejected.length)
    ? (['indicator', 'material', 'rejected'] as const)
    : (['indicator', 'material'] as const);
  const head = cols.map((c) => `<th>${esc(t(lang, `status.col.${c}`))}</th>`);
  const rows = u.missing.map(
    (m) =>
      `<tr><td class="nowrap">${esc(m.indicator)}</td><td>${circled(m.material)} ${esc(m.text)}</td>` +
      (cols.length === 3 ? `<td>${esc(m.rejected.map((f) => f.split('/').pop()).join('、'))}</td>` : '') +
      '</tr>',
  );
  return `${title}<table class="missing" data-unit="${esc(u.id)}"><thead><tr>${head.join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/**
 * `ledger status --html`: one self-contained page — inline CSS and SVG, no script, nothing
 * fetched — that opens from a USB stick on an offline PC and prints on A4. Sections, in order:
 * header and cards, stages, units (chart and table), areas, unassigned indicators, the problem
 * list, the 初评 reviews, the trend, the missing materials per unit.
 */
export function renderStatusHtml(report: StatusReport, lang: Lang): string {
  // Escaped as HTML below; shown escapes also keep a right-to-left override from reordering a name on screen.
  const r = visibleDeep(report);
  const title = t(lang, 'status.title', { org: r.organization });
  const stalled = noticeUnits(r);
  const body = [
    `<header><h1>${esc(title)}</h1><p class="as-of">${esc(t(lang, 'status.as-of', { date: r.today }))}</p></header>`,
    cards(r, lang),
    `<section id="stages" class="keep"><h2>${esc(t(lang, 'status.stages'))}</h2>`,
    stageTimeline(r.stages, cycleOf(r), r.today, t(lang, 'status.trend.now')),
    r.deadline.nextStage ? `<p class="note">${esc(t(lang, 'status.next-stage', { ...r.deadline.nextStage }))}</p>` : '',
    `</section>`,
    `<section id="units"><div class="keep"><h2>${esc(t(lang, 'status.chart.units'))}</h2>`,
    barChart(
      r.units.map((u) => ({ ...u, label: u.name, flag: u.stalled ? t(lang, 'status.stalled') : undefined })),
      t(lang, 'status.chart.units'),
      'units-chart',
    ),
    `</div>`,
    stalled.length
      ? `<p class="note warn">${esc(t(lang, 'status.stalled.note', { date: r.deadline.previousDue }))}<br>` +
        `<b>${esc(t(lang, 'status.stalled.count', { units: stalled.map((u) => u.name).join('、') }))}</b></p>`
      : '',
    unitTable(r, lang),
    `</section>`,
    r.unit
      ? ''
      : `<section id="areas" class="keep"><h2>${esc(t(lang, 'status.areas'))}</h2>` +
        barChart(
          r.areas.map((a) => ({ ...a, id: a.area, label: a.area })),
          t(lang, 'status.areas'),
          'areas-chart',
          300,
        ) +
        sectionsAfterAreas(r, lang)
          .map((s) => `<p class="note">${esc(s)}</p>`)
          .join('') +
        `</section>`,
    problemsHtml(r, lang),
    returnsHtml(r, lang),
    reviewSection(r, lang),
    trendSection(r, lang),
    `<section id="missing"><h2>${esc(t(lang, 'status.missing'))}</h2>${r.units.map((u) => missingFor(u, lang)).join('')}</section>`,
    r.findings?.length
      ? `<section id="findings"><h2>${esc(t(lang, 'status.unit.findings', { count: r.findings.length }))}</h2><ul>` +
        r.findings
          .map(
            (d) => `<li>${d.file ? `<code>${esc(d.file)}</code> ` : ''}${esc(renderDiagnostic(d, lang))} <code>${esc(d.code)}</code></li>`,
          )
          .join('') +
        `</ul></section>`
      : '',
    `<footer>${esc(t(lang, 'status.footer', { date: r.today }))}</footer>`,
  ];
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    // 360 and QQ browsers: render with their Chromium engine, not the IE one.
    '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
    '<meta name="renderer" content="webkit">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)} ${esc(r.today)}</title>`,
    `<style>${STATUS_CSS}</style>`,
    '</head>',
    `<body><main class="page">${body.join('\n')}</main></body>`,
    '</html>',
    '',
  ].join('\n');
}

/** The problem list: counts, a table per unit (overdue in red), the overdue problems by name. */
function problemsHtml(r: StatusReport, lang: Lang): string {
  const p = problemSection(r, lang);
  if (!p) return '';
  const cls = (i: number, v: string | number) => (i === 0 ? '' : ` class="n${i === 3 && Number(v) > 0 ? ' poor' : ''}"`);
  const table = p.rows.length
    ? `<table class="problems"><thead><tr>${p.headers.map((h, i) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>` +
      p.rows.map((row) => `<tr>${row.map((v, i) => `<td${cls(i, v)}>${esc(String(v))}</td>`).join('')}</tr>`).join('') +
      `</tbody></table>`
    : '';
  const overdue = p.overdue.length
    ? `<p class="note warn"><b>${esc(p.overdueTitle)}</b></p><ul class="overdue">${p.overdue.map((o) => `<li>${esc(o)}</li>`).join('')}</ul>`
    : '';
  return `<section id="problems" class="keep"><h2>${esc(p.title)}</h2><p class="note">${esc(p.summary)}</p>${table}${overdue}</section>`;
}

/** The cycle the timeline spans: from the first stage's start to the last stage's due date. */
function cycleOf(r: StatusReport): { start: string; end: string } {
  return { start: r.stages[0]?.start ?? r.today, end: r.stages[r.stages.length - 1]?.due ?? r.today };
}
