import fs from 'node:fs';
import path from 'node:path';
import { RegExpParser } from '@eslint-community/regexpp';
import { analyse } from 'scslre';
import ts from 'typescript';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { fileURLToPath } from 'node:url';

/*
 * Issues 19 and 23: patterns run on text a pull request controls (file names, YAML values, 情况说明
 * sources, statement text, workbook cells, PDF objects) must not backtrack super-linearly — a
 * 情况说明 of blank lines cost 40 s per 100 KB through `^\s*…` with the m flag, a 3 KB workbook can
 * hold a million blanks, a PDF /Title of a million NULs took minutes. scslre (the analyser behind
 * eslint-plugin-regexp's no-super-linear-backtracking / no-super-linear-move rules) checks every
 * pattern of these folders, by analysis, not by the clock: the literals as written (and
 * `new RegExp('…')` of a string literal), and those built at run time (`new RegExp(...)`), caught
 * as the modules load. A pattern the analysis reports is allowed only when its input is cut short
 * first, listed in REVIEWED with why.
 */
// Not from helpers/cli.js: that loads the CLI, and with it these modules, before the constructor is watched.
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const FOLDERS = ['check', 'load', 'model', 'util', 'format', 'edit', 'excel', 'pdf', 'bundle'];
const DIRS = FOLDERS.map((d) => path.join(REPO, 'src', d)).filter((d) => fs.existsSync(d));
const files = DIRS.flatMap((d) =>
  fs
    .readdirSync(d, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(d, f)),
);
const THIS_FILE = fileURLToPath(import.meta.url);
const rel = (file: string): string => path.relative(REPO, file).split(path.sep).join('/');

/** Patterns the analysis reports whose input is bounded before they run: the pattern as written, and why. */
const REVIEWED: Record<string, string> = {
  '/0+$/': 'src/bundle/write/pdf-writer.ts: on toFixed(4) output, at most 17 characters',
};

/**
 * Files that build patterns at run time from other text, audited by hand (each built at module
 * load, so the run-time check below sees it too):
 * - excel/import/parse-progress.ts: `^(已完成|未完成|不涉及)[\s\u3000]*[：:][\s\u3000]*`, anchored, one attempt per call;
 * - model/file-names.ts: a class of the characters folded, one character;
 * - model/indicator-id.ts, model/schemas/common.ts: the indicator id, anchored at both ends, bounded;
 * - model/material-numbers.ts: runs of one or two digits joined by one separator, anchored;
 * - util/display-width.ts: character classes, anchored or one character;
 * - util/escape-invisible.ts: alternatives of one character each.
 */
const BUILT = [
  'src/excel/import/parse-progress.ts',
  'src/model/file-names.ts',
  'src/model/indicator-id.ts',
  'src/model/material-numbers.ts',
  'src/model/schemas/common.ts',
  'src/util/display-width.ts',
  'src/util/escape-invisible.ts',
];

interface Site {
  where: string;
  /** the literal as written: `/source/flags` */
  text: string;
}

const parser = new RegExpParser();
const reportTypes = { Move: true, Self: true, Trade: true } as const;

function reportsOf(text: string): { type: string; pick: string }[] {
  return analyse(parser.parseLiteral(text), { reportTypes }).reports.map((r) => ({ type: r.type, pick: r.character.pick }));
}

function problems(sites: Site[]): string[] {
  const out: string[] = [];
  for (const s of sites) {
    if (s.text in REVIEWED) continue;
    for (const r of reportsOf(s.text)) out.push(`${s.where} ${s.text}: ${r.type} on repeated ${JSON.stringify(r.pick)}`);
  }
  return out;
}

/** Every regular expression literal of a file, `new RegExp('…')` of a string literal included, and the lines that build one from other text. */
function regexesIn(file: string): { literals: Site[]; built: number[] } {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const literals: Site[] = [];
  const built: number[] = [];
  const line = (n: ts.Node): number => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const visit = (n: ts.Node): void => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) literals.push({ where: `${rel(file)}:${line(n)}`, text: n.getText(sf) });
    if (ts.isNewExpression(n) && n.expression.getText(sf) === 'RegExp') {
      const arg = n.arguments?.[0];
      if (arg && ts.isStringLiteral(arg)) {
        const flags = (n.arguments?.[1] as ts.StringLiteral | undefined)?.text ?? '';
        literals.push({ where: `${rel(file)}:${line(n)}`, text: `/${arg.text}/${flags}` });
      } else built.push(line(n));
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return { literals, built };
}

