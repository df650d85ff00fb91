import { describe, expect, it } from 'vitest';
import { yearInName } from '../../src/check/evidence/pdf-rules.js';

describe('evidence dates from file names', () => {
  it('reads the latest year a name mentions', () => {
    expect(yearInName('2018年工作总结.pdf')).toBe(2018);
    expect(yearInName('2018-2021年规划.pdf')).toBe(2021);
    expect(yearInName('第20181号.pdf')).toBeUndefined();
  });
});
