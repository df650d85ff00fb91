import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inspectPdf } from '../../src/pdf/index.js';
import { openPageSource } from '../../src/pdf/index.js';
import { makePdf, tempDir, writeTemp } from './make-pdf.js';
import { ghostscriptFastWebView, headerAfterJunk, misspelledHeader, pageAsStream } from './shapes.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Ghostscript 10.0 fast-web-view exports (Info string cut off, the next object inside it)', () => {
  it('opens clean when the xref is right: broken metadata never fails the open', async () => {
    const p = await inspectPdf(writeTemp(dir, 'gs.pdf', ghostscriptFastWebView()));
    expect(p).toMatchObject({ isPdf: true, pages: 1, damage: 'none', encryption: 'none' });
  });

  it('rebuilds and finds the object that starts on the line after the cut', async () => {
    const p = await inspectPdf(writeTemp(dir, 'gs-line.pdf', ghostscriptFastWebView({ breakXref: true, lineStart: true })));
    expect(p).toMatchObject({ pages: 1, damage: 'repaired' });
  });

  it('refuses, as poppler, qpdf, mupdf and pdfium do, when it must rebuild and the object is glued to the cut string', async () => {
    const p = await inspectPdf(writeTemp(dir, 'gs-glued.pdf', ghostscriptFastWebView({ breakXref: true })));
    expect(p.damage).toBe('fatal');
    expect(p.detail).toMatch(/no \/Pages dictionary/);
  });

  it('bundle can open its pages too', () => {
    const source = openPageSource(writeTemp(dir, 'gs-bundle.pdf', ghostscriptFastWebView()));
    try {
      expect(source.pages).toHaveLength(1);
    } finally {
      source.close();
    }
  });

  const gs = spawnSync('gs', ['--version'], { encoding: 'utf8' });
  it.skipIf(gs.error !== undefined)(
    `a real export: gs ${gs.stdout?.trim() ?? '(absent: skipped)'} -dFastWebView of a titled PDF`,
    async () => {
      const input = writeTemp(dir, 'titled.pdf', await makePdf(2, { title: '年度报告 2024', objectStreams: false }));
      const output = join(dir, 'gs-real.pdf');
      const r = spawnSync('gs', [
        '-q',
        '-dNOPAUSE',
        '-dBATCH',
        '-dSAFER',
        '-dFastWebView',
        '-sDEVICE=pdfwrite',
        `-sOutputFile=${output}`,
        input,
      ]);
      expect(r.status).toBe(0);
      const p = await inspectPdf(output);
      expect(p).toMatchObject({ isPdf: true, pages: 2 });
      expect(p.damage).not.toBe('fatal');
    },
  );
});

describe('calls made where the readers disagree (docs/PDF判断.md)', () => {
  it('no %PDF at all (%PDX-) is not a PDF, as Acrobat and pdfium say (poppler, qpdf, mupdf and pdf.js open it)', async () => {
    const p = await inspectPdf(writeTemp(dir, 'pdx.pdf', misspelledHeader()));
    expect(p).toMatchObject({ isPdf: false, damage: 'fatal' });
    expect(p.detail).toMatch(/no %PDF header/);
  });

  it('a header after 1,500 bytes of junk is not a PDF (Acrobat and pdfium look in the first 1,024 bytes only)', async () => {
    const p = await inspectPdf(writeTemp(dir, 'junk1500.pdf', headerAfterJunk(1500)));
    expect(p).toMatchObject({ isPdf: false, damage: 'fatal' });
    expect(p.detail).toMatch(/%PDF header at byte 1500, after the first 1024 bytes/);
  });

  it('a header after 1,000 bytes of junk opens', async () => {
    const p = await inspectPdf(writeTemp(dir, 'junk1000.pdf', headerAfterJunk(1000)));
    expect(p).toMatchObject({ isPdf: true, pages: 1 });
  });

  it('a page written as a stream is a page (all five readers show it), repaired, and the detail says it is a stream', async () => {
    const file = writeTemp(dir, 'page-stream.pdf', pageAsStream());
    const p = await inspectPdf(file);
    expect(p).toMatchObject({ pages: 1, damage: 'repaired' });
    expect(p.detail).toMatch(/page object 3 is written as a stream/);
    expect(p.detail).not.toMatch(/missing/);
    const source = openPageSource(file);
    try {
      expect(source.pages).toHaveLength(1);
      expect(source.pages[0]!.dict.get('Length')).toBeUndefined();
    } finally {
      source.close();
    }
  });
});
