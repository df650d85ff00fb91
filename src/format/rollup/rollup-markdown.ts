import type { Rollup } from '../../model/rollup.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import {
  ORG_COLUMNS,
  catalogText,
  cityLine,
  countedText,
  headLine,
  missingOf,
  noticeText,
  percentText,
  rejectedText,
} from './rollup-words.js';

/** A table cell: pipes and line breaks would end the cell. */
const cell = (s: string | number): string => String(s).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const row = (cells: (string | number)[]): string => `| ${cells.map(cell).join(' | ')} |`;
const table = (head: string[], rows: (string | number)[][]): string[] => [row(head), row(head.map(() => '---')), ...rows.map(row)];

/** `ledger rollup --format markdown`: for a pull request comment or a wiki page. */
export function formatRollupMarkdown(r: Rollup, lang: Lang): string {
  const out: string[] = [`# ${t(lang, 'rollup.title')}`, '', headLine(lang, r), '', cityLine(lang, r), ''];
  out.push(`## ${t(lang, 'rollup.section.ranked')}`, '');
  out.push(
    ...table(
      ORG_COLUMNS.map((k) => t(lang, k)),
      r.organisations.map((o) => [
        o.rank,
        o.organization,
        `${o.covered}/${o.required}`,
        percentText(o.percent),
        o.complete,
        o.broken,
        o.generated + (o.stale ? ` ⚠ ${t(lang, 'rollup.notice.stale')}` : ''),
        catalogText(o.catalog) + (o.mismatched ? ` ⚠` : ''),
        countedText(lang, o),
      ]),
    ),
  );
  const list = (title: string, lines: string[]): void => {
    out.push('', `## ${title}`, '', ...(lines.length ? lines.map((l) => `- ${l}`) : [t(lang, 'rollup.none')]));
  };
  list(
    t(lang, 'rollup.section.notice'),
    r.notice.map((n) => `${n.organization}（${percentText(n.percent)}）：${noticeText(lang, n)}`),
  );
  list(
    t(lang, 'rollup.section.stale'),
    r.stale.map((s) => `${s.organization}：${s.generated}（${s.source}）`),
  );
  list(
    t(lang, 'rollup.section.mismatched'),
    r.mismatched.map((m) => `${m.organization}：${catalogText(m.catalog)}（${m.source}）`),
  );
  list(
    t(lang, 'rollup.section.rejected'),
    r.rejected.map((x) => `${x.source}：${rejectedText(lang, x)}`),
  );
  out.push('', `## ${t(lang, 'rollup.section.indicators')}`, '');
  out.push(
    ...table(
      [
        t(lang, 'rollup.col.indicator'),
        t(lang, 'rollup.col.materials'),
        t(lang, 'rollup.col.missing'),
        t(lang, 'rollup.col.contributors'),
        t(lang, 'rollup.col.lead'),
      ],
      r.indicators
        .filter((i) => i.owner === i.id && i.required > 0)
        .map((i) => [i.id, `${i.covered}/${i.required}`, missingOf(i).join(', '), i.contributors.join('、'), i.leadBy.join('、')]),
    ),
  );
  return `${out.join('\n')}\n`;
}
