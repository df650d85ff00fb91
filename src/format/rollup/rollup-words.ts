import type { Rollup, RollupIndicator, RollupOrganisation } from '../../model/rollup.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import type { RejectedSource } from '../../model/rollup-source.js';

/** The ranking's columns, in order, for the page and the Markdown alike. */
export const ORG_COLUMNS = [
  'rollup.col.rank',
  'rollup.col.org',
  'rollup.col.materials',
  'rollup.col.percent',
  'rollup.col.complete',
  'rollup.col.broken',
  'rollup.col.generated',
  'rollup.col.catalog',
  'rollup.col.counted',
] as const;

/** Words every roll-up format shares: a percentage, a catalog label, a 通报 reason, a rejected source. */
export const percentText = (p: number | null): string => (p === null ? '—' : `${p}%`);

export const catalogText = (c: { name: string; version: string } | null): string => (c ? `${c.name}@${c.version}` : '—');

export function noticeText(lang: Lang, n: Rollup['notice'][number]): string {
  return n.reasons.map((r) => t(lang, `rollup.notice.${r}`)).join(lang === 'zh' ? '、' : ', ');
}

export function rejectedText(lang: Lang, r: RejectedSource): string {
  const known = [
    'missing',
    'empty-folder',
    'verify-failed',
    'unreadable',
    'git-not-git',
    'git-unsafe',
    'git-no-git',
    'git-fetch-failed',
    'git-not-a-workspace',
    'git-too-many-yaml',
    'no-config',
    'unknown-catalog',
  ] as const;
  const reason = (known as readonly string[]).includes(r.reason)
    ? t(lang, `rollup.reason.${r.reason as (typeof known)[number]}`)
    : r.reason;
  return r.detail ? `${reason}：${r.detail}`.replace('：', lang === 'zh' ? '：' : ': ') : reason;
}

export const countedText = (lang: Lang, o: RollupOrganisation): string => t(lang, `rollup.counted.${o.countedBy}`);

/** Materials no merged organisation covers, as `9-2`. */
export const missingOf = (i: RollupIndicator): number[] => i.materials.filter((m) => m.coveredBy.length === 0).map((m) => m.no);

export const headLine = (lang: Lang, r: Rollup): string =>
  t(lang, 'rollup.head', {
    orgs: r.totals.organisations,
    merged: r.totals.merged,
    catalog: catalogText(r.catalog),
    today: r.today,
    due: r.lastDue,
  });

export const cityLine = (lang: Lang, r: Rollup): string =>
  t(lang, 'rollup.city', {
    covered: r.totals.materials.covered,
    required: r.totals.materials.required,
    percent: percentText(r.totals.materials.percent),
    complete: r.totals.complete,
    indicators: r.totals.indicators,
  }) + (r.countedBy.includes('file-names') ? t(lang, 'rollup.counted-by.file-names') : '');
