import { describe, expect, it } from 'vitest';
import { daysBetween, nextMonthlyDue } from '../../src/util/dates.js';

describe('dates', () => {
  it('finds the next monthly due date (the due day itself counts)', () => {
    expect(nextMonthlyDue('2026-11-28', 4)).toBe('2026-12-04');
    expect(nextMonthlyDue('2026-12-04', 4)).toBe('2026-12-04');
    expect(nextMonthlyDue('2026-12-05', 4)).toBe('2027-01-04');
    expect(daysBetween('2026-11-28', '2026-12-04')).toBe(6);
  });
});
