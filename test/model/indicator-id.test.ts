import { describe, expect, it } from 'vitest';
import { indicatorIdSchema, materialRefSchema } from '../../src/model/schemas/common.js';
import { indicatorIdFromFolder, isIndicatorId, normalizeIndicatorInput, parseMaterialRef } from '../../src/model/indicator-id.js';

describe('the one indicator-id grammar', () => {
  it('ids: 1…999 without leading zero, B and V with a number', () => {
    for (const ok of ['1', '9', '115', 'B1', 'B2', 'V1', 'V2']) expect(isIndicatorId(ok)).toBe(true);
    for (const bad of ['0', '009', 'b1', 'B0', 'X1', '1000', '', '9/1']) expect(isIndicatorId(bad)).toBe(false);
  });

  it('schemas use the same grammar', () => {
    expect(indicatorIdSchema.safeParse('V2').success).toBe(true);
    expect(indicatorIdSchema.safeParse('009').success).toBe(false);
    expect(materialRefSchema.safeParse('V1/1').success).toBe(true);
    expect(materialRefSchema.safeParse('B1/2').success).toBe(true);
    // a leading zero is refused where it is written, not later with a confusing message
    expect(materialRefSchema.safeParse('047/1').success).toBe(false);
    expect(materialRefSchema.safeParse('47/0').success).toBe(false);
  });

  it('material references', () => {
    expect(parseMaterialRef('47/1')).toEqual({ id: '47', material: 1 });
    expect(parseMaterialRef('B2/3')).toEqual({ id: 'B2', material: 3 });
    expect(parseMaterialRef('047/1')).toBeNull();
    expect(parseMaterialRef('47')).toBeNull();
  });

  it('what people type', () => {
    expect(normalizeIndicatorInput('009')).toBe('9');
    expect(normalizeIndicatorInput(' b1 ')).toBe('B1');
    expect(normalizeIndicatorInput('９')).toBe('9');
    expect(normalizeIndicatorInput('0')).toBeNull();
    expect(normalizeIndicatorInput('x')).toBeNull();
  });

  it('folder names', () => {
    expect(indicatorIdFromFolder('009-双随机一公开')).toBe('9');
    expect(indicatorIdFromFolder('B1-表彰')).toBe('B1');
    expect(indicatorIdFromFolder('000')).toBeNull();
    expect(indicatorIdFromFolder('9')).toBeNull();
  });
});
