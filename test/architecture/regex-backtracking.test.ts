import fs from 'node:fs';
import path from 'node:path';
import { analyse } from 'scslre';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';

/*
 * Issue 19, second hostile pass: patterns run on text a pull request controls (file names, YAML
 * values, 情况说明 sources, statement text, cells) must not backtrack super-linearly — a 情况说明
 * of blank lines cost 40 s per 100 KB through `^\s*…` with the m flag. scslre (the analyser behind
 * eslint-plugin-regexp's no-super-linear-backtracking/-move rules) checks every pattern of these
 * folders: the literals as written, and those built at run time (`new RegExp(...)`), caught as the
 * modules load.
 */
// Not from helpers/cli.js: that loads the CLI, and with it these modules, before the constructor is watched.
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIRS = ['check', 'load', 'model', 'util', 'format', 'edit'].map((d) => path.join(REPO, 'src', d)).filter((d) => fs.existsSync(d));
const files = DIRS.flatMap((d) =>
  fs
    .readdirSync(d, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(d, f)),
);

interface Site {
  where: string;
  source: string;
  flags: string;
}

function problems(sites: Site[]): string[] {
  const out: string[] = [];
  for (const s of sites) {
    for (const r of analyse({ source: s.source, flags: s.flags }).reports)
      out.push(`${s.where} /${s.source}/${s.flags}: ${r.type} on repeated ${JSON.stringify(r.character.pick)}`);
  }
  return out;
}

describe('no super-linear regular expressions in check, load, model, util, format', () => {
  it('every literal', () => {
    const sites: Site[] = [];
    for (const file of files) {
      const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (n: ts.Node): void => {
        if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const text = n.getText(sf);
          const end = text.lastIndexOf('/');
          const line = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
          sites.push({ where: `${path.relative(REPO, file)}:${line}`, source: text.slice(1, end), flags: text.slice(end + 1) });
        }
        ts.forEachChild(n, visit);
      };
      visit(sf);
    }
    expect(sites.length).toBeGreaterThan(50); // the scan found the code
    expect(problems(sites)).toEqual([]);
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
          const frame = (new Error().stack ?? '').split('\n').find((l) => DIRS.some((d) => l.includes(d)));
          if (frame) built.push({ where: frame.trim(), source: re.source, flags: re.flags });
          return re;
        },
      });
      try {
        for (const file of files) await import(file);
      } finally {
        globalThis.RegExp = Original;
      }
      expect(built.length).toBeGreaterThan(5);
      expect(problems(built)).toEqual([]);
    });
  });
});
