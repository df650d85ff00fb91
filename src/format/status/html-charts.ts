import type { StageState } from '../../model/deadline.js';
import { daysBetween } from '../../util/dates.js';
import { clip } from '../../util/truncate.js';
import { labelledPositions, percentScale } from './chart-scale.js';

/**
 * The page's charts as inline SVG written here: a few kilobytes, no script, vector when printed,
 * drawn the same by every Chromium since long before Edge 80. Coordinates are in a 700-unit-wide
 * viewBox (an A4 page's text width at 96 dpi); the SVG scales to its box.
 */

export const esc = (s: string | number): string =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const W = 700;
const fmt = (n: number): string => String(Math.round(n * 10) / 10);

/** Fill colour for a percentage: the same thresholds as the terminal's colours. */
export function tone(p: number | null): string {
  if (p === null) return 'none';
  return p >= 80 ? 'good' : p >= 30 ? 'fair' : 'poor';
}

function svg(height: number, body: string[], label: string, cls: string): string {
  return (
    `<svg class="chart ${cls}" viewBox="0 0 ${W} ${fmt(height)}" width="100%" role="img" aria-label="${esc(label)}" ` +
    `xmlns="http://www.w3.org/2000/svg">${body.join('')}</svg>`
  );
}

export interface Bar {
  id: string;
  label: string;
  covered: number;
  required: number;
  percent: number | null;
  /** a short red tag after the label (通报) */
  flag?: string;
}

/** Horizontal bars, one per row: label, track, bar, `covered/required  percent`. */
export function barChart(bars: Bar[], label: string, cls: string, labelWidth = 190): string {
  const row = 24;
  // A label longer than its room is cut (the whole text stays in its tooltip): about 13 units a CJK character.
  const maxChars = Math.floor(labelWidth / 13) - (bars.some((b) => b.flag) ? 4 : 0);
  const x0 = labelWidth + 8;
  const span = W - x0 - 110;
  const body = bars.map((b, i) => {
    const y = i * row + 4;
    const len = b.required ? (span * b.covered) / b.required : 0;
    const flag = b.flag ? `<tspan class="flag" dx="4">${esc(b.flag)}</tspan>` : '';
    return (
      `<g class="row" data-id="${esc(b.id)}">` +
      `<text class="label" x="${labelWidth}" y="${y + 13}" text-anchor="end"><title>${esc(b.label)}</title>${esc(clip(b.label, maxChars))}${flag}</text>` +
      `<rect class="track" x="${x0}" y="${y}" width="${span}" height="16" rx="2"/>` +
      `<rect class="bar ${tone(b.percent)}" data-id="${esc(b.id)}" x="${x0}" y="${y}" width="${fmt(len)}" height="16" rx="2"/>` +
      `<text class="value" x="${x0 + span + 8}" y="${y + 13}">${b.covered}/${b.required}  ${b.percent === null ? '—' : `${b.percent}%`}</text>` +
      `</g>`
    );
  });
  return svg(bars.length * row + 8, body, label, cls);
}

/** The stages as a Gantt chart over the cycle, with today marked by a red line. */
export function stageTimeline(stages: StageState[], cycle: { start: string; end: string }, today: string, todayLabel: string): string {
  const x0 = 170;
  const span = W - x0 - 10;
  const total = Math.max(1, daysBetween(cycle.start, cycle.end) + 1);
  const x = (day: string): number => x0 + (span * Math.min(total, Math.max(0, daysBetween(cycle.start, day)))) / total;
  const row = 22;
  const top = 22;
  const body: string[] = [];
  // Month ticks every three months, labelled YYYY-MM; over a longer cycle every 3·k months so there
  // are never more than about 12 (a cycle ending 9999-12-31 drew 391,856 of them: a 48 MB page).
  const [sy, sm] = cycle.start.split('-').map(Number) as [number, number];
  const [ey, em] = cycle.end.split('-').map(Number) as [number, number];
  const months = Math.max(0, (ey - sy) * 12 + (em - sm));
  const step = 3 * Math.max(1, Math.ceil(months / 36));
  for (let i = 0; ; i += step) {
    const y = sy + Math.floor((sm - 1 + i) / 12);
    const m = ((sm - 1 + i) % 12) + 1;
    // Compared as numbers: as text, year 10000 sorts before 9999 and the loop ran to year 99999.
    if (y > ey || (y === ey && m > em)) break;
    const day = `${y}-${String(m).padStart(2, '0')}-01`;
    body.push(`<line class="tick" x1="${fmt(x(day))}" x2="${fmt(x(day))}" y1="${top - 4}" y2="${top + stages.length * row}"/>`);
    body.push(`<text class="axis" x="${fmt(x(day))}" y="${top - 8}" text-anchor="middle">${y}-${String(m).padStart(2, '0')}</text>`);
  }
  stages.forEach((s, i) => {
    const y = top + i * row + 3;
    const x1 = x(s.start);
    const x2 = Math.max(x1 + 3, x(s.due) + span / total);
    body.push(
      `<g class="stage ${s.state}"><text class="label" x="${x0 - 8}" y="${y + 12}" text-anchor="end">${esc(s.name)}</text>` +
        `<rect x="${fmt(x1)}" y="${y}" width="${fmt(x2 - x1)}" height="16" rx="2"><title>${esc(`${s.name} ${s.start} – ${s.due}`)}</title></rect></g>`,
    );
  });
  if (today >= cycle.start && today <= cycle.end) {
    const tx = fmt(x(today));
    body.push(
      `<g class="today"><line x1="${tx}" x2="${tx}" y1="${top - 4}" y2="${top + stages.length * row + 2}"/>` +
        `<text x="${tx}" y="${top + stages.length * row + 16}" text-anchor="middle">${esc(`${todayLabel} ${today}`)}</text></g>`,
    );
  }
  return svg(top + stages.length * row + 22, body, todayLabel, 'timeline');
}

