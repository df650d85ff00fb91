import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { inspectPdf } from '../../src/pdf/index.js';
import { appendPages, makePdf, tempDir, writeTemp } from './make-pdf.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('generated PDFs', () => {
  it('reports a zero-byte file as empty, not a PDF, without throwing', async () => {
    const r = await inspectPdf(writeTemp(dir, 'empty.pdf', ''));
    expect(r).toMatchObject({ isPdf: false, empty: true, pages: null, damage: 'fatal' });
  });

  it('reports a missing file as a result, not an exception', async () => {
    const r = await inspectPdf(dir + '/no-such-file.pdf');
    expect(r).toMatchObject({ isPdf: false, empty: false, damage: 'fatal' });
    expect(r.detail).toMatch(/ENOENT/);
  });

  it.each([true, false])('counts pages and round-trips a Chinese title (object streams: %s)', async (objectStreams) => {
    const file = writeTemp(dir, `cn-${objectStreams}.pdf`, await makePdf(7, { title: '机密文件', objectStreams }));
    const r = await inspectPdf(file);
    expect(r).toMatchObject({ isPdf: true, empty: false, pages: 7, encryption: 'none', damage: 'none' });
    expect(r.info.title).toBe('机密文件');
    expect(r.detail).toBeUndefined();
  });

  it('follows an incremental update that changes the page count', async () => {
    const base = await makePdf(2, { objectStreams: false });
    const updated = await appendPages(base, 3);
    expect((await inspectPdf(writeTemp(dir, 'base.pdf', base))).pages).toBe(2);
    const r = await inspectPdf(writeTemp(dir, 'updated.pdf', updated));
    expect(r).toMatchObject({ pages: 5, damage: 'none' });
  });

  it('follows an incremental update on top of an xref stream', async () => {
    const updated = await appendPages(await makePdf(4, { objectStreams: true }), 1);
    expect(await inspectPdf(writeTemp(dir, 'updated-stream.pdf', updated))).toMatchObject({ pages: 5, damage: 'none' });
  });

  it.each([
    ['in the middle', (full: Uint8Array) => full.subarray(0, Math.floor(full.length / 2))],
    ['after its first 1,500 bytes', (full: Uint8Array) => full.subarray(0, 1500)],
  ])('calls a file cut short %s fatal, as poppler and qpdf do (no trailer left)', async (_where, cut) => {
    // Classic xref, objects in file order: the first half holds the catalog, the page tree root
    // and some pages, but the xref table and the trailer at the end are gone: readers refuse it.
    const full = await makePdf(10, { objectStreams: false });
    const r = await inspectPdf(writeTemp(dir, 'cut.pdf', cut(full)));
    expect(r).toMatchObject({ isPdf: true, pages: null, damage: 'fatal' });
    expect(r.detail).toMatch(/no trailer/);
  });

  it('still opens a file whose last line (%%EOF) is missing', async () => {
    const full = Buffer.from(await makePdf(3, { objectStreams: false }));
    const r = await inspectPdf(writeTemp(dir, 'no-eof.pdf', full.subarray(0, full.lastIndexOf('%%EOF'))));
    expect(r).toMatchObject({ pages: 3, damage: 'none' });
  });

  it('calls a truncated file fatal when its only object stream is cut off', async () => {
    // pdf-lib puts every non-stream object (catalog, page tree, pages) in one object stream near
    // the end: cut in half, nothing describes the pages any more.
    const full = await makePdf(10, { objectStreams: true });
    const r = await inspectPdf(writeTemp(dir, 'half-objstm.pdf', full.subarray(0, Math.floor(full.length / 2))));
    expect(r).toMatchObject({ isPdf: true, pages: null, damage: 'fatal' });
  });

  it('calls a file fatal when only its xref stream (the trailer) is lost, as poppler and qpdf do', async () => {
    const full = await makePdf(10, { objectStreams: true });
    const cut = Buffer.from(full).lastIndexOf('endobj', Buffer.from(full).lastIndexOf(' obj')) + 6;
    const r = await inspectPdf(writeTemp(dir, 'no-xref-stream.pdf', full.subarray(0, cut)));
    expect(r).toMatchObject({ pages: null, damage: 'fatal' });
    expect(r.detail).toMatch(/no trailer/);
  });

  it('marks a file with trailing garbage instead of %%EOF as repaired', async () => {
    const full = Buffer.from(await makePdf(3, { objectStreams: false }));
    const r = await inspectPdf(writeTemp(dir, 'tail.pdf', Buffer.concat([full, Buffer.alloc(4000, 0x41)])));
    expect(r).toMatchObject({ pages: 3, damage: 'repaired' });
  });

  it('treats text without a header as not a PDF', async () => {
    expect(await inspectPdf(writeTemp(dir, 'text.pdf', 'hello world\n'))).toMatchObject({ isPdf: false, damage: 'fatal' });
  });

  it('calls a header with nothing after it fatal', async () => {
    expect(await inspectPdf(writeTemp(dir, 'header-only.pdf', '%PDF-1.7\n'))).toMatchObject({
      isPdf: true,
      pages: null,
      damage: 'fatal',
    });
  });
});
