import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { addIndicatorEntries, removeIndicatorEntries } from '../../../src/edit/yaml/indicator-entries-edit.js';

const ORDER = ['1', '8', '30', '47', '48', 'B1'];
const rank = (id: string): number => (ORDER.includes(id) ? ORDER.indexOf(id) : Infinity);
const entry = (id: string) => ({ id, render: (indent: string, step: string) => [`${indent}"${id}":`, `${indent}${step}status: 未完成`] });

describe('addIndicatorEntries', () => {
  it('follows the indentation the file already uses and inserts in rank order', () => {
    const text = 'unit: x\nindicators:\n    "1":\n        status: 已完成\n    # about 30\n    "30":\n        status: 未完成\n';
    const out = addIndicatorEntries(text, [entry('8'), entry('47')], rank)!;
    expect(out.text).toBe(
      'unit: x\nindicators:\n    "1":\n        status: 已完成\n    "8":\n        status: 未完成\n' +
        '    # about 30\n    "30":\n        status: 未完成\n    "47":\n        status: 未完成\n',
    );
    expect(out.added).toEqual(['    "8":', '        status: 未完成', '    "47":', '        status: 未完成']);
  });

  it('appends after a last entry with a block scalar and trailing blank lines, and ends a file that had no final newline', () => {
    const text = 'indicators:\n  "30":\n    progress: |-\n      第一行\n\n      第三行\n\n# end';
    const out = addIndicatorEntries(text, [entry('47')], rank)!.text;
    expect(out).toBe('indicators:\n  "30":\n    progress: |-\n      第一行\n\n      第三行\n  "47":\n    status: 未完成\n\n# end');
    expect(parse(out).indicators['30'].progress).toBe('第一行\n\n第三行');
  });

  it('creates `indicators:` when the file has none, and replaces `~`', () => {
    expect(addIndicatorEntries('unit: x', [entry('8')], rank)!.text).toBe('unit: x\nindicators:\n  "8":\n    status: 未完成\n');
    expect(addIndicatorEntries('unit: x\nindicators: ~\n', [entry('8')], rank)!.text).toBe(
      'unit: x\nindicators:\n  "8":\n    status: 未完成\n',
    );
  });

  it('gives up (null) on what it cannot edit line by line: flow maps with entries, YAML errors', () => {
    expect(addIndicatorEntries('indicators: {"1": {status: 未完成}}\n', [entry('8')], rank)).toBeNull();
    expect(addIndicatorEntries('indicators:\n  "1": [\n', [entry('8')], rank)).toBeNull();
    expect(addIndicatorEntries('indicators:\n  - 1\n', [entry('8')], rank)).toBeNull();
  });
});

describe('removeIndicatorEntries', () => {
  it('removes the entry and its generated comment, keeps other comments, and leaves `{}` when none is left', () => {
    const text =
      'indicators:  # 分配\r\n  # 我们的备注\r\n  # 配合（各有关单位） · 全面实施…\r\n  "8":\r\n    status: 未完成\r\n    # 内部备注\r\n\r\nother: 1\r\n';
    const out = removeIndicatorEntries(text, ['8'])!;
    expect(out.text).toBe('indicators: {} # 分配\r\n  # 我们的备注\r\n\r\nother: 1\r\n');
    expect(parse(out.text)).toEqual({ indicators: {}, other: 1 });
    expect(out.removed).toEqual([
      'indicators:  # 分配',
      '  # 配合（各有关单位） · 全面实施…',
      '  "8":',
      '    status: 未完成',
      '    # 内部备注',
    ]);
  });
});
