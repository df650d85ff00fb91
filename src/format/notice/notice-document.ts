import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import { chineseDate, chineseNumber } from '../../util/chinese-date.js';
import { percentText } from '../status/status-words.js';
import type { NoticeContent, NoticeUnit } from './notice-content.js';

/** A block of the 通报's body: a 一级标题 (一、), a paragraph (optionally led by a 二级标题 （一）…), a table. */
export type NoticeBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; lead?: string; text: string }
  | { kind: 'table'; headers: string[]; rows: string[][] };

/** The 通报 in words, laid out by the renderer (notice-docx.ts): nothing in it is worded there. */
export interface NoticeDocument {
  /** 发文机关标志 (red, above the title), or null without --masthead */
  masthead: string | null;
  title: string;
  /** 主送机关, with its colon */
  addressee: string;
  blocks: NoticeBlock[];
  /** 落款: the organisation and the 成文日期 */
  signature: string;
  date: string;
}

export interface NoticeOptions {
  lang: Lang;
  /** 主送机关 (default 各单位) */
  to?: string;
  masthead: boolean;
}

/** 2026-11-04 → 2026年11月4日 (the body's dates); English keeps the ISO day. */
const day = (lang: Lang, d: string): string =>
  lang === 'zh' ? `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日` : d;
const monthText = (lang: Lang, m: string): string => (lang === 'zh' ? `${Number(m.slice(0, 4))}年${Number(m.slice(5, 7))}月` : m);
/** （一）（二）… for the units, up to 九十九 (a 通报 of more units than that is a list, still numbered). */
function ordinal(n: number, lang: Lang): string {
  return lang === 'en' || n > 99 ? String(n) : chineseNumber(n);
}

function ledgerCell(u: NoticeUnit, lang: Lang): string {
  const { state, date } = u.ledger;
  if (state === 'on-time' || state === 'late') return t(lang, `notice.cell.${state}`, { date: day(lang, date!).replace(/^\d+年/, '') });
  return t(lang, `notice.cell.${state}`);
}

function unitParagraph(u: NoticeUnit, i: number, c: NoticeContent, lang: Lang): NoticeBlock {
  const month = monthText(lang, c.month);
  const facts = [
    t(lang, 'notice.unit.materials', { ...u, percent: percentText(u.percent) }),
    u.ledger.state === 'on-time' || u.ledger.state === 'late'
      ? t(lang, `notice.unit.ledger.${u.ledger.state}`, { month, date: day(lang, u.ledger.date!) })
      : t(lang, `notice.unit.ledger.${u.ledger.state}`, { month }),
    u.overdue.length
      ? t(lang, 'notice.unit.overdue', {
          count: u.overdue.length,
          items: u.overdue.map((p) => t(lang, 'notice.unit.overdue.item', { ...p, due: day(lang, p.due) })),
        })
      : t(lang, 'notice.unit.overdue.none'),
    !u.change
      ? t(lang, 'notice.unit.change.unknown')
      : u.change.covered > 0 || u.change.ledgerDone > 0
        ? t(lang, 'notice.unit.change', { ...u.change, date: day(lang, c.previousDue) })
        : t(lang, 'notice.unit.change.none', { date: day(lang, c.previousDue) }),
  ];
  return { kind: 'paragraph', lead: t(lang, 'notice.unit.lead', { no: ordinal(i + 1, lang), name: u.name }), text: facts.join('') };
}

function returnsParagraph(c: NoticeContent, lang: Lang): string {
  const month = monthText(lang, c.month);
  const r = c.returns;
  if (!r) return t(lang, 'notice.returns.unrecorded', { month });
  if (c.open && c.due)
    return t(lang, 'notice.returns.open', { month, due: day(lang, c.due), returned: r['on-time'] + r.late, pending: r.pending });
  return t(lang, 'notice.returns', { month, onTime: r['on-time'], late: r.late, missing: r.missing });
}

/**
 * The 通报's words from its content: 标题, 主送, an opening, 一、总体情况, 二、进展滞后的单位 (a table,
 * then a paragraph of facts per unit), 三、工作要求, 落款.
 */
export function noticeDocument(c: NoticeContent, opts: NoticeOptions): NoticeDocument {
  const { lang } = opts;
  const month = monthText(lang, c.month);
  const s = c.totals;
  const blocks: NoticeBlock[] = [
    { kind: 'paragraph', text: t(lang, 'notice.intro', { month }) },
    { kind: 'heading', text: t(lang, 'notice.h.overall') },
    {
      kind: 'paragraph',
      text: t(lang, 'notice.overall', { ...s, date: day(lang, c.today), percent: percentText(s.percent) }) + returnsParagraph(c, lang),
    },
    { kind: 'heading', text: t(lang, 'notice.h.lagging') },
  ];
  const since = day(lang, c.previousDue);
  if (c.units.length === 0)
    blocks.push({ kind: 'paragraph', text: t(lang, c.historyKnown ? 'notice.lagging.none' : 'notice.lagging.unknown', { date: since }) });
  else {
    blocks.push({
      kind: 'paragraph',
      text: t(lang, 'notice.lagging', { count: c.units.length, date: since, names: c.units.map((u) => u.name) }),
    });
    blocks.push({
      kind: 'table',
      headers: [
        t(lang, 'notice.col.no'),
        t(lang, 'notice.col.unit'),
        t(lang, 'notice.col.materials'),
        t(lang, 'notice.col.to-submit'),
        t(lang, 'notice.col.broken'),
        t(lang, 'notice.col.ledger', { month }),
        t(lang, 'notice.col.overdue'),
        t(lang, 'notice.col.change'),
      ],
      rows: c.units.map((u, i) => [
        String(i + 1),
        u.name,
        `${u.covered}/${u.required}`,
        String(u.toSubmit),
        String(u.broken),
        ledgerCell(u, lang),
        String(u.overdue.length),
        !u.change
          ? t(lang, 'notice.cell.unknown')
          : u.change.covered || u.change.ledgerDone
            ? t(lang, 'notice.cell.change', u.change)
            : t(lang, 'notice.cell.no-change'),
      ]),
    });
    blocks.push(...c.units.map((u, i) => unitParagraph(u, i, c, lang)));
  }
  blocks.push({ kind: 'heading', text: t(lang, 'notice.h.requirements') });
  const next = day(lang, c.nextDue);
  blocks.push({
    kind: 'paragraph',
    text: c.units.length ? t(lang, 'notice.requirements', { date: next }) : t(lang, 'notice.requirements.none', { date: next }),
  });
  return {
    masthead: opts.masthead ? t(lang, 'notice.masthead', { org: c.organization }) : null,
    title: t(lang, 'notice.title', { month }),
    addressee: t(lang, 'notice.addressee', { to: opts.to?.trim() || t(lang, 'notice.addressee.default') }),
    blocks,
    signature: c.organization,
    date: lang === 'zh' ? chineseDate(c.today) : c.today,
  };
}
