import type { Rollup } from '../../model/rollup.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import type { Style } from '../format-options.js';
import { catalogText, cityLine, countedText, headLine, missingOf, noticeText, percentText, rejectedText } from './rollup-words.js';

/** How many indicator lines and missing materials the terminal shows (JSON and the HTML page show all). */
const MAX_LINES = 40;

/** `ledger rollup` on a terminal: the head, organisations ranked, the 通报 list, what is named, by indicator. */
export function formatRollupText(r: Rollup, opts: { lang: Lang; style: Style }): string {
  const { lang, style } = opts;
  const out: string[] = [style.bold(`${t(lang, 'rollup.title')}：${headLine(lang, r)}`), cityLine(lang, r), ''];
  out.push(style.bold(t(lang, 'rollup.section.ranked')));
  for (const o of r.organisations) {
    const flags = [o.stale ? t(lang, 'rollup.notice.stale') : '', o.mismatched ? catalogText(o.catalog) : ''].filter(Boolean);
    out.push(
      `  ${String(o.rank).padStart(3)}. ${o.organization}  ${o.covered}/${o.required} ${percentText(o.percent)}  ` +
        `${t(lang, 'rollup.col.complete')} ${o.complete}  ${t(lang, 'rollup.col.broken')} ${o.broken}  ` +
        `${t(lang, 'rollup.col.generated')} ${o.generated}  ${countedText(lang, o)}` +
        (flags.length ? `  ${style.warning(`[${flags.join(', ')}]`)}` : ''),
    );
  }
  const section = (title: string, lines: string[]): void => {
    if (!lines.length) return;
    out.push('', style.bold(title), ...lines.map((l) => `  ${l}`));
  };
  section(
    t(lang, 'rollup.section.notice'),
    r.notice.map((n) => `${n.organization}（${percentText(n.percent)}）：${noticeText(lang, n)}`),
  );
  section(
    t(lang, 'rollup.section.stale'),
    r.stale.map((s) => style.warning(`${s.organization}  ${s.generated}  ${s.source}`)),
  );
  section(
    t(lang, 'rollup.section.mismatched'),
    r.mismatched.map((m) => style.warning(`${m.organization}  ${catalogText(m.catalog)} ${m.catalog.sha256.slice(0, 12)}  ${m.source}`)),
  );
  section(
    t(lang, 'rollup.section.rejected'),
    r.rejected.map((x) => style.error(`${x.source}：${rejectedText(lang, x)}`)),
  );
  section(
    t(lang, 'rollup.section.superseded'),
    r.superseded.map((s) => `${s.organization}  ${s.generated}  ${s.source}`),
  );
  const missing = r.missingEverywhere.map((m) => `${m.indicator}-${m.material}`);
  section(
    `${t(lang, 'rollup.section.missing')}（${missing.length}）`,
    missing.length
      ? [
          missing.slice(0, MAX_LINES * 4).join(' ') +
            (missing.length > MAX_LINES * 4 ? ` ${t(lang, 'rollup.more', { count: missing.length - MAX_LINES * 4 })}` : ''),
        ]
      : [],
  );
  const rows = r.indicators.filter((i) => i.owner === i.id && i.required > 0);
  section(
    t(lang, 'rollup.section.indicators'),
    rows
      .slice(0, MAX_LINES)
      .map((i) => {
        const who = i.contributors.map((o) => `${o}(${i.cells[o]!.covered})`).join(' ');
        const gap = missingOf(i);
        return (
          `${i.id.padStart(4)}  ${i.covered}/${i.required}` +
          (gap.length ? `  ${t(lang, 'rollup.col.missing')} ${gap.join(',')}` : '') +
          (who ? `  ${who}` : '') +
          (i.leadBy.length ? `  ${t(lang, 'rollup.col.lead')} ${i.leadBy.join(',')}` : '')
        );
      })
      .concat(rows.length > MAX_LINES ? [t(lang, 'rollup.more', { count: rows.length - MAX_LINES })] : []),
  );
  return `${out.join('\n')}\n`;
}
