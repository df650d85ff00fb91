import { describe, expect, it } from 'vitest';
import { columnsFor, DIRECT_WIDTH_CHARS, displayWidth, wrapText } from '../../src/util/display-width.js';
import stringWidth from 'string-width';

describe('wrapText: the one wrap of the terminal reports', () => {
  it('keeps every line within the width, prefixes counted, CJK as two columns', () => {
    const text = '材料日期早于报送要求，请确认确需提供早期材料；否则换成近年的材料。'.repeat(4);
    const lines = wrapText(text, 40, { indent: '  ✖ ', hang: '      ' });
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.every((l) => displayWidth(l) <= 40)).toBe(true);
    expect(lines[0]!.startsWith('  ✖ ')).toBe(true);
    expect(lines.slice(1).every((l) => l.startsWith('      '))).toBe(true);
    expect(lines.map((l) => l.replace(/^ +(✖ )?/, '')).join('')).toBe(text);
  });

  it('breaks after a clause in the second half of the line before anywhere else', () => {
    expect(wrapText('一二三四五六七八，九十一二三四五六七八九十', 24)).toEqual(['一二三四五六七八，', '九十一二三四五六七八九十']);
  });

  it('after a 、 of a list, at a space in English', () => {
    const ids = Array.from({ length: 40 }, (_, i) => String(i + 10)).join('、');
    const lines = wrapText(`没有单位承担的指标：${ids}`, 50);
    expect(lines.slice(0, -1).every((l) => l.endsWith('、'))).toBe(true);
    expect(wrapText('the quick brown fox jumps over the lazy dog', 15)).toEqual(['the quick brown', 'fox jumps over', 'the lazy dog']);
  });

  it('never starts a line with closing punctuation nor ends one with opening punctuation', () => {
    const lines = wrapText('一二三四五六七（八九）。十一二三四五六七八九十', 16);
    for (const l of lines) {
      expect('，。、；：？！）》」』】〉”’…%'.includes(l[0]!)).toBe(false);
      expect('（《「『【〈“‘'.includes(l[l.length - 1]!)).toBe(false);
    }
  });

  it('cuts a long run without a break (a file name, an escaped control sequence) where the line is full', () => {
    const name = `evidence/009/3-${'x'.repeat(230)}.pdf`;
    const lines = wrapText(name, 100, { hang: '      ' });
    expect(lines.every((l) => displayWidth(l) <= 100)).toBe(true);
    expect(lines.map((l) => l.trim()).join('')).toBe(name);
    expect(wrapText('', 10)).toEqual(['']);
  });
});

describe('displayWidth: the direct count agrees with string-width', () => {
  it('for every character it counts directly (ASCII, CJK ideographs, CJK and full-width punctuation) and for mixed text', () => {
    const disagree: string[] = [];
    for (let c = 0x20; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (DIRECT_WIDTH_CHARS.test(ch) && displayWidth(ch) !== stringWidth(ch)) disagree.push(c.toString(16));
    }
    expect(disagree).toEqual([]);
    for (const s of ['✖ 错误 ①②③ → “引号”…', '法规科 0374-2961020', '（2）典型案例。', 'e\u0301', '👍🏽 ok', '\x1b[31m红\x1b[0m'])
      expect(displayWidth(s), s).toBe(stringWidth(s));
  });
});

describe('columnsFor: ambiguous characters as the terminal draws them', () => {
  it('counts ①, “”, … and — one column by default and two where the locale draws them wide, as string-width does', () => {
    const s = '①号“材料”…—';
    expect(columnsFor().width(s)).toBe(stringWidth(s));
    expect(columnsFor(1).width(s)).toBe(11);
    expect(columnsFor(2).width(s)).toBe(stringWidth(s, { ambiguousIsNarrow: false }));
    expect(columnsFor(2).width(s)).toBe(16);
    expect(columnsFor(2).width('法规科 0374')).toBe(11);
  });

  it('pads, cuts and wraps by the chosen width, so a table of ①②③ lines up in a Chinese console', () => {
    const wide = columnsFor(2);
    expect(wide.padEnd('①②', 6)).toBe('①②  ');
    expect(columnsFor(1).padEnd('①②', 6)).toBe('①②    ');
    expect(wide.width(wide.fit('①②③④⑤⑥', 7))).toBeLessThanOrEqual(7);
    const lines = wide.wrap('“'.repeat(30), 20, { indent: '  ', hang: '  ' });
    expect(lines.every((l) => wide.width(l) <= 20)).toBe(true);
    expect(lines.length).toBeGreaterThan(columnsFor(1).wrap('“'.repeat(30), 20, { indent: '  ', hang: '  ' }).length);
  });
});
