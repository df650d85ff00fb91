import { brokenOf } from '../../model/check-summary.js';
import type { StatusReport, UnitStatus } from '../../check/status/report.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import { circled } from '../../model/material-numbers.js';
import { columnsFor, type Columns } from '../../util/display-width.js';
import { visibleDeep } from '../../util/escape-invisible.js';
import { PLAIN, type Style } from '../format-options.js';
import { findingLine } from '../text.js';
import { renderTable, type Cell, type Column } from './text-table.js';
import { problemSection } from './status-problems.js';
import { returnsTextLines } from './status-returns-text.js';
import { historyNote, noticeUnits, percentText, progressText, reviewLines, sectionsAfterAreas, trendRow } from './status-words.js';

/** The terminal is assumed this wide: every line of the overview fits. */
export const TEXT_WIDTH = 100;

interface Ctx {
  lang: Lang;
  style: Style;
  /** how the terminal draws ambiguous characters (①, “”, …): the CLI decides from the locale; one column by default */
  columns?: Columns;
}

const columnsOf = (ctx: Ctx): Columns => ctx.columns ?? columnsFor();
const padWith = (c: Columns, s: string, to: number, align: 'left' | 'right' = 'left'): string =>
  align === 'right' ? c.padStart(s, to) : c.padEnd(s, to);

function paintPercent(p: number | null, style: Style): (s: string) => string {
  if (p === null) return style.dim;
  return p >= 80 ? style.ok : p >= 30 ? style.warning : style.error;
}

/** Header: who, when, the monthly due date, the stage and the next one, the totals. */
export function headerLines(r: StatusReport, ctx: Ctx): string[] {
  const { lang, style } = ctx;
  const c = columnsOf(ctx);
  const { width, fit } = c;
  const wrap = wrapWith(c);
  const asOf = t(lang, 'status.as-of', { date: r.today });
  const title = fit(t(lang, 'status.title', { org: r.organization }), TEXT_WIDTH - width(asOf) - 2);
  const d = r.deadline;
  const out = [style.bold(title) + c.padEnd('', TEXT_WIDTH - width(title) - width(asOf)) + asOf];
  out.push(t(lang, 'summary.deadline', { date: d.nextDue, days: d.daysLeft }));
  out.push(
    d.stage ? t(lang, 'status.stage', { name: d.stage.name, due: d.stage.due, days: d.stage.daysLeft }) : t(lang, 'summary.stage.after'),
  );
  if (d.nextStage) out.push(t(lang, 'status.next-stage', { ...d.nextStage }));
  const { materials: m, ...counts } = r.totals;
  const totals = t(lang, 'status.totals', { ...counts, covered: m.covered, required: m.required, percent: m.percent ?? 0 });
  out.push(...wrap(totals, TEXT_WIDTH).map(r.totals.broken ? style.error : style.ok));
  return out;
}

function unitRow(u: UnitStatus, ctx: Ctx): Cell[] {
  const { lang, style } = ctx;
  const progress = u.stalled ? { text: t(lang, 'status.stalled'), paint: style.error } : progressText(u, lang);
  return [
    u.name,
    `${u.lead}/${u.cooperate}`,
    `${u.ledgerDone}/${u.indicators}`,
    {
      text: `${u.covered}/${u.required} ${padWith(columnsOf(ctx), percentText(u.percent), 4, 'right')}`,
      paint: paintPercent(u.percent, style),
    },
    // Still to submit is work to do, shown plain; only what is broken, wrong or overdue is red.
    { text: String(u.toSubmit), paint: style.dim },
    { text: String(brokenOf(u)), paint: brokenOf(u) ? style.error : style.dim },
    u.lastChange ?? '—',
    progress,
    u.contact || '—',
  ];
}

/**
 * One line per unit. Ten columns of Chinese do not fit 100: the terminal leaves out 材料齐全 (in
 * the JSON, Markdown and HTML) and gives the contact what is left of the line.
 */
