import { describe, expect, it } from 'vitest';
import { inspectPdf } from '../../src/pdf/index.js';
import { withoutTrailingNuls } from '../../src/pdf/syntax/text-decoding.js';
import { rawPdf, tempDir, writeTemp } from './make-pdf.js';

/*
 * Every regular expression in the PDF engine and the bundle writer is analysed for backtracking
 * (scslre) in test/architecture/regex-backtracking.test.ts, with the other folders'; a pattern it
 * reports is allowed only when its input is cut short first, listed there with why. Here: the
 * pattern that used to strip trailing NULs, replaced by a loop.
 */
describe('regular expressions run on untrusted text', () => {
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
