import { describe, expect, it } from 'vitest';
import { returnsStatus } from '../../../src/check/status/returns-status.js';
import type { LedgerReturn } from '../../../src/model/schemas/returns.js';

const units = [
  { id: 'fagui', name: '法规科' },
  { id: 'bangongshi', name: '办公室' },
  { id: 'renshi', name: '人事科' },
];
const cycle = { start: '2026-01-01', end: '2027-12-31' };
const ret = (unit: string, month: string, date: string, progress = 0): LedgerReturn => ({
  unit,
  month,
  date,
  files: [{ name: `${unit}.xlsx`, sha256: 'a'.repeat(64) }],
  changes: { status: 0, progress, contact: 0 },
});

describe('returnsStatus', () => {
  const returns = [
    ret('fagui', '2026-11', '2026-11-04', 2),
    ret('bangongshi', '2026-11', '2026-11-05'),
    ret('fagui', '2026-11', '2026-11-20', 1),
  ];
  const s = returnsStatus(returns, units, cycle, 4, '2026-11-28');

  it('lists every month of the cycle due by today, then the next one (open)', () => {
    expect(s.months.map((m) => [m.month, m.due, m.open])).toEqual([
      ...Array.from({ length: 11 }, (_, i) => [
        `2026-${String(i + 1).padStart(2, '0')}`,
        `2026-${String(i + 1).padStart(2, '0')}-04`,
        false,
      ]),
      ['2026-12', '2026-12-04', true],
    ]);
  });

  it('the 4th itself is on time, the 5th late, none missing; the open month is pending', () => {
    const nov = s.months.find((m) => m.month === '2026-11')!;
    expect(nov.units).toEqual([
      { id: 'fagui', name: '法规科', state: 'on-time', date: '2026-11-04', changes: 3 },
      { id: 'bangongshi', name: '办公室', state: 'late', date: '2026-11-05', changes: 0 },
      { id: 'renshi', name: '人事科', state: 'missing', date: null, changes: null },
    ]);
    expect(s.months.at(-1)!.units.map((u) => u.state)).toEqual(['pending', 'pending', 'pending']);
  });

  it('on the due day the month is still open; a broken returns.yaml shows as broken', () => {
    expect(returnsStatus([], units, cycle, 4, '2026-12-04').months.at(-1)).toMatchObject({ month: '2026-12', open: true });
    expect(returnsStatus(null, units, cycle, 4, '2026-11-28')).toEqual({ state: 'broken', months: [] });
  });
});

describe('returnsStatus before the first recorded return', () => {
  it('marks the months before the first month in returns.yaml unrecorded, not missing; the first one on is judged', () => {
    const s = returnsStatus([ret('fagui', '2026-10', '2026-10-03')], units, cycle, 4, '2026-11-28');
    const state = (month: string) => s.months.find((m) => m.month === month)!;
    expect(state('2026-09')).toMatchObject({ recorded: false });
    expect(state('2026-09').units.map((u) => u.state)).toEqual(['unrecorded', 'unrecorded', 'unrecorded']);
    expect(state('2026-10')).toMatchObject({ recorded: true });
    expect(state('2026-10').units.map((u) => u.state)).toEqual(['on-time', 'missing', 'missing']);
    expect(state('2026-11').units.map((u) => u.state)).toEqual(['missing', 'missing', 'missing']);
    // With nothing recorded at all, no closed month says 未交; the open one still waits.
    const none = returnsStatus([], units, cycle, 4, '2026-11-28');
    expect(none.months.filter((m) => !m.open).every((m) => m.units.every((u) => u.state === 'unrecorded'))).toBe(true);
    expect(none.months.at(-1)!.units.map((u) => u.state)).toEqual(['pending', 'pending', 'pending']);
  });
});