export function unitTable(r: StatusReport, ctx: Ctx): string[] {
  const { lang } = ctx;
  const cols: Column[] = [
    { header: t(lang, 'status.col.unit'), max: 20 },
    { header: t(lang, 'status.col.roles'), align: 'right' },
    { header: t(lang, 'status.col.ledger-short'), align: 'right' },
    { header: t(lang, 'status.col.coverage'), align: 'right' },
    { header: t(lang, 'status.col.to-submit'), align: 'right' },
    { header: t(lang, 'status.col.broken'), align: 'right' },
    { header: t(lang, 'status.col.changed') },
    { header: t(lang, 'status.col.progress-short') },
    { header: t(lang, 'status.col.contact'), flex: true, max: 30 },
  ];
  return renderTable(
    cols,
    r.units.map((u) => unitRow(u, ctx)),
    TEXT_WIDTH,
    '  ',
    ctx.style.bold,
    columnsOf(ctx),
  );
}

/** A bar of `#` in ten steps: ASCII, so it is one column wide in every terminal and code page. */
const bar = (p: number | null): string => (p === null ? '' : `${'#'.repeat(Math.round(p / 10))}${'-'.repeat(10 - Math.round(p / 10))}`);

export function areaTable(r: StatusReport, ctx: Ctx): string[] {
  const { lang, style } = ctx;
  const cols: Column[] = [
    { header: t(lang, 'status.col.area'), max: 36 },
    { header: t(lang, 'status.col.indicators'), align: 'right' },
    { header: t(lang, 'status.col.complete'), align: 'right' },
    { header: t(lang, 'status.col.materials'), align: 'right' },
    { header: t(lang, 'status.col.percent'), align: 'right' },
    { header: '' },
  ];
  const rows = r.areas.map((a): Cell[] => [
    a.area,
    String(a.indicators),
    String(a.complete),
    `${a.covered}/${a.required}`,
    { text: percentText(a.percent), paint: paintPercent(a.percent, style) },
    { text: bar(a.percent), paint: paintPercent(a.percent, style) },
  ]);
  return renderTable(cols, rows, TEXT_WIDTH, '  ', style.bold, columnsOf(ctx));
}

/** The last points of the trend (the HTML page draws them all). */
export function trendLines(r: StatusReport, ctx: Ctx, last = 7): string[] {
  const { lang, style } = ctx;
  const wrap = wrapWith(columnsOf(ctx));
  const out = [style.bold(t(lang, 'status.trend'))];
  const note = historyNote(r, lang);
  if (note) out.push(...wrap(note, TEXT_WIDTH, '  '));
  if (r.history.state !== 'ok') return out;
  if (r.trend.filter((p) => !p.now).length === 0) out.push(`  ${t(lang, 'status.trend.empty')}`);
  const cols: Column[] = [
    { header: '' },
    { header: t(lang, 'status.col.materials'), align: 'right' },
    { header: t(lang, 'status.col.percent'), align: 'right' },
    { header: t(lang, 'status.col.complete'), align: 'right' },
    { header: t(lang, 'status.col.ledger'), align: 'right' },
  ];
  const rows = r.trend.slice(-last).map((p) => trendRow(r, p, lang));
  if (rows.length) out.push(...renderTable(cols, rows, TEXT_WIDTH, '  ', style.bold, columnsOf(ctx)));
  return out;
}

/** The report's wrap (util/display-width.ts), the rest of a paragraph indented two more columns than its start. */
const wrapWith =
  (c: Columns) =>
  (s: string, max: number, indent = '', hang = `${indent}  `): string[] =>
    c.wrap(s, max, { indent, hang });
export const wrap = wrapWith(columnsFor());

