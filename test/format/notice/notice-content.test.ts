import { describe, expect, it } from 'vitest';
import type { StatusReport, UnitStatus } from '../../../src/check/status/report.js';
import type { ReturnMonth } from '../../../src/check/status/returns-status.js';
import { noticeContent } from '../../../src/format/notice/notice-content.js';
import { noticeDocument, type NoticeBlock } from '../../../src/format/notice/notice-document.js';
import { noticeUnits } from '../../../src/format/status/status-words.js';

/** A unit line of the overview: only what the 通报 reads is set. */
const unit = (id: string, name: string, stalled: boolean | null, over: Partial<UnitStatus> = {}): UnitStatus =>
  ({
    id,
    name,
    stalled,
    indicators: 10,
    covered: 3,
    required: 20,
    percent: 15,
    errors: 18,
    toSubmit: 17,
    progress: { covered: 0, ledgerDone: 0 },
    ...over,
  }) as UnitStatus;

const month = (m: string, states: Record<string, [ReturnMonth['units'][number]['state'], string | null]>, open = false): ReturnMonth => ({
  month: m,
  due: `${m}-04`,
  open,
  recorded: Object.values(states).some(([s]) => s !== 'unrecorded'),
  units: Object.entries(states).map(([id, [state, date]]) => ({ id, name: id, state, date, changes: date ? 0 : null })),
});

function report(units: UnitStatus[], months: ReturnMonth[]): StatusReport {
  return {
    organization: '禹州市市场监督管理局',
    today: '2026-11-28',
    deadline: { previousDue: '2026-11-04', nextDue: '2026-12-04' },
    totals: {
      indicators: 119,
      complete: 5,
      ledgerDone: 7,
      materials: { covered: 40, required: 258, percent: 15 },
      errors: 230,
      toSubmit: 218,
      broken: 12,
    },
    units,
    problems: {
      totals: {},
      units: [],
      overdue: [
        { id: 'P-3', unit: 'bangongshi', unitName: '办公室', indicator: '9', description: '清单未公开', due: '2026-10-01', days: 58 },
        { id: 'P-7', unit: 'fagui', unitName: '法规科', indicator: '30', description: '目录未更新', due: '2026-11-01', days: 27 },
      ],
    },
    returns: { state: 'ok', months },
    history: { state: 'ok' },
  } as unknown as StatusReport;
}

const units = [
  unit('bangongshi', '办公室', true, { errors: 40, toSubmit: 37, covered: 0, required: 37, percent: 0 }),
  unit('fagui', '法规科', false),
  unit('renshi', '人事科', true, { progress: null }),
  unit('xinyong', '信用监管科', null),
];
const nov = month('2026-11', { bangongshi: ['late', '2026-11-06'], fagui: ['on-time', '2026-11-03'], renshi: ['missing', null] });
const text = (blocks: NoticeBlock[]): string =>
  blocks
    .map((b) =>
      b.kind === 'table'
        ? [b.headers, ...b.rows].map((r) => r.join('|')).join('\n')
        : (b.kind === 'paragraph' ? (b.lead ?? '') : '') + b.text,
    )
    .join('\n');

