import { describe, expect, it } from 'vitest';
import { materialNumbers, suggestMaterialName } from '../../src/model/material-numbers.js';
import { secretMarking, windowsUnsafeReason } from '../../src/model/file-names.js';
import { statementLength } from '../../src/model/statement-length.js';
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
    ['2.x.pdf', [2]],
    ['2、x.pdf', [2]],
    ['（2）x.pdf', [2]],
    ['(2)x.pdf', [2]],
    ['2）x.pdf', [2]],
    ['第2项x.pdf', [2]],
    ['1、3-x.pdf', [1, 3]],
    ['①③x.pdf', [1, 3]],
    ['①②x.pdf', [1, 2]],
    ['1 + 3-x.pdf', [1, 3]],
    ['1、3年规划.pdf', [1]],
  ])('%s → %j', (name, nums) => expect(materialNumbers(name)).toEqual(nums));

  it.each(['2019年总结.pdf', '说明.pdf', 'x2-a.pdf', '0-a.pdf', '123-a.pdf', '', '（0）x.pdf', '第12a项.pdf'])('%s → none', (name) =>
    expect(materialNumbers(name)).toBeNull(),
  );
});

describe('a corrected name for what cannot be read', () => {
  it.each([
    ['材料2 典型案例.pdf', 3, '2-典型案例.pdf'],
    ['附件②案例.pdf', 3, '2-案例.pdf'],
    ['二、工作方案.pdf', 3, '2-工作方案.pdf'],
    ['工作方案.pdf', 1, '1-工作方案.pdf'],
  ])('%s (%i materials) → %s', (name, count, fixed) => expect(suggestMaterialName(name, count)).toBe(fixed));

  it('says nothing when it cannot know the material', () => {
    expect(suggestMaterialName('工作方案.pdf', 3)).toBeUndefined();
    expect(suggestMaterialName('材料5 x.pdf', 3)).toBeUndefined();
  });
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

  it('finds markings however they are written: Traditional forms, invisible characters, ㊙, full width', () => {
    expect(secretMarking('1-機密文件.pdf')).toBe('机密');
    expect(secretMarking('絕密')).toBe('绝密');
    expect(secretMarking('祕密')).toBe('秘密');
    for (const invisible of ['\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u2060', '\ufeff', '\u00ad']) {
      expect(secretMarking(`1-机${invisible}密文件.pdf`), JSON.stringify(invisible)).toBe('机密');
    }
    expect(secretMarking('㊙ 关于××的通知')).toBe('秘密');
    expect(secretMarking('非機密')).toBeUndefined();
    expect(secretMarking('机 密')).toBeUndefined(); // a space is visible: two words
  });
});

describe('情况说明 length', () => {
  it('counts characters, not bytes, without the title, whitespace and markup', () => {
    expect(statementLength('# 标题\n\n我局**已**完成。\n\n- 一项\n')).toBe(8);
    expect(statementLength('\uFEFFabc 中文')).toBe(5);
    expect(statementLength('## 一、小标题\n正文')).toBe(7);
  });
});

describe('indicator ids', () => {
  it('orders and maps indicator ids', () => {
    expect(['B1', '10', 'V1', '9', '115', 'B2'].sort(compareIndicatorIds)).toEqual(['9', '10', '115', 'B1', 'B2', 'V1']);
    expect(folderIdFor('9')).toBe('009');
    expect(folderIdFor('B1')).toBe('B1');
    expect(indicatorIdFromFolder('009-双随机一公开')).toBe('9');
    expect(indicatorIdFromFolder('B2')).toBe('B2');
    expect(indicatorIdFromFolder('9')).toBeNull();
  });
});

describe('issue 19: names and statements of hostile shape', () => {
  it('a 情况说明 of blank lines or blanks counts as nothing, the same as before the patterns were made linear', () => {
    expect(statementLength('\n'.repeat(200_000))).toBe(0);
    expect(statementLength(' \n'.repeat(100_000))).toBe(0);
    expect(statementLength(`# 标题\n\n- 一\n  2. 二\n> 三\n## 四\n${'　'.repeat(50_000)}五`)).toBe(5);
  });

  it('full-width digits get a rename suggestion: １－方案.pdf → 1-方案.pdf', () => {
    expect(materialNumbers('１－方案.pdf')).toBeNull();
    expect(suggestMaterialName('１－方案.pdf', 3)).toBe('1-方案.pdf');
    expect(suggestMaterialName('２．典型案例.pdf', 3)).toBe('2-典型案例.pdf');
    expect(suggestMaterialName('１２方案.pdf', 3)).toBeUndefined();
    expect(suggestMaterialName('材料 2 、 x.pdf', 3)).toBe('2-x.pdf');
    expect(suggestMaterialName('二、  x.pdf', 3)).toBe('2-x.pdf');
  });
});
