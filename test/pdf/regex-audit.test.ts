import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { inspectPdf } from '../../src/pdf/index.js';
import { withoutTrailingNuls } from '../../src/pdf/syntax/text-decoding.js';
import { REPO } from '../helpers/cli.js';
import { rawPdf, tempDir, writeTemp } from './make-pdf.js';

/*
 * Every regular expression in the PDF engine and the bundle writer, read from the sources with the
 * TypeScript parser, is listed here with why it cannot backtrack badly on hostile text: either the
 * pattern is linear (no quantified run that a failed match retries from every position) or its
 * input is cut short first. A new pattern fails this test until it is reviewed and listed.
 */
const REVIEWED: Record<string, string> = {
  '/#([0-9A-Fa-f]{2})/g': 'fixed-width escapes, each character looked at once',
  '/&(#x[0-9a-fA-F]{1,6}|#\\d{1,7}|amp|lt|gt|quot|apos);/g': 'bounded alternatives after a literal &',
  '/&#39;/g': 'literal',
  '/&amp;/g': 'literal',
  '/&gt;/g': 'literal',
  '/&lt;/g': 'literal',
  '/&quot;/g': 'literal',
  '/([^\\x00-\\x7f])\\n([^\\x00-\\x7f])/g': 'three single characters, no quantifier',
  '/0+$/': 'on toFixed(4) output: at most 17 characters',
  '/[\\t\\r\\n]/g': 'one character',
  '/[^A-Za-z0-9-]/g': 'one character',
  '/[^\\x00-\\x7f]+/g': 'a run of one class with no suffix: each run is consumed once',
  '/\\.$/': 'literal',
  '/\\.pdf$/': 'literal',
  '/\\/A(?:nnots|A)(?![A-Za-z0-9#])/': 'literal prefix; on at most 2,048 characters of a peeked page object',
  '/\\/Type\\s*\\/(XRef|ObjStm)(?![A-Za-z0-9])/': 'on at most 2,048 characters (the rebuild sniffs a window)',
  '/\\/Type\\s*\\/Page(?![A-Za-z0-9#])/': 'on at most 2,048 characters (a peeked page object)',
  '/\\s/': 'one character',
  "/^(?:D:)?\\s*(\\d{4})(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?\\s*(?:([Zz+-])\\s*(?:(\\d{2})'?\\s*(?:(\\d{2})'?)?)?)?/":
    'anchored, and run on the first 64 characters only',
  '/^%PDF[-.]?(\\d+\\.\\d+)/': 'anchored, on 16 characters',
  '/^[!-~]$/': 'one character',
  '/^[+-]*[0-9.]/': 'anchored: one pass over a token',
  '/^[=+\\-@]/': 'anchored, one character',
  '/^[\\s\\0]*endstream/': 'anchored, on 64 characters',
  '/^\\d+\\.\\d+$/': 'anchored, on a version string from a 16-character window or a name',
  '/^\\d{4}(-\\d\\d(-\\d\\d(T\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?(Z|[+-]\\d\\d:\\d\\d)?)?)?)?$/':
    'anchored, every part of fixed width but one run of digits followed by a fixed class',
  '/^\\s*(\\d+)\\s+\\d+\\s+obj\\b/': 'anchored, on at most 2,048 characters',
  '/^\\uFEFF/': 'anchored, one character',
  '/endobj|stream/': 'literals, on at most 2,048 characters',
  '/\u3000/g': 'one character',
  '/（）$/': 'literal',
  '/\\n/g': 'one character',
  '/[^\\x00-\\x7f]/': 'one character',
  '/[^0-9A-Fa-f]/g': 'one character (ASCIIHex data)',
  '/^\\d+$/': 'anchored, one class run to the end: one pass over a token',
  '/^\\d{1,10}$/': 'anchored, bounded',
  '/^\\d{1,5}$/': 'anchored, bounded',
  '/^startxref[\\s\\0]*(\\d+)/': 'anchored, on 40 characters',
  '/^xref\\b/': 'anchored literal',
  '/^\\d+\\s+\\d+\\s+obj\\b/': 'anchored, on a short head read at an xref offset',
  '/^\\s*xref\\s+\\d+\\s+(\\d+)/': 'anchored, on 64 characters',
};

function regexLiterals(dir: string): { file: string; pattern: string }[] {
  const found: { file: string; pattern: string }[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) {
        const src = ts.createSourceFile(p, fs.readFileSync(p, 'utf8'), ts.ScriptTarget.Latest, true);
        const visit = (n: ts.Node): void => {
          if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) found.push({ file: path.relative(REPO, p), pattern: n.getText() });
          if (ts.isNewExpression(n) && n.expression.getText() === 'RegExp')
            found.push({ file: path.relative(REPO, p), pattern: n.getText() });
          ts.forEachChild(n, visit);
        };
        visit(src);
      }
    }
  };
  walk(path.join(REPO, dir));
  return found;
}

describe('regular expressions run on untrusted text', () => {
  it('every pattern in src/pdf and src/bundle is reviewed for backtracking', () => {
    const unreviewed = [...regexLiterals('src/pdf'), ...regexLiterals('src/bundle')].filter((r) => !(r.pattern in REVIEWED));
    expect(unreviewed).toEqual([]);
  });

  it('trailing NULs are stripped by a loop: right on every shape, whatever the length', () => {
    expect(withoutTrailingNuls('')).toBe('');
    expect(withoutTrailingNuls('\0\0')).toBe('');
    expect(withoutTrailingNuls('a\0b\0\0')).toBe('a\0b');
    expect(withoutTrailingNuls('ab')).toBe('ab');
    // The shape that made /\u0000+$/ retry from every NUL: a long run, one other character, one NUL.
    const hostile = '\0'.repeat(1_000_000) + 'a\0';
    expect(withoutTrailingNuls(hostile)).toBe(hostile.slice(0, -1));
  });

  it('a PDF whose /Title is a million NULs, one letter and a NUL opens (it took minutes with the regular expression)', async () => {
    const title = '\0'.repeat(1_000_000) + 'a\0';
    const hex = Buffer.from(title, 'latin1').toString('hex');
    const file = writeTemp(
      tempDir(),
      'nul-title.pdf',
      rawPdf(
        [
          '<< /Type /Catalog /Pages 2 0 R >>',
          '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
          '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>',
          `<< /Title <${hex}> >>`,
        ],
        '/Root 1 0 R /Info 4 0 R',
      ),
    );
    const p = await inspectPdf(file);
    expect(p).toMatchObject({ pages: 1, damage: 'none' });
    expect(p.info.title?.length).toBe(1_000_001);
  });
});
