import { describe, expect, it } from 'vitest';
import { cellText, comparable, isWhiteSpace, joinLines, trimText } from '../../src/excel/sheet/cell-value.js';
import { safeUnitName } from '../../src/excel/export/workbook-names.js';

/**
 * Cell text is untrusted (a 3 KB workbook can hold a million blanks): the cleaner runs in one pass.
 * That no regular expression in src/excel can take time super-linear in its input is proved by
 * analysis (scslre) in test/architecture/regex-backtracking.test.ts, with the other folders'.
 */

/** The old regular-expression versions: the reference the one-pass versions must agree with. */
const reference = {
  clean: (s: string): string =>
    s
      .replace(/_x000D_/g, '')
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((l) => l.replace(/[ \t\u3000]+$/u, ''))
      .join('\n'),
  trim: (s: string): string => s.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, ''),
  joinLines: (s: string): string => s.replace(/\s*\n\s*/gu, ' '),
};

/** Every string of up to `n` symbols of `alphabet`. */
function* strings(alphabet: string[], n: number): Generator<string> {
  yield '';
  let level = [''];
  for (let k = 0; k < n; k++) {
    level = level.flatMap((s) => alphabet.map((a) => s + a));
    yield* level;
  }
}

describe('the one-pass cleaner says what the patterns said', () => {
  const ALPHABET = [' ', '\t', '\u3000', '\n', '\r', '\u00a0', 'a', '_x000D_'];

  it('isWhiteSpace is \\s, code unit by code unit', () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isWhiteSpace(c) !== /\s/u.test(String.fromCharCode(c))) differ.push(c.toString(16));
    expect(differ).toEqual([]);
  });

  it('on every string of up to 5 symbols of blanks, breaks, letters and _x000D_', () => {
    let n = 0;
    const differ: string[] = [];
    for (const s of strings(ALPHABET, 5)) {
      if (cellText(s) !== reference.clean(s)) differ.push(`cellText ${JSON.stringify(s)}`);
      if (trimText(s) !== reference.trim(s)) differ.push(`trimText ${JSON.stringify(s)}`);
      if (comparable(s) !== reference.trim(reference.clean(s))) differ.push(`comparable ${JSON.stringify(s)}`);
      if (joinLines(s) !== reference.joinLines(s)) differ.push(`joinLines ${JSON.stringify(s)}`);
      n++;
    }
    expect(differ).toEqual([]);
    expect(n).toBe(37449);
  });

  it('on the worst cases: long runs of blanks not at the end, with and without line breaks', () => {
    const run = ' \t\u3000'.repeat(70_000);
    expect(cellText(`${run}x`)).toBe(`${run}x`);
    expect(cellText(`a${run}\nb${run}`)).toBe('a\nb');
    expect(cellText(`${run}_x000D_\r\n${run}x`)).toBe(`\n${run}x`);
    expect(trimText(`${run}x${run}y${run}`)).toBe(`x${run}y`);
    expect(joinLines(`王五${run}13900000000`)).toBe(`王五${run}13900000000`);
    expect(joinLines(`王五${run}\n${run}\n13900000000`)).toBe('王五 13900000000');
    expect(joinLines('\n'.repeat(200_000))).toBe(' ');
    expect(safeUnitName(`法规科${' .'.repeat(100_000)}x`)).toBe('法规科');
  });
});
