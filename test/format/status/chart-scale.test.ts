import { describe, expect, it } from 'vitest';
import { labelledPositions, percentScale } from '../../../src/format/status/chart-scale.js';

describe('percentScale: a y-axis that shows change', () => {
  it('values of 5–12 % get a 4–14 % axis on steps of 2, not 0–100 %', () => {
    expect(percentScale([5, 7, 9, 12])).toEqual({ lo: 4, hi: 14, ticks: [4, 6, 8, 10, 12, 14] });
  });
  it('a flat line sits inside its axis; the ends stay within 0–100 %', () => {
    expect(percentScale([1, 1, 1])).toEqual({ lo: 0, hi: 2, ticks: [0, 1, 2] });
    expect(percentScale([0, 100])).toEqual({ lo: 0, hi: 100, ticks: [0, 20, 40, 60, 80, 100] });
    expect(percentScale([97, 100]).hi).toBe(100);
    expect(percentScale([])).toEqual({ lo: 0, hi: 100, ticks: [0, 50, 100] });
  });
  it('never more than six ticks', () => {
    for (const values of [
      [0, 3],
      [10, 37],
      [2, 61],
      [40, 41],
      [0, 99],
    ])
      expect(percentScale(values).ticks.length).toBeLessThanOrEqual(6);
  });
});

describe('labelledPositions: dates on the x-axis without overlap', () => {
  it('labels every point when there is room, and always the last', () => {
    expect([...labelledPositions(10, 660)]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
  it('in a small chart every k-th, the one before today’s giving way when they would touch', () => {
    const s = labelledPositions(10, 200);
    expect(s.has(0)).toBe(true);
    expect(s.has(9)).toBe(true);
    const sorted = [...s].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) expect((sorted[i]! - sorted[i - 1]!) * (200 / 9)).toBeGreaterThanOrEqual(34);
  });
});
