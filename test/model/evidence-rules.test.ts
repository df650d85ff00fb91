import { describe, expect, it } from 'vitest';
import { materialNumbers } from '../../src/model/material-numbers.js';
import { secretMarking, windowsUnsafeReason } from '../../src/model/file-names.js';
import { statementLength } from '../../src/model/statement-length.js';
import { yearInName } from '../../src/check/evidence/pdf-rules.js';
import { daysBetween, nextMonthlyDue } from '../../src/util/dates.js';
import { cycleStartYear } from '../../src/scaffold/ledger-config-template.js';
import { didYouMean } from '../../src/util/did-you-mean.js';
import { compareIndicatorIds, folderIdFor, indicatorIdFromFolder } from '../../src/model/indicator-id.js';

describe('material numbers from names', () => {
  it.each([
    ['2-典型案例.pdf', [2]],
    ['2_x.pdf', [2]],
    ['2 x.pdf', [2]],
    ['2.pdf', [2]],
    ['2', [2]],
    ['②典型案例.pdf', [2]],
    ['②', [2]],
    ['1+3-x.pdf', [1, 3]],
    ['①+③x.pdf', [1, 3]],
    ['12-x.pdf', [12]],
  ])('%s → %j', (name, nums) => expect(materialNumbers(name)).toEqual(nums));

  it.each(['2019年总结.pdf', '说明.pdf', 'x2-a.pdf', '0-a.pdf', '123-a.pdf', ''])('%s → none', (name) => expect(materialNumbers(name)).toBeNull());
});

describe('file name rules', () => {
  it('flags names Windows cannot store', () => {
    expect(windowsUnsafeReason('a?b.pdf')).toContain('?');
    expect(windowsUnsafeReason('a.pdf ')).toBeDefined();
    expect(windowsUnsafeReason('CON.pdf')).toBeDefined();
    expect(windowsUnsafeReason('x'.repeat(151))).toContain('150');
    expect(windowsUnsafeReason('1-正常的名字（第2版）.pdf')).toBeUndefined();
  });

  it('finds classification markings but not negations', () => {
    expect(secretMarking('1-机密文件.pdf')).toBe('机密');
    expect(secretMarking('关于××的通知（秘密★1年）')).toBe('秘密');
    expect(secretMarking('不涉密承诺书')).toBeUndefined();
    expect(secretMarking('非涉密人员名单')).toBeUndefined();
    expect(secretMarking(undefined)).toBeUndefined();
  });

  it('reads the latest year a name mentions', () => {
    expect(yearInName('2018年工作总结.pdf')).toBe(2018);
    expect(yearInName('2018-2021年规划.pdf')).toBe(2021);
    expect(yearInName('第20181号.pdf')).toBeUndefined();
  });
});

describe('情况说明 length', () => {
  it('counts characters, not bytes, without the title, whitespace and markup', () => {
    expect(statementLength('# 标题\n\n我局**已**完成。\n\n- 一项\n')).toBe(8);
    expect(statementLength('\uFEFFabc 中文')).toBe(5);
    expect(statementLength('## 一、小标题\n正文')).toBe(7);
  });
});

describe('dates', () => {
  it('finds the next monthly due date (the due day itself counts)', () => {
    expect(nextMonthlyDue('2026-11-28', 4)).toBe('2026-12-04');
    expect(nextMonthlyDue('2026-12-04', 4)).toBe('2026-12-04');
    expect(nextMonthlyDue('2026-12-05', 4)).toBe('2027-01-04');
    expect(daysBetween('2026-11-28', '2026-12-04')).toBe(6);
  });

  it('aligns creation cycles to even years from 2022', () => {
    expect(cycleStartYear('2026-11-28')).toBe(2026);
    expect(cycleStartYear('2027-03-01')).toBe(2026);
    expect(cycleStartYear('2028-01-01')).toBe(2028);
  });
});

describe('ids and suggestions', () => {
  it('orders and maps indicator ids', () => {
    expect(['B1', '10', 'V1', '9', '115', 'B2'].sort(compareIndicatorIds)).toEqual(['9', '10', '115', 'B1', 'B2', 'V1']);
    expect(folderIdFor('9')).toBe('009');
    expect(folderIdFor('B1')).toBe('B1');
    expect(indicatorIdFromFolder('009-双随机一公开')).toBe('9');
    expect(indicatorIdFromFolder('B2')).toBe('B2');
    expect(indicatorIdFromFolder('9')).toBeNull();
  });

  it('suggests a close name', () => {
    expect(didYouMean('zhifa-jica', ['zhifa-jicha', 'fagui'])).toBe('zhifa-jicha');
    expect(didYouMean('各有关科', ['各有关科室', '各有关单位'])).toBe('各有关科室');
    expect(didYouMean('xyz', ['fagui'])).toBeUndefined();
  });
});
