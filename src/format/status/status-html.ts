import type { StatusReport, UnitStatus } from '../../check/status/report.js';
import { renderDiagnostic } from '../../i18n/diagnostic-messages.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import { brokenOf, coveragePercent } from '../../model/check-summary.js';
import { circled } from '../../model/material-numbers.js';
import { barChart, lineChart, stageTimeline, tone } from './html-charts.js';
import { htmlPage, markup, type SafeHtml } from '../html.js';
import { problemSection } from './status-problems.js';
import { returnsHtml } from './status-returns-html.js';
import { STATUS_CSS } from './html-style.js';
import { visibleDeep } from '../../util/escape-invisible.js';
import {
  historyNote,
  noticeUnits,
  percentText,
  progressText,
  reviewedUnits,
  reviewLines,
  sectionsAfterAreas,
  UNIT_COLUMNS,
} from './status-words.js';

function cards(r: StatusReport, lang: Lang): SafeHtml {
  const d = r.deadline;
  const m = r.totals.materials;
  const card = (k: string, v: string, s: string, cls = ''): SafeHtml =>
    markup`<div class="card"><div class="k">${k}</div><div class="v ${cls}">${v}</div><div class="s">${s}</div></div>`;
  return markup`<section class="cards">${[
    card(t(lang, 'status.next-due.card'), d.nextDue, t(lang, 'status.days-left', { days: d.daysLeft })),
    d.stage
      ? card(d.stage.name, d.stage.due, t(lang, 'status.days-left', { days: d.stage.daysLeft }))
      : card(t(lang, 'status.stages'), '—', t(lang, 'summary.stage.after')),
    card(t(lang, 'status.card.materials'), `${m.covered}/${m.required}`, percentText(m.percent), tone(m.percent)),
    card(t(lang, 'status.card.complete'), `${r.totals.complete}`, `${t(lang, 'status.col.ledger')} ${r.totals.ledgerDone}`),
    card(t(lang, 'status.card.to-submit'), `${r.totals.toSubmit}`, ''),
    card(t(lang, 'status.card.errors'), `${r.totals.broken}`, '', r.totals.broken ? 'poor' : 'good'),
  ]}</section>`;
}

