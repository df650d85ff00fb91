import { describe, expect, it } from 'vitest';
import { chineseDate } from '../../src/util/chinese-date.js';

describe('chineseDate', () => {
  it('writes the 成文日期 in Chinese numerals, the year digit by digit with 〇', () => {
    expect(chineseDate('2026-12-07')).toBe('二〇二六年十二月七日');
    expect(chineseDate('2026-10-31')).toBe('二〇二六年十月三十一日');
    expect(chineseDate('2030-01-20')).toBe('二〇三〇年一月二十日');
    expect(chineseDate('2027-11-10')).toBe('二〇二七年十一月十日');
    expect(chineseDate('2026-02-19')).toBe('二〇二六年二月十九日');
  });
});
