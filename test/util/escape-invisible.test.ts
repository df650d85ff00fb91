import { describe, expect, it } from 'vitest';
import { mapStrings, visibleDeep, visibleText, xmlText } from '../../src/util/escape-invisible.js';

describe('visibleText', () => {
  it('shows what would act on a terminal or a reader as an escape', () => {
    expect(visibleText('a\x1b[31mb\x1b]8;;x\x07c')).toBe('a\\x1b[31mb\\x1b]8;;x\\x07c');
    expect(visibleText('a\r\n::error::x\tb')).toBe('a\\r\\n::error::x\\tb');
    expect(visibleText('\x00\x7f\x80\x9b\u00a0')).toBe('\\x00\\x7f\\x80\\x9b\u00a0');
    expect(visibleText('\u202egnp.exe\u2066\u200f\u2028')).toBe('\\u202egnp.exe\\u2066\\u200f\\u2028');
    expect(visibleText('\ufffe\uffff\ud800x\udc00\ufeff')).toBe('\\ufffe\\uffff\\ud800x\\udc00\\ufeff');
  });

  it('keeps ordinary text, CJK, emoji (paired surrogates) and backslashes as they are, and is idempotent', () => {
    const ok = '法规科 2-典型案例（1）.pdf 😀 C:\\x 100% ::';
    expect(visibleText(ok)).toBe(ok);
    const once = visibleText('\x1b\u202e\ud800\n');
    expect(visibleText(once)).toBe(once);
  });

  it('xmlText: only what XML 1.0 refuses; line breaks and tabs stay', () => {
    expect(xmlText('a\r\n\tb\x1b\x00\ufffe\ud800 \u202e')).toBe('a\r\n\tb\\x1b\\x00\\ufffe\\ud800 \u202e');
  });

  it('visibleDeep copies arrays, Maps and plain objects, keys included; keeps functions and numbers', () => {
    const paint = (s: string): string => s;
    const input = { name: 'a\x1b', n: 3, list: ['\n'], map: new Map([['k\x07', { v: '\x1b' }]]), paint, nothing: null };
    const out = visibleDeep(input);
    expect(out).toEqual({ name: 'a\\x1b', n: 3, list: ['\\n'], map: new Map([['k\\x07', { v: '\\x1b' }]]), paint, nothing: null });
    expect(input.name).toBe('a\x1b');
  });

  it('a "__proto__" key stays a key of the copy', () => {
    const input = JSON.parse('{"__proto__": {"polluted": "x"}, "a": "b"}') as Record<string, unknown>;
    const out = mapStrings(input, (s) => s.toUpperCase());
    expect(Object.keys(out)).toEqual(['__PROTO__', 'A']);
    const same = mapStrings(input, (s) => s);
    expect(Object.getPrototypeOf(same)).toBe(Object.prototype);
    expect(Object.keys(same)).toEqual(['__proto__', 'a']);
    expect((same as { polluted?: string }).polluted).toBeUndefined();
  });
});
