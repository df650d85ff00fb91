import { describe, expect, it } from 'vitest';
import { inspectPdf } from '../../src/pdf/index.js';
import { CORPUS_DIR, readManifest, type ManifestRow } from './corpus-manifest.js';

/*
 * Every file of the real-world corpus, judged against what its MANIFEST row implies.
 *
 * Where qpdf and pdfinfo disagree we decided as follows:
 * - meta-unreadable.pdf: the page-tree root (object 172) is lost inside a stream that runs to
 *   the end of the file, and the last trailer has no /Root. qpdf rebuilds and counts 0 pages;
 *   poppler counts 4 from the linearization dictionary (/N 4), and the source repo says 4. No
 *   page tree is reachable, and a page count is never taken from /N or from stray page objects
 *   (issue 12): 'fatal', as qpdf finds no page either.
 * - broken-pages-loop.pdf: the root /Pages lists itself as a kid. poppler and pdf.js still show
 *   its one page; qpdf refuses the file. A loop is a structural fault, so it is not a clean pass,
 *   but 'fatal' means "cannot be opened at all", which is not true here: 1 page, 'repaired',
 *   with the loop named in the detail.
 * - zero-pages.pdf: a well-formed catalog whose page tree has /Count 0 and no kids. qpdf says
 *   ok; pdfinfo fails only because it cannot print page 1's size. 0 pages, no damage, and a
 *   detail saying there are no pages.
 */

/** qpdf warns about these, but nothing the inspector reads is wrong, so it reports no damage. */
const QPDF_WARNS_BUT_CLEAN: Record<string, string> = {
  'large-geotopo-117p.pdf': 'only linearization hint-table mismatches, which viewers ignore and we do not read',
  'enc-owner-aes256-pdfjs.pdf': 'only a linearization hint-table offset (outlines)',
  'forms-xfa.pdf': 'only linearization hint-table mismatches',
  'signed-linearized.pdf': 'only linearization hint-table mismatches',
  'enc-owner-rc4-40-qpdf.pdf': 'only linearization hint-table mismatches',
  'cjk-zh-issue19360.pdf': 'two unreferenced objects have offset 0; the page tree and Info are intact',
  'broken-xref-entry.pdf': "a content stream's /Length object has a wrong offset; page counting never reads it",
};

const rows = readManifest();

describe('corpus manifest', () => {
  it('lists all 58 files', () => {
    expect(rows).toHaveLength(58);
  });
});

describe.each(rows)('$file ($category, qpdf $qpdfCheck, pdfinfo $pdfinfoPages)', (row: ManifestRow) => {
  it('gets the judgement its manifest row implies', async () => {
    const r = await inspectPdf(CORPUS_DIR + row.file);
    expect(r.empty).toBe(false);

    if (row.file === 'zero-pages.pdf') {
      expect(r).toMatchObject({ isPdf: true, pages: 0, encryption: 'none', damage: 'none' });
      expect(r.detail).toMatch(/no pages/);
      return;
    }
    if (row.file === 'meta-unreadable.pdf') {
      expect(r).toMatchObject({ isPdf: true, pages: null, damage: 'fatal' });
      expect(r.detail).toMatch(/page tree|Pages/);
      return;
    }
    if (row.file === 'broken-pages-loop.pdf') {
      expect(r).toMatchObject({ isPdf: true, pages: 1, encryption: 'none', damage: 'repaired' });
      expect(r.detail).toMatch(/loop/);
      return;
    }
    if (row.qpdfCheck === 'encrypted') {
      expect(r.isPdf).toBe(true);
      expect(r.encryption).toBe('open-password');
      expect(r.damage).toBe('none');
      return;
    }
    if (row.qpdfCheck === 'error') {
      // neither tool opens these (fake text, fuzzer garbage)
      expect(!r.isPdf || r.damage === 'fatal').toBe(true);
      expect(r.damage).toBe('fatal');
      expect(r.pages).toBeNull();
      return;
    }
    // qpdf opens it and pdfinfo counts its pages: not an error
    expect(row.pdfinfoPages).not.toBeNull();
    expect(r.isPdf).toBe(true);
    expect(r.pages).toBe(row.pdfinfoPages);
    expect(r.encryption).toBe(row.encrypted === 'yes' ? 'owner-restricted' : 'none');
    if (row.qpdfCheck === 'ok') expect(r.damage).toBe('none');
    else expect(r.damage).toBe(QPDF_WARNS_BUT_CLEAN[row.file] ? 'none' : 'repaired');
    if (r.damage === 'repaired') expect(r.detail).toBeTruthy();
  });
});

describe('corpus details', () => {
  it('reads the header even when text precedes it (pdf20-offset-start)', async () => {
    const r = await inspectPdf(CORPUS_DIR + 'pdf20-offset-start.pdf');
    expect(r).toMatchObject({ isPdf: true, pages: 1, damage: 'none', version: '2.0' });
  });

  it('takes the catalog /Version over the header (pdf20-incremental)', async () => {
    expect((await inspectPdf(CORPUS_DIR + 'pdf20-incremental.pdf')).version).toBe('2.0');
  });

  it('opens a file whose owner password is empty as owner-restricted', async () => {
    const r = await inspectPdf(CORPUS_DIR + 'enc-user-r6-emptyowner.pdf');
    expect(r).toMatchObject({ encryption: 'owner-restricted', pages: 1, damage: 'none' });
  });

  it.each([
    ['enc-owner-r4-rc4.pdf', { author: 'cheng', creator: 'WPS Writer' }], // RC4 128
    ['enc-owner-rc4-40-qpdf.pdf', { creationDate: '2003-10-10T18:04:32-03:00' }], // RC4 40
    ['enc-owner-signed-aes128.pdf', { creator: 'Acrobat Sign', producer: 'Acrobat Sign' }], // AESV2
    ['enc-owner-aes256-pdfjs.pdf', { creator: 'Adobe Acrobat Pro (64-bit) 23.3.20244' }], // AESV3, R6
  ])('decrypts the Info strings of %s', async (file, expected) => {
    expect((await inspectPdf(CORPUS_DIR + file)).info).toMatchObject(expected);
  });

  it('decodes UTF-8 (with BOM) Info strings of PDF 2.0', async () => {
    const r = await inspectPdf(CORPUS_DIR + 'pdf20-utf8.pdf');
    expect(r.info.title).toBe('表ポあA鷗ŒéＢ逍Üßªąñ丂㐀𠀀');
  });

  it('leaves Info empty when a password is needed', async () => {
    const r = await inspectPdf(CORPUS_DIR + 'enc-user-libreoffice.pdf');
    expect(r.info).toEqual({});
    expect(r.detail).toMatch(/password/);
  });
});
