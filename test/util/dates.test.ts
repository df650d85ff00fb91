import { describe, expect, it } from 'vitest';
import { cycleStartYear } from '../../src/edit/init/ledger-config-template.js';
import { daysBetween, monthlyDueDates, nextMonthlyDue, previousMonthlyDue } from '../../src/util/dates.js';

describe('dates', () => {
  it('finds the next monthly due date (the due day itself counts)', () => {
    expect(nextMonthlyDue('2026-11-28', 4)).toBe('2026-12-04');
    expect(nextMonthlyDue('2026-12-04', 4)).toBe('2026-12-04');
    expect(nextMonthlyDue('2026-12-05', 4)).toBe('2027-01-04');
    expect(daysBetween('2026-11-28', '2026-12-04')).toBe(6);
  });

  // cycleStartYear lives with the ledger.yaml template it fills in; it is a date rule all the same.
  it('aligns creation cycles to even years from 2022', () => {
    expect(cycleStartYear('2026-11-28')).toBe(2026);
    expect(cycleStartYear('2027-03-01')).toBe(2026);
    expect(cycleStartYear('2028-01-01')).toBe(2028);
  });
});

describe('monthly due dates', () => {
  it('lists the due dates of a cycle so far and finds the one before today', () => {
    expect(monthlyDueDates('2026-01-01', '2026-04-04', 4)).toEqual(['2026-01-04', '2026-02-04', '2026-03-04']);
    expect(monthlyDueDates('2026-01-05', '2026-03-05', 4)).toEqual(['2026-02-04', '2026-03-04']);
    expect(previousMonthlyDue('2026-11-28', 4)).toBe('2026-11-04');
    expect(previousMonthlyDue('2026-11-04', 4)).toBe('2026-10-04');
    expect(previousMonthlyDue('2026-01-03', 4)).toBe('2025-12-04');
  });
});