const scanned = files.map((file) => ({ file: rel(file), ...regexesIn(file) }));
const literalsUnder = (folder: string): Site[] => scanned.filter((f) => f.file.startsWith(`src/${folder}/`)).flatMap((f) => f.literals);

describe('no super-linear regular expressions in check, load, model, util, format, edit, excel, pdf, bundle', () => {
  it('every literal', () => {
    const sites = scanned.flatMap((f) => f.literals);
    expect(sites.length).toBeGreaterThan(50); // the scan found the code
    expect(problems(sites)).toEqual([]);
  });

  it('finds the patterns of src/excel it audits', () => {
    expect(scanned.filter((f) => f.file.startsWith('src/excel/')).length).toBeGreaterThan(30);
    expect(literalsUnder('excel').length).toBeGreaterThan(20);
  });

  it('every pattern in src/pdf and src/bundle is linear or reviewed for backtracking', () => {
    const sites = [...literalsUnder('pdf'), ...literalsUnder('bundle')];
    expect(sites.length).toBeGreaterThan(20);
    expect(problems(sites)).toEqual([]);
  });

  it('every reviewed pattern is still in use, and the analysis does report it', () => {
    const used = new Set(scanned.flatMap((f) => f.literals).map((s) => s.text));
    for (const text of Object.keys(REVIEWED)) {
      expect(used.has(text), text).toBe(true);
      expect(reportsOf(text).length, text).toBeGreaterThan(0);
    }
  });

  it('the analysis does catch the patterns the code used to have', () => {
    for (const old of [
      // the Excel cell cleaner's
      '/[ \\t\\u3000]+$/u',
      '/\\s*\\n\\s*/gu',
      '/^[\\s\\u3000]+|[\\s\\u3000]+$/gu',
      '/[\\s.]+$/u',
      // the 情况说明 list-marker pattern, the e-mail handle's domain, the trailing NULs of a PDF string
      '/^\\s*(?:[-*+]|\\d+\\.)\\s+/gm',
      '/^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$/',
      '/\\u0000+$/',
    ])
      expect(reportsOf(old).length, old).toBeGreaterThan(0);
  });

  it('patterns built at run time are in the audited files', () => {
    const built = scanned
      .filter((f) => f.built.length > 0)
      .map((f) => f.file)
      .sort();
    expect(built).toEqual([...BUILT].sort());
  });

  describe('every pattern built at run time', () => {
    const Original = globalThis.RegExp;
    const built: Site[] = [];
    afterAll(() => {
      globalThis.RegExp = Original;
    });
    it('as the modules load', async () => {
      // Record each `new RegExp(...)` made by code in these folders while their modules load.
      globalThis.RegExp = new Proxy(Original, {
        construct(target, args: [string | RegExp, string?]) {
          const re = Reflect.construct(target, args) as RegExp;
          // The caller: the first frame past this trap (a library's patterns, built while one of these modules imports it, are not ours).
          const frame = (new Error().stack ?? '')
            .split('\n')
            .slice(1)
            .find((l) => !l.includes(THIS_FILE));
          if (frame && DIRS.some((d) => frame.includes(d))) built.push({ where: frame.trim(), text: `/${re.source}/${re.flags}` });
          return re;
        },
      });
      try {
        // Test files share a worker's modules (vitest.config.ts, isolate: false): an earlier file may
        // have loaded these already. Forget them, so that each one loads again, watched, here.
        vi.resetModules();
        // A worker entry answers its parent's messages when loaded: it is not loaded here (it builds no pattern).
        for (const file of files) if (!file.endsWith('inspect-worker.ts')) await import(file);
      } finally {
        globalThis.RegExp = Original;
      }
      expect(built.length).toBeGreaterThan(5);
      expect(problems(built)).toEqual([]);
    });
  });
});
