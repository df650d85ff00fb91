import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { editYaml } from '../../src/edit/yaml/yaml-edit.js';
import { parseProgress } from '../../src/excel/import/parse-progress.js';
import { indicatorIdIn } from '../../src/excel/sheet/numbering.js';
import { keepLineEndings } from '../../src/util/line-endings.js';

describe('parseProgress reads the 完成进度 cell as people write it, and keeps their words', () => {
  it.each([
    // The form's own prefix (what export writes) is the only thing taken off.
    ['已完成：制度已修订', '已完成', '制度已修订'],
    ['已完成:制度已修订', '已完成', '制度已修订'],
    ['  已完成 ：  前后有空格  ', '已完成', '前后有空格'],
    ['未完成：正在起草', '未完成', '正在起草'],
    ['不涉及：本单位无此职责', '不涉及', '本单位无此职责'],
    ['未完成：已完成初稿，正在征求意见', '未完成', '已完成初稿，正在征求意见'],
    // Anything else is the clerk's sentence: the status is read from it, the words are kept whole.
    ['正在推进，预计12月底完成', '未完成', '正在推进，预计12月底完成'],
    ['正在推进：预计12月底完成', '未完成', '正在推进：预计12月底完成'],
    ['已完成 制度已修订', '已完成', '已完成 制度已修订'],
    ['已完成制度已修订', '已完成', '已完成制度已修订'],
    ['完成：已上报', '已完成', '完成：已上报'],
    ['【已完成】已上报', '已完成', '【已完成】已上报'],
    ['进行中:第一阶段\n第二阶段', '未完成', '进行中:第一阶段\n第二阶段'],
    // A status word alone says nothing more than the status.
    ['完成', '已完成', ''],
    ['已完成。', '已完成', ''],
    ['推进中', '未完成', ''],
    ['不涉及', '不涉及', ''],
  ])('%j → %s %j', (cell, status, progress) => {
    expect(parseProgress(cell)).toEqual({ ok: true, status, progress });
  });

  it.each([
    ['', 'empty'],
    ['   \n ', 'empty'],
    ['基本完成', 'unknown'],
    ['完成率80%', 'unknown'],
    ['已完成/未完成', 'ambiguous'],
    ['已完成或未完成', 'ambiguous'],
    ['已完成：未完成', 'ambiguous'],
  ])('%j is refused (%s)', (cell, reason) => {
    expect(parseProgress(cell)).toEqual({ ok: false, reason });
  });
});

describe('indicatorIdIn finds the id at the start of the 三级指标 cell', () => {
  it.each([
    ['30 重要的行政规范性文件', '30'],
    ['030 重要的', '30'],
    ['第30项 重要的', '30'],
    ['３０　全角数字', '30'],
    ['B1 2019年以来', 'B1'],
    ['b2 小写', 'B2'],
    ['  115 前有空格', '115'],
    ['30\n换行', '30'],
  ])('%j → %s', (cell, id) => expect(indicatorIdIn(cell)).toBe(id));

  it.each(['2019年以来法治政府建设', '重要的行政规范性文件', '', '0 零'])('%j has none', (cell) => expect(indicatorIdIn(cell)).toBeNull());
});

const FILE = `# header comment
unit: fagui # the unit
contact: ""
indicators:
  # 牵头 · first
  "30":
    status: 未完成 # still open
    progress: ""

  "31": # 牵头 · second
    status: 已完成
    progress: 'single quoted'
    contact: 赵六
`;

describe('editYaml changes only the bytes of the edited values', () => {
  it('keeps comments, blank lines and quote styles, and adds keys in place', () => {
    const out = editYaml(FILE, [
      { path: ['indicators', '30', 'status'], value: '已完成' },
      { path: ['indicators', '30', 'progress'], value: '两行\n文字' },
      { path: ['indicators', '30', 'contact'], value: '13800000000' },
      { path: ['indicators', '31', 'progress'], value: "it's: done" },
    ]);
    expect(out).toBe(`# header comment
unit: fagui # the unit
contact: ""
indicators:
  # 牵头 · first
  "30":
    status: 已完成 # still open
    progress: |-
      两行
      文字
    contact: "13800000000"

  "31": # 牵头 · second
    status: 已完成
    progress: 'it''s: done'
    contact: 赵六
`);
  });

  it('removes a key that is not the first of its map', () => {
    const out = editYaml(FILE, [{ path: ['indicators', '31', 'contact'], value: null }]);
    expect(out).toBe(FILE.replace('    contact: 赵六\n', ''));
  });

  it('sets a missing top-level contact right after unit', () => {
    const out = editYaml('unit: fagui\nindicators:\n  "30":\n    status: 未完成\n', [{ path: ['contact'], value: '王五 0374-1111111' }]);
    expect(out).toBe('unit: fagui\ncontact: 王五 0374-1111111\nindicators:\n  "30":\n    status: 未完成\n');
  });

  it('finds unquoted numeric keys', () => {
    const out = editYaml('unit: fagui\nindicators:\n  30:\n    status: 未完成\n', [
      { path: ['indicators', '30', 'status'], value: '不涉及' },
    ]);
    expect(out).toBe('unit: fagui\nindicators:\n  30:\n    status: 不涉及\n');
  });

  it.each([
    ['a flow map', 'unit: fagui\nindicators:\n  "30": { status: 未完成, progress: "" }\n'],
    ['an empty entry', 'unit: fagui\nindicators:\n  # keep me\n  "30":\n'],
    ['no final newline', 'unit: fagui\nindicators:\n  "30":\n    status: 未完成'],
  ])('falls back to the Document API for %s, keeping comments and meaning', (_, text) => {
    const out = editYaml(text, [
      { path: ['indicators', '30', 'status'], value: '已完成' },
      { path: ['indicators', '30', 'contact'], value: 'a: b' },
    ]);
    expect(parse(out).indicators['30']).toMatchObject({ status: '已完成', contact: 'a: b' });
    if (text.includes('#')) expect(out).toContain('# keep me');
  });
});

describe('keepLineEndings gives edited YAML the line endings of the original', () => {
  it('keeps each untouched line’s ending in a mixed file, and gives new lines the usual one', () => {
    const before = 'a: 1\r\nb: 2\nc: 3\r\nd: 4\r\n';
    const after = 'a: 1\nb: 2\nc: x\nnew: y\nd: 4\n';
    expect(keepLineEndings(before, after)).toBe('a: 1\r\nb: 2\nc: x\r\nnew: y\r\nd: 4\r\n');
  });

  it('leaves LF files alone and keeps a missing final newline missing', () => {
    expect(keepLineEndings('a: 1\n', 'a: 2\n')).toBe('a: 2\n');
    expect(keepLineEndings('a: 1\r\nb: 2', 'a: 1\nb: 3')).toBe('a: 1\r\nb: 3');
  });

  it('works on what the YAML editor really writes for a CRLF file', () => {
    const before = 'unit: a\r\n# note\r\nindicators:\r\n  "30":\r\n    status: 未完成\r\n    progress: ""\r\n';
    const edited = editYaml(before, [
      { path: ['indicators', '30', 'progress'], value: '两行\n文字' },
      { path: ['indicators', '30', 'contact'], value: 'c' },
    ]);
    expect(edited).toContain('\n      文字\n');
    expect(keepLineEndings(before, edited)).toBe(
      'unit: a\r\n# note\r\nindicators:\r\n  "30":\r\n    status: 未完成\r\n    progress: |-\r\n      两行\r\n      文字\r\n    contact: c\r\n',
    );
  });
});
