import type { StatusReport, TrendPoint, UnitStatus } from '../../check/status/report.js';
import { coveragePercent } from '../../model/check-summary.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';

/** What the overview says about its history when it has none, or only part of it; null when all is there. */
export function historyNote(r: StatusReport, lang: Lang): string | null {
  const h = r.history;
  if (h.state !== 'ok') return t(lang, `status.history.${h.state}`, { detail: h.detail });
  if (h.shallow) return t(lang, 'status.history.shallow', { since: h.since ?? '?' });
  return null;
}

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
 * the place where the 整改 problem list and the 初评 reviews go once ledger reads them
 * (`problems`, `reviews`: null until then, so nothing is printed).
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
