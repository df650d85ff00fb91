import { describe, expect, it } from 'vitest';
import { pushTo } from '../../src/util/push-to.js';

describe('pushTo', () => {
  it('grows the one list kept under a key instead of copying it (linear for many files of one size)', () => {
    const m = new Map<number, string[]>();
    pushTo(m, 13, 'a');
    const first = m.get(13)!;
    for (let i = 0; i < 20000; i++) pushTo(m, 13, `f${i}`);
    // The same array all along: a copy per call would be a new array each time (quadratic work).
    expect(m.get(13)).toBe(first);
    expect(first).toHaveLength(20001);
    expect(first[0]).toBe('a');
    expect(first[20000]).toBe('f19999');
  });

  it('keeps keys apart and takes several values at once', () => {
    const m = new Map<string, number[]>();
    pushTo(m, 'x', 1, 2);
    pushTo(m, 'y', 3);
    pushTo(m, 'x', 4);
    expect([...m]).toEqual([
      ['x', [1, 2, 4]],
      ['y', [3]],
    ]);
  });
});