function unitTable(r: StatusReport, lang: Lang): SafeHtml {
  const cols = UNIT_COLUMNS;
  const head = cols.map((c) => markup`<th>${t(lang, `status.col.${c}`)}</th>`);
  const rows = r.units.map((u) => {
    const badge = u.stalled ? markup`<span class="badge">${t(lang, 'status.stalled')}</span>` : '';
    return markup`<tr class="${u.stalled ? 'stalled' : ''}" data-unit="${u.id}"><td class="nowrap">${u.name}${badge}</td>${[
      markup`<td class="n">${u.lead}/${u.cooperate}</td><td class="n">${u.ledgerDone}/${u.indicators}</td><td class="n">${u.complete}</td>`,
      markup`<td class="n">${u.covered}/${u.required}</td><td class="n ${tone(u.percent)}">${percentText(u.percent)}</td>`,
      // Still to submit is work to do (no colour); broken, wrong or overdue is red.
      markup`<td class="n to-submit">${u.toSubmit}</td><td class="n broken ${brokenOf(u) ? 'poor' : ''}">${brokenOf(u)}</td>`,
      markup`<td class="nowrap">${u.lastChange ?? '—'}</td>`,
      markup`<td class="nowrap">${progressText(u, lang)}</td><td class="nowrap">${u.contact || '—'}</td>`,
    ]}</tr>`;
  });
  return markup`<table class="units"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

/** The 初评: the counts, and a table of the units with a verdict recorded. */
function reviewSection(r: StatusReport, lang: Lang): SafeHtml {
  const out = [
    markup`<h2>${t(lang, 'status.reviews.title', { body: r.reviewBody })}</h2>`,
    markup`<p class="note">${reviewLines(r, lang, false)[0]!}</p>`,
  ];
  const reviewed = reviewedUnits(r);
  if (reviewed.length && !r.unit) {
    const cols = ['unit', 'passed', 'returned', 'stale', 'unreviewed'] as const;
    const head = cols.map((c) => markup`<th>${t(lang, `status.col.${c}`)}</th>`);
    const rows = reviewed.map(
      (u) =>
        markup`<tr data-unit="${u.id}"><td class="nowrap">${u.name}</td><td class="n">${u.counts.passed}</td>${[
          markup`<td class="n ${u.counts.returned ? 'poor' : ''}">${u.counts.returned}</td><td class="n">${u.counts.stale}</td>`,
          markup`<td class="n">${u.counts.unreviewed}</td>`,
        ]}</tr>`,
    );
    out.push(markup`<table class="reviews"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`);
  }
  return markup`<section id="reviews" class="keep">${out}</section>`;
}

function trendSection(r: StatusReport, lang: Lang): SafeHtml {
  const out = [markup`<h2>${t(lang, 'status.chart.trend')}</h2>`];
  const note = historyNote(r, lang);
  if (note) out.push(markup`<p class="note warn">${note}</p>`);
  if (r.trend.length === 0) return markup`<section id="trend">${out}</section>`;
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
    const chart = lineChart(labels, [{ id: u.id, label: u.name, values }], {
      width: 240,
      height: 120,
      reference: r.unit ? undefined : total,
      lastIsNow,
      title: u.name,
    });
    return markup`<div class="multiple" data-unit="${u.id}">${chart}</div>`;
  });
  out.push(markup`<div class="keep">${all}</div>`, markup`<div class="multiples">${multiples}</div>`);
  return markup`<section id="trend">${out}</section>`;
}

function missingFor(u: UnitStatus, lang: Lang): SafeHtml {
  const title = markup`<h3>${u.name}（${t(lang, 'status.unit.missing', { count: u.missing.length })}）</h3>`;
  if (u.missing.length === 0)
    return markup`<div class="keep">${title}<p class="note good">${t(lang, 'status.unit.none-missing')}</p></div>`;
  // The third column only where a file was filed for a material and does not count.
  const cols = u.missing.some((m) => m.rejected.length)
    ? (['indicator', 'material', 'rejected'] as const)
    : (['indicator', 'material'] as const);
  const head = cols.map((c) => markup`<th>${t(lang, `status.col.${c}`)}</th>`);
  const rows = u.missing.map((m) => {
    const rejected = cols.length === 3 ? markup`<td>${m.rejected.map((f) => f.split('/').pop()).join('、')}</td>` : '';
    return markup`<tr><td class="nowrap">${m.indicator}</td><td>${circled(m.material)} ${m.text}</td>${rejected}</tr>`;
  });
  return markup`${title}<table class="missing" data-unit="${u.id}"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

/**
 * `ledger status --html`: one self-contained page — inline CSS and SVG, no script, nothing
 * fetched — that opens from a USB stick on an offline PC and prints on A4. Sections, in order:
 * header and cards, stages, units (chart and table), areas, unassigned indicators, the problem
 * list, the 初评 reviews, the trend, the missing materials per unit. Every text is escaped by the
 * `markup` template (format/html.ts): a name from units.yaml is text on the page, never markup.
 */
export function renderStatusHtml(report: StatusReport, lang: Lang): string {
  // Shown escapes keep a right-to-left override from reordering a name on screen.
  const r = visibleDeep(report);
  const title = t(lang, 'status.title', { org: r.organization });
  const stalled = noticeUnits(r);
  const stalledNote = t(lang, 'status.stalled.note', { date: r.deadline.previousDue });
  const stalledCount = t(lang, 'status.stalled.count', { units: stalled.map((u) => u.name).join('、') });
  const areas = [
    barChart(
      r.areas.map((a) => ({ ...a, id: a.area, label: a.area })),
      t(lang, 'status.areas'),
      'areas-chart',
      300,
    ),
    sectionsAfterAreas(r, lang).map((s) => markup`<p class="note">${s}</p>`),
  ];
  const findings = (r.findings ?? []).map(
    (d) => markup`<li>${d.file ? markup`<code>${d.file}</code> ` : ''}${renderDiagnostic(d, lang)} <code>${d.code}</code></li>`,
  );
  const body = [
    markup`<header><h1>${title}</h1><p class="as-of">${t(lang, 'status.as-of', { date: r.today })}</p></header>`,
    cards(r, lang),
    markup`<section id="stages" class="keep"><h2>${t(lang, 'status.stages')}</h2>`,
    stageTimeline(r.stages, cycleOf(r), r.today, t(lang, 'status.trend.now')),
    r.deadline.nextStage ? markup`<p class="note">${t(lang, 'status.next-stage', { ...r.deadline.nextStage })}</p>` : '',
    markup`</section>`,
    markup`<section id="units"><div class="keep"><h2>${t(lang, 'status.chart.units')}</h2>`,
    barChart(
      r.units.map((u) => ({ ...u, label: u.name, flag: u.stalled ? t(lang, 'status.stalled') : undefined })),
      t(lang, 'status.chart.units'),
      'units-chart',
    ),
    markup`</div>`,
    stalled.length ? markup`<p class="note warn">${stalledNote}<br><b>${stalledCount}</b></p>` : '',
    unitTable(r, lang),
    markup`</section>`,
    r.unit ? '' : markup`<section id="areas" class="keep"><h2>${t(lang, 'status.areas')}</h2>${areas}</section>`,
    problemsHtml(r, lang),
    returnsHtml(r, lang),
    reviewSection(r, lang),
    trendSection(r, lang),
    markup`<section id="missing"><h2>${t(lang, 'status.missing')}</h2>${r.units.map((u) => missingFor(u, lang))}</section>`,
    findings.length
      ? markup`<section id="findings"><h2>${t(lang, 'status.unit.findings', { count: findings.length })}</h2><ul>${findings}</ul></section>`
      : '',
    markup`<footer>${t(lang, 'status.footer', { date: r.today })}</footer>`,
  ];
  return htmlPage(lang, `${title} ${r.today}`, STATUS_CSS, body);
}

/** The problem list: counts, a table per unit (overdue in red), the overdue problems by name. */
function problemsHtml(r: StatusReport, lang: Lang): SafeHtml | '' {
  const p = problemSection(r, lang);
  if (!p) return '';
  const cell = (i: number, v: string | number): SafeHtml =>
    i === 0 ? markup`<td>${String(v)}</td>` : markup`<td class="n${i === 3 && Number(v) > 0 ? ' poor' : ''}">${String(v)}</td>`;
  const rows = p.rows.map((row) => markup`<tr>${row.map((v, i) => cell(i, v))}</tr>`);
  const head = p.headers.map((h) => markup`<th>${h}</th>`);
  const table = p.rows.length ? markup`<table class="problems"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>` : '';
  const items = p.overdue.map((o) => markup`<li>${o}</li>`);
  const overdue = p.overdue.length ? markup`<p class="note warn"><b>${p.overdueTitle}</b></p><ul class="overdue">${items}</ul>` : '';
  return markup`<section id="problems" class="keep"><h2>${p.title}</h2><p class="note">${p.summary}</p>${table}${overdue}</section>`;
}

/** The cycle the timeline spans: from the first stage's start to the last stage's due date. */
function cycleOf(r: StatusReport): { start: string; end: string } {
  return { start: r.stages[0]?.start ?? r.today, end: r.stages[r.stages.length - 1]?.due ?? r.today };
}
