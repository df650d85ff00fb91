import type { StatusReport, TrendPoint, UnitStatus } from '../../check/status/report.js';
import { coveragePercent, type ReviewCounts } from '../../model/check-summary.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';

/** What the overview says about its history when it has none, or only part of it; null when all is there. */
export function historyNote(r: StatusReport, lang: Lang): string | null {
  const h = r.history;
  if (h.state !== 'ok') return t(lang, `status.history.${h.state}`, { detail: h.detail });
  if (h.shallow) return t(lang, 'status.history.shallow', { since: h.since ?? '?' });
  return null;
}

/**
 * The units named in the 通报 (列入通报的单位): work outstanding and 无进展 since the previous due
 * date. Every status format prints this list and `ledger notice` drafts the 通报 of exactly these.
 */
export const noticeUnits = (r: StatusReport): UnitStatus[] => r.units.filter((u) => u.stalled === true);

/** The per-unit table's columns, in order (status.col.<key>), for the page and the Markdown alike. */
export const UNIT_COLUMNS = [
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

/** A unit's progress since the previous due date in a few characters: materials first, else ledger rows. */
export function progressText(u: UnitStatus, lang: Lang): string {
  if (u.stalled) return t(lang, 'status.stalled');
  if (!u.progress) return '—';
  if (u.progress.covered > 0) return t(lang, 'status.progress.covered', { n: u.progress.covered });
  if (u.progress.ledgerDone > 0) return t(lang, 'status.progress.ledger', { n: u.progress.ledgerDone });
  return '—';
}

/**
 * The lines after the per-area table: unassigned indicators, indicators without materials, and
 * the place where the 整改 problem list goes once ledger reads it (`problems`: null until then, so
 * nothing is printed). The 初评 reviews follow (reviewLines).
 */
export function sectionsAfterAreas(r: StatusReport, lang: Lang): string[] {
  const out: string[] = [];
  const u = r.unassigned;
  out.push(
    u.ids.length
      ? t(lang, 'status.unassigned', { count: u.ids.length, covered: u.covered, required: u.required, ids: u.ids.join('、') })
      : t(lang, 'status.unassigned.none'),
  );
  if (r.withoutMaterials.length) out.push(t(lang, 'status.without-materials', { ids: r.withoutMaterials.join('、') }));
  return out;
}

/** A unit's name as the report shows it, or its id when it has no line. */
const nameOf = (r: StatusReport, id: string): string => r.units.find((u) => u.id === id)?.name ?? id;

/** Units with any verdict recorded, lagging order of the report: only they get a line of their own. */
export function reviewedUnits(r: StatusReport): { id: string; name: string; counts: ReviewCounts }[] {
  const order = r.units.map((u) => u.id);
  return Object.entries(r.reviews.units)
    .filter(([, c]) => c.passed + c.returned + c.stale > 0)
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([id, counts]) => ({ id, name: nameOf(r, id), counts }));
}

/**
 * The 初评 lines after the areas (or the unit's detail): the count of every state, then one line per
 * unit with a verdict; one line saying none is recorded yet before the review starts.
 */
export function reviewLines(r: StatusReport, lang: Lang, perUnit = true): string[] {
  const c = r.reviews;
  const total = c.passed + c.returned + c.stale + c.unreviewed;
  if (total === c.unreviewed) return [t(lang, 'status.reviews.none')];
  const out = [t(lang, 'status.reviews', { ...counts(c), total })];
  if (perUnit && !r.unit) for (const u of reviewedUnits(r)) out.push(t(lang, 'status.reviews.unit', { name: u.name, ...counts(u.counts) }));
  return out;
}

const counts = (c: ReviewCounts): Record<keyof ReviewCounts, number> => ({
  passed: c.passed,
  returned: c.returned,
  stale: c.stale,
  unreviewed: c.unreviewed,
});

/** A percentage as shown: `47%`, or — when nothing is required. */
export const percentText = (p: number | null): string => (p === null ? '—' : `${p}%`);

/** A trend point as a row (date, materials, percentage, 材料齐全, 台账已完成): the unit's counts with `--unit`, else the bureau's. */
export function trendRow(r: StatusReport, p: TrendPoint, lang: Lang): string[] {
  const c = r.unit ? (p.units[r.unit] ?? { covered: 0, required: 0, ledgerDone: 0, complete: 0 }) : p;
  return [
    p.now ? `${t(lang, 'status.trend.now')} ${p.date}` : p.date,
    `${c.covered}/${c.required}`,
    percentText(coveragePercent(c)),
    String(c.complete),
    String(c.ledgerDone),
  ];
}
