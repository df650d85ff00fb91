import { describe, expect, it } from 'vitest';
import { cycleStartYear } from '../../src/scaffold/ledger-config-template.js';

describe('ledger.yaml template', () => {
  it('aligns creation cycles to even years from 2022', () => {
    expect(cycleStartYear('2026-11-28')).toBe(2026);
    expect(cycleStartYear('2027-03-01')).toBe(2026);
    expect(cycleStartYear('2028-01-01')).toBe(2028);
  });
});