describe('the 通报 content: the units status names, and the facts behind each', () => {
  it('names exactly the units status lists as 列入通报的单位, in its order, with their facts', () => {
    const r = report(units, [nov]);
    const c = noticeContent(r, '2026-11');
    expect(c.units.map((u) => u.id)).toEqual(noticeUnits(r).map((u) => u.id));
    expect(c.units.map((u) => u.id)).toEqual(['bangongshi', 'renshi']);
    expect(c.units[0]).toMatchObject({
      name: '办公室',
      covered: 0,
      required: 37,
      toSubmit: 37,
      broken: 3,
      ledger: { state: 'late', date: '2026-11-06' },
      change: { covered: 0, ledgerDone: 0 },
    });
    expect(c.units[0]!.overdue.map((p) => p.id)).toEqual(['P-3']);
    expect(c.units[1]).toMatchObject({ ledger: { state: 'missing', date: null }, overdue: [], change: null });
    expect(c.returns).toEqual({ 'on-time': 1, late: 1, missing: 1, pending: 0 });
    expect(c).toMatchObject({ month: '2026-11', due: '2026-11-04', open: false, previousDue: '2026-11-04', nextDue: '2026-12-04' });
  });

  it('a month with no record of returns says so instead of 未报送', () => {
    const oct = month('2026-10', { bangongshi: ['unrecorded', null], renshi: ['unrecorded', null] });
    const c = noticeContent(report(units, [oct, nov]), '2026-10');
    expect(c.returns).toBeNull();
    expect(c.units.map((u) => u.ledger.state)).toEqual(['unrecorded', 'unrecorded']);
    const words = text(noticeDocument(c, { lang: 'zh', masthead: false }).blocks);
    expect(words).toContain('2026年10月工作台账的回收情况未记录');
    expect(words).not.toContain('未报送');
  });

  it('words it as an official document: title, 主送, numbered sections, a table row per unit, facts, 落款 with a Chinese date', () => {
    const c = noticeContent(report(units, [nov]), '2026-11');
    const d = noticeDocument(c, { lang: 'zh', masthead: true });
    expect(d.masthead).toBe('禹州市市场监督管理局文件');
    expect(d.title).toBe('关于2026年11月法治政府建设示范创建工作推进情况的通报');
    expect(d.addressee).toBe('各单位：');
    expect(d.signature).toBe('禹州市市场监督管理局');
    expect(d.date).toBe('二〇二六年十一月二十八日');
    expect(d.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['一、总体情况', '二、进展滞后的单位', '三、工作要求']);
    const table = d.blocks.find((b) => b.kind === 'table')!;
    expect(table.kind === 'table' && table.rows).toEqual([
      ['1', '办公室', '0/37', '37', '3', '逾期（11月6日）', '1', '无变化'],
      ['2', '人事科', '3/20', '17', '1', '未报送', '0', '—'],
    ]);
    const words = text(d.blocks);
    expect(words).toContain('以下2个单位自2026年11月4日以来材料、台账和整改均无进展，工作滞后，予以通报：办公室、人事科。');
    expect(words).toContain('（一）办公室。承担指标10项，应报送材料37项，已报送0项（0%），尚待报送37项');
    expect(words).toContain('2026年11月工作台账于2026年11月6日逾期报送。');
    expect(words).toContain('逾期未整改的问题1个：P-3（第9项指标，清单未公开，整改时限2026年10月1日，已逾期58天）。');
    expect(words).toContain('（二）人事科。');
    expect(words).toContain('与上月的变化无法比较');
    expect(words).toContain('2026年11月工作台账按时报送1个单位，逾期报送1个，未报送1个。');
    expect(words).toContain('于2026年12月4日前补齐材料');
    expect(words).not.toContain('法规科');
  });

  it('a month with no lagging unit still makes a 通报: the overall state, none named, what is required', () => {
    const calm = [unit('fagui', '法规科', false), unit('bangongshi', '办公室', false)];
    const d = noticeDocument(noticeContent(report(calm, [nov]), '2026-11'), { lang: 'zh', masthead: false, to: '各股室、各所（队）' });
    expect(d.masthead).toBeNull();
    expect(d.addressee).toBe('各股室、各所（队）：');
    expect(d.blocks.some((b) => b.kind === 'table')).toBe(false);
    expect(text(d.blocks)).toContain('本月没有列入通报的单位');
    expect(text(d.blocks)).toContain('请各单位对照时间节点，于2026年12月4日前报送工作台账和材料');
    // Without git history nobody can be named: the draft says why instead of 'no lagging unit'.
    const blind = noticeContent({ ...report(calm, [nov]), history: { state: 'not-a-repository' } } as unknown as StatusReport, '2026-11');
    expect(blind.historyKnown).toBe(false);
    const words = text(noticeDocument(blind, { lang: 'zh', masthead: false }).blocks);
    expect(words).toContain('工作区没有可用的 git 历史，无法判断各单位自2026年11月4日以来是否有进展');
    expect(words).not.toContain('本月没有列入通报的单位');
  });

  it('English: the same structure in English words, ISO dates', () => {
    const d = noticeDocument(noticeContent(report(units, [nov]), '2026-11'), { lang: 'en', masthead: false });
    expect(d.title).toContain('2026-11');
    expect(d.date).toBe('2026-11-28');
    expect(text(d.blocks)).toContain('named in this notice: 办公室, 人事科.');
  });
});
