import { describe, expect, it } from 'vitest';
import { cycleStartYear } from '../../src/scaffold/ledger-config-template.js';
import { daysBetween, nextMonthlyDue } from '../../src/util/dates.js';

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