export interface Series {
  id: string;
  label: string;
  /** one value per x position, percent 0–100; null where there is no value */
  values: (number | null)[];
}

/** A due date as an axis label: the month and day (its year is in the point's tooltip); other labels as they are. */
const shortDate = (label: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(label) ? label.slice(5) : label);

/**
 * A line chart of coverage in percent over the due dates (`labels`). Each value is a circle of
 * class `trend-point` (the HEAD point, last when `lastIsNow`, is `trend-now` instead). The y-axis
 * spans the values (chart-scale.ts), its ticks labelled, so a change of a few points is visible;
 * every point gets a faint line and, where there is room, its date.
 */
export function lineChart(
  labels: string[],
  series: Series[],
  opts: { width: number; height: number; reference?: (number | null)[]; lastIsNow: boolean; title: string },
): string {
  const { width: w, height: h } = opts;
  const left = 30;
  const right = 10;
  const top = 22;
  const bottom = 18;
  const n = labels.length;
  const all = [...series.flatMap((s) => s.values), ...(opts.reference ?? [])].filter((v): v is number => v !== null);
  const scale = percentScale(all);
  const px = (i: number): number => (n <= 1 ? left + (w - left - right) / 2 : left + ((w - left - right) * i) / (n - 1));
  const py = (v: number): number => top + ((h - top - bottom) * (scale.hi - v)) / Math.max(1, scale.hi - scale.lo);
  const body: string[] = [`<text class="title" x="${left}" y="14">${esc(opts.title)}</text>`];
  for (const v of scale.ticks) {
    body.push(`<line class="grid" x1="${left}" x2="${w - right}" y1="${fmt(py(v))}" y2="${fmt(py(v))}"/>`);
    body.push(`<text class="axis y-tick" x="${left - 4}" y="${fmt(py(v) + 3)}" text-anchor="end">${v}%</text>`);
  }
  const shown = labelledPositions(n, w - left - right);
  labels.forEach((label, i) => {
    body.push(`<line class="tick x-tick" x1="${fmt(px(i))}" x2="${fmt(px(i))}" y1="${top}" y2="${h - bottom}"/>`);
    if (!shown.has(i)) return;
    const anchor = n > 1 && i === 0 ? 'start' : i === n - 1 && n > 1 ? 'end' : 'middle';
    body.push(`<text class="axis x-label" x="${fmt(px(i))}" y="${h - 4}" text-anchor="${anchor}">${esc(shortDate(label))}</text>`);
  });
  const line = (values: (number | null)[], cls: string): string => {
    const pts = values.flatMap((v, i) => (v === null ? [] : [`${fmt(px(i))},${fmt(py(v))}`]));
    return pts.length > 1 ? `<polyline class="${cls}" points="${pts.join(' ')}"/>` : '';
  };
  if (opts.reference) body.push(line(opts.reference, 'reference'));
  for (const s of series) {
    body.push(`<g class="series" data-id="${esc(s.id)}">${line(s.values, 'line')}`);
    s.values.forEach((v, i) => {
      if (v === null) return;
      const now = opts.lastIsNow && i === n - 1;
      body.push(
        `<circle class="${now ? 'trend-now' : 'trend-point'}" data-id="${esc(s.id)}" cx="${fmt(px(i))}" cy="${fmt(py(v))}" r="${now ? 3.5 : 2.5}">` +
          `<title>${esc(`${s.label} ${labels[i]}: ${v}%`)}</title></circle>`,
      );
    });
    body.push('</g>');
  }
  return (
    `<svg class="chart trend" viewBox="0 0 ${w} ${h}" width="100%" role="img" aria-label="${esc(opts.title)}" ` +
    `xmlns="http://www.w3.org/2000/svg">${body.join('')}</svg>`
  );
}
