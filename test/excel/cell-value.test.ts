import fs from 'node:fs';
import path from 'node:path';
import { RegExpParser } from '@eslint-community/regexpp';
import { analyse } from 'scslre';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { cellText, comparable, isWhiteSpace, joinLines, trimText } from '../../src/excel/sheet/cell-value.js';
import { safeUnitName } from '../../src/excel/export/workbook-names.js';
import { REPO } from '../helpers/cli.js';

/**
 * Cell text is untrusted (a 3 KB workbook can hold a million blanks): the cleaner runs in one pass,
 * and no regular expression in src/excel can take time super-linear in its input. The first part
 * proves the second by analysis (scslre, the analyser behind eslint-plugin-regexp's
 * no-super-linear-backtracking / no-super-linear-move), not by the clock.
 */

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Every regular expression literal in a file, and every `new RegExp(…)` whose pattern is not a literal. */
function regexesIn(file: string): { literals: { text: string; line: number }[]; built: number[] } {
  const src = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const literals: { text: string; line: number }[] = [];
  const built: number[] = [];
  const line = (n: ts.Node): number => src.getLineAndCharacterOfPosition(n.getStart()).line + 1;
  const visit = (n: ts.Node): void => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) literals.push({ text: n.getText(), line: line(n) });
    if (ts.isNewExpression(n) && n.expression.getText() === 'RegExp') {
      const arg = n.arguments?.[0];
      if (arg && ts.isStringLiteral(arg))
        literals.push({ text: `/${arg.text}/${(n.arguments?.[1] as ts.StringLiteral | undefined)?.text ?? ''}`, line: line(n) });
      else built.push(line(n));
    }
    ts.forEachChild(n, visit);
  };
  visit(src);
  return { literals, built };
}

/**
 * Patterns built at run time, audited by hand: anchored at `^`, one attempt per call.
 * parse-progress.ts: `^(已完成|未完成|不涉及)[\s\u3000]*[：:][\s\u3000]*`.
 */
const BUILT = ['src/excel/import/parse-progress.ts'];

describe('no regular expression in src/excel is super-linear', () => {
  const parser = new RegExpParser();
  const files = sourceFiles(path.join(REPO, 'src/excel')).map((file) => ({ file, ...regexesIn(file) }));

  it('finds the patterns it audits', () => {
    expect(files.length).toBeGreaterThan(30);
    expect(files.flatMap((f) => f.literals).length).toBeGreaterThan(20);
  });

  it('every literal pattern: no super-linear backtracking and no super-linear move', () => {
    const findings: string[] = [];
    for (const { file, literals } of files) {
      for (const { text, line } of literals) {
        const report = analyse(parser.parseLiteral(text), { reportTypes: { Move: true, Self: true, Trade: true } });
        for (const r of report.reports) findings.push(`${path.relative(REPO, file)}:${line} ${text} (${r.type})`);
      }
    }
    expect(findings).toEqual([]);
  });

  it('the analysis does catch the patterns the cleaner used to have', () => {
    for (const old of ['/[ \\t\\u3000]+$/u', '/\\s*\\n\\s*/gu', '/^[\\s\\u3000]+|[\\s\\u3000]+$/gu', '/[\\s.]+$/u'])
      expect(analyse(parser.parseLiteral(old), { reportTypes: { Move: true, Self: true, Trade: true } }).reports.length).toBeGreaterThan(0);
  });

  it('patterns built at run time are the audited ones', () => {
    const built = files.filter((f) => f.built.length > 0).map((f) => path.relative(REPO, f.file).split(path.sep).join('/'));
    expect(built).toEqual(BUILT);
  });
});

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
