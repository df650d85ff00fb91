import { fixed, joinList, msg, type AnyMessage } from './lang.js';

/** What `import` says about returns.yaml and what `status` says about the monthly ledgers that came back. */
export const RETURNS_TEXT = {
  'import.returns-broken': msg<'line'>({
    zh: (a) =>
      `returns.yaml 第 ${a.line} 行有误，台账回收记录无法读取，本次导入未写入任何文件。请运行 ledger check 查看原因，修正后重新导入。`,
    en: (a) =>
      `returns.yaml is wrong at line ${a.line}: the record of returned ledgers cannot be read, so nothing was imported. ` +
      'Run ledger check to see why, fix it and import again.',
  }),
  'import.returned': msg<'date', 'months' | 'units'>({
    zh: (a) => `已记录台账回收：${joinList(a.units, 'zh')}（${joinList(a.months, 'zh')}，${a.date}）→ returns.yaml`,
    en: (a) => `Recorded the returned ledgers of ${joinList(a.units, 'en')} (${joinList(a.months, 'en')}, ${a.date}) in returns.yaml`,
  }),
  'import.returned-dry-run': msg<'date', 'months' | 'units'>({
    zh: (a) => `将记录台账回收：${joinList(a.units, 'zh')}（${joinList(a.months, 'zh')}，${a.date}）→ returns.yaml（试运行，未写入）`,
    en: (a) =>
      `Would record the returned ledgers of ${joinList(a.units, 'en')} (${joinList(a.months, 'en')}, ${a.date}) ` +
      'in returns.yaml (dry run: not written)',
  }),
  'import.returned-already': fixed(
    '这些台账此前已记录为收回（同一单位、月份、文件），returns.yaml 未改动。',
    'These ledgers were already recorded as returned (same unit, month and file); returns.yaml unchanged.',
  ),
  'status.returns.title': fixed('月度台账回收', 'Monthly ledgers returned'),
  'status.returns.month': msg<'due' | 'late' | 'missing' | 'month' | 'onTime'>({
    zh: (a) => `${a.month}（${a.due} 前报送）：按时 ${a.onTime}，逾期 ${a.late}，未交 ${a.missing}`,
    en: (a) => `${a.month} (due ${a.due}): on time ${a.onTime}, late ${a.late}, not returned ${a.missing}`,
  }),
  'status.returns.month-open': msg<'due' | 'month' | 'onTime' | 'pending'>({
    zh: (a) => `${a.month}（${a.due} 前报送，尚未到期）：已交 ${a.onTime}，待交 ${a.pending}`,
    en: (a) => `${a.month} (due ${a.due}, not yet due): returned ${a.onTime}, to come ${a.pending}`,
  }),
  'status.returns.on-time': fixed('按时', 'on time'),
  'status.returns.late': fixed('逾期', 'late'),
  'status.returns.missing': fixed('未交', 'not returned'),
  'status.returns.pending': fixed('待交', 'to come'),
  'status.returns.unrecorded': fixed('未记录', 'no record'),
  'status.returns.month-unrecorded': msg<'due' | 'month'>({
    zh: (a) => `${a.month}（${a.due} 前报送）：未记录（台账回收从第一次导入起记录）`,
    en: (a) => `${a.month} (due ${a.due}): no record (returns are recorded from the first import on)`,
  }),
  'status.returns.names': msg<'label', 'names'>({
    zh: (a) => `${a.label}：${joinList(a.names, 'zh')}`,
    en: (a) => `${a.label}: ${joinList(a.names, 'en')}`,
  }),
  'status.returns.broken': fixed(
    'returns.yaml 无法读取，台账回收情况未显示（运行 ledger check 查看）。',
    'returns.yaml cannot be read: returns are not shown (ledger check shows why).',
  ),
  'status.returns.none': fixed('本周期尚无到期月份。', 'No month of the cycle is due yet.'),
} satisfies Record<string, AnyMessage>;