/** `--unit`: the unit's missing materials (one line each) and its findings. */
function unitDetail(r: StatusReport, ctx: Ctx): string[] {
  const { lang, style } = ctx;
  const u = r.units[0];
  if (!u) return [];
  const c = columnsOf(ctx);
  const { width, fit } = c;
  const wrap = wrapWith(c);
  const out = ['', style.bold(t(lang, 'status.unit.missing', { count: u.missing.length }))];
  if (u.missing.length === 0) out.push(`  ${style.ok(t(lang, 'status.unit.none-missing'))}`);
  for (const m of u.missing) {
    const rejected = m.rejected.length
      ? t(lang, 'status.unit.rejected', { files: m.rejected.map((f) => f.split('/').pop()).join('、') })
      : '';
    const head = `  ${c.padEnd(t(lang, 'heading.indicator', { id: m.indicator }), 9)}${circled(m.material)} `;
    // The material's text gives way, so what was filed and does not count stays in sight.
    out.push(`${head}${fit(m.text, TEXT_WIDTH - width(head) - width(rejected))}${rejected}`);
  }
  const findings = r.findings ?? [];
  out.push('', style.bold(t(lang, 'status.unit.findings', { count: findings.length })));
  for (const d of findings) {
    const paint = d.severity === 'error' ? style.error : d.severity === 'warning' ? style.warning : style.dim;
    out.push(...wrap(findingLine(d, { lang, style: PLAIN }), TEXT_WIDTH, '', '      ').map(paint));
  }
  return out;
}

/** The overview in the terminal: 100 columns, coloured through `style` (plain under NO_COLOR). */
export function formatStatusText(report: StatusReport, ctx: Ctx): string {
  // Names, contacts and file names from the workspace: control characters shown, never acting.
  const r = visibleDeep(report);
  const { lang, style } = ctx;
  const wrap = wrapWith(columnsOf(ctx));
  const out = [...headerLines(r, ctx), '', style.bold(t(lang, 'status.units')), ...unitTable(r, ctx)];
  const stalled = noticeUnits(r);
  if (stalled.length) {
    out.push(...wrap(t(lang, 'status.stalled.note', { date: r.deadline.previousDue }), TEXT_WIDTH, '  '));
    out.push(...wrap(t(lang, 'status.stalled.count', { units: stalled.map((u) => u.name).join('、') }), TEXT_WIDTH, '  ').map(style.error));
  }
  if (r.unit) out.push(...unitDetail(r, ctx), '', ...reviewLines(r, lang).flatMap((s) => wrap(s, TEXT_WIDTH)));
  else {
    out.push('', style.bold(t(lang, 'status.areas')), ...areaTable(r, ctx), '');
    out.push(...sectionsAfterAreas(r, lang).flatMap((s) => wrap(s, TEXT_WIDTH)));
    out.push(...reviewLines(r, lang).flatMap((s) => wrap(s, TEXT_WIDTH, '', '    ')));
  }
  out.push(...problemLines(r, ctx));
  out.push(...returnsTextLines(r, lang, style, TEXT_WIDTH, columnsOf(ctx)));
  out.push('', ...trendLines(r, ctx));
  return `${out.join('\n')}\n`;
}

/** The problem list: its counts, a line per unit with problems, the overdue ones by name (red). */
function problemLines(r: StatusReport, ctx: Ctx): string[] {
  const p = problemSection(r, ctx.lang);
  if (!p) return [];
  const { style } = ctx;
  const wrap = wrapWith(columnsOf(ctx));
  const out = ['', style.bold(p.title), ...wrap(p.summary, TEXT_WIDTH, '  ').map(r.problems!.totals.overdue ? style.error : style.ok)];
  if (p.rows.length) {
    const cols: Column[] = p.headers.map((header, i) => (i === 0 ? { header, max: 20 } : { header, align: 'right' }));
    const rows = p.rows.map((row): Cell[] =>
      row.map((v, i) => (i === 3 && Number(v) > 0 ? { text: String(v), paint: style.error } : String(v))),
    );
    out.push(...renderTable(cols, rows, TEXT_WIDTH, '  ', style.bold, columnsOf(ctx)));
  }
  if (p.overdue.length) {
    out.push(style.bold(`  ${p.overdueTitle}`));
    for (const line of p.overdue) out.push(...wrap(line, TEXT_WIDTH, '  ', '      ').map(style.error));
  }
  return out;
}
