import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { inspectPdf } from '../../src/pdf/index.js';
import { rawPdf, tempDir, writeTemp } from './make-pdf.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const PAGE = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100 100] >>';
const CATALOG = '<< /Type /Catalog /Pages 2 0 R >>';

async function inspectRaw(name: string, objects: string[], trailer = '/Root 1 0 R') {
  return inspectPdf(writeTemp(dir, name, rawPdf(objects, trailer)));
}

describe('hand-built structures', () => {
  it('accepts a well-formed two-page file as clean', async () => {
    const r = await inspectRaw('ok.pdf', [CATALOG, '<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>', PAGE, PAGE]);
    expect(r).toMatchObject({ isPdf: true, pages: 2, damage: 'none', encryption: 'none', version: '1.7' });
    expect(r.detail).toBeUndefined();
  });

  it('counts the real pages when /Count lies, and says so', async () => {
    const r = await inspectRaw('count.pdf', [CATALOG, '<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 5 >>', PAGE, PAGE]);
    expect(r).toMatchObject({ pages: 2, damage: 'repaired' });
    expect(r.detail).toMatch(/\/Count 5 but holds 2 pages/);
  });

  it('walks nested /Pages nodes', async () => {
    const r = await inspectRaw('nested.pdf', [
      CATALOG,
      '<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 3 >>',
      '<< /Type /Pages /Parent 2 0 R /Kids [4 0 R 6 0 R] /Count 2 >>',
      '<< /Type /Page /Parent 3 0 R >>',
      PAGE,
      '<< /Type /Page /Parent 3 0 R >>',
    ]);
    expect(r).toMatchObject({ pages: 3, damage: 'none' });
  });

  it('rebuilds when an xref offset is wrong', async () => {
    const good = rawPdf([CATALOG, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', PAGE], '/Root 1 0 R');
    const text = good.toString('latin1');
    const entry = text.indexOf('\n', text.indexOf('0000000000 65535 f')) + 1 + 20 * 2; // object 3's entry
    const broken = Buffer.from(text.slice(0, entry) + '0000000001' + text.slice(entry + 10), 'latin1');
    const r = await inspectPdf(writeTemp(dir, 'bad-offset.pdf', broken));
    expect(r).toMatchObject({ pages: 1, damage: 'repaired' });
    expect(r.detail).toMatch(/object 3/);
  });

  it.each([
    ['%PDF1.4', '1.4'],
    ['%PDF.1.4', '1.4'],
    ['%PDF', undefined],
  ])('reads a file whose header is written %s as a PDF (poppler and qpdf open it)', async (header, version) => {
    const r = await inspectPdf(
      writeTemp(dir, 'header.pdf', rawPdf([CATALOG, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', PAGE], '/Root 1 0 R', { header })),
    );
    expect(r).toMatchObject({ isPdf: true, pages: 1, damage: 'none' });
    expect(r.version).toBe(version);
  });

  it('takes a free xref entry with generation 65536 as it comes (Ghostscript, old iText): no damage', async () => {
    const good = rawPdf([CATALOG, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', PAGE], '/Root 1 0 R').toString('latin1');
    const r = await inspectPdf(
      writeTemp(dir, 'gen65536.pdf', Buffer.from(good.replace('0000000000 65535 f ', '0000000000 65536 f '), 'latin1')),
    );
    expect(r).toMatchObject({ pages: 1, damage: 'none' });
    expect(r.detail).toBeUndefined();
  });

  it('ignores text after an xref entry on its line, as qpdf does (qpdf --check passes it clean)', async () => {
    const good = rawPdf([CATALOG, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', PAGE], '/Root 1 0 R').toString('latin1');
    const noisy = good.replace('0000000000 65535 f \n', "0000000000 65535 f don't panic\n");
    expect(await inspectPdf(writeTemp(dir, 'xref-junk.pdf', Buffer.from(noisy, 'latin1')))).toMatchObject({ pages: 1, damage: 'none' });
  });

  it('reads a /Kids that is a lone reference as one kid', async () => {
    const r = await inspectRaw('kids-ref.pdf', [CATALOG, '<< /Type /Pages /Kids 3 0 R /Count 1 >>', PAGE]);
    expect(r).toMatchObject({ pages: 1, damage: 'repaired' });
    expect(r.detail).toMatch(/single reference/);
  });

  it('counts the pages that exist when one kid is missing, and says which', async () => {
    const r = await inspectRaw('one-missing.pdf', [CATALOG, '<< /Type /Pages /Kids [3 0 R 9 0 R] /Count 2 >>', PAGE]);
    expect(r).toMatchObject({ pages: 1, damage: 'repaired' });
    expect(r.detail).toMatch(/missing or unreadable objects \(9\)/);
  });

  it('calls a page tree whose only page is missing fatal', async () => {
    const r = await inspectRaw('all-missing.pdf', [CATALOG, '<< /Type /Pages /Kids [9 0 R] /Count 1 >>', '<< /Type /Font >>']);
    expect(r).toMatchObject({ pages: null, damage: 'fatal' });
  });

  it('calls a catalog without a page tree fatal, whatever page objects the file holds', async () => {
    // Readers display no page here; the page objects are not reachable from the catalog.
    const r = await inspectRaw('stray-pages.pdf', ['<< /Type /Catalog >>', PAGE, PAGE]);
    expect(r).toMatchObject({ isPdf: true, pages: null, damage: 'fatal' });
  });

  it('never takes a page count from a linearization dictionary', async () => {
    const r = await inspectRaw(
      'linearized-n.pdf',
      ['<< /Linearized 1 /N 4 /L 1000 /H [0 0] /O 3 /E 0 /T 0 >>', '<< /Type /Catalog /Pages 4 0 R >>', PAGE],
      '/Root 2 0 R',
    );
    expect(r).toMatchObject({ pages: null, damage: 'fatal' });
  });

  it.each([
    ['a catalog no trailer names', ['<< /Type /Pages /Kids [3 0 R] /Count 1 >>', CATALOG.replace('2 0 R', '1 0 R'), PAGE], '/Root 9 0 R'],
    ['/Root 0 0 R (object 0 is always free)', [CATALOG, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', PAGE], '/Root 0 0 R'],
  ])('refuses %s, as poppler and qpdf do', async (_what, objects, trailer) => {
    expect(await inspectRaw('root.pdf', objects, trailer)).toMatchObject({ pages: null, damage: 'fatal' });
  });

  it('calls a catalog without a page tree fatal', async () => {
    const r = await inspectRaw('no-pages.pdf', ['<< /Type /Catalog >>']);
    expect(r).toMatchObject({ isPdf: true, pages: null, damage: 'fatal' });
  });

  it('reports a non-Standard security handler as needing a password', async () => {
    const r = await inspectRaw(
      'pubsec.pdf',
      [CATALOG, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', PAGE, '<< /Filter /Adobe.PubSec /SubFilter /adbe.pkcs7.s5 /V 4 /R 4 >>'],
      '/Root 1 0 R /Encrypt 4 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]',
    );
    expect(r.encryption).toBe('open-password');
    expect(r.detail).toMatch(/Adobe\.PubSec/);
  });

  it.each([
    ['UTF-16BE with BOM', '<FEFF673A5BC66587 4EF6>', '机密文件'],
    ['raw GBK bytes (some Chinese writers)', '(\xbb\xfa\xc3\xdc)', '机密'],
    ['raw UTF-8 bytes', `(${Buffer.from('绝密', 'utf8').toString('latin1')})`, '绝密'],
    ['PDFDocEncoding', '(Caf\xe9 \x80 \x84 Sm\xf8rrebr\xf8d)', 'Café • — Smørrebrød'],
    ['escapes', '(a\\(b\\)\\101\\\nc)', 'a(b)Ac'],
  ])('decodes an Info title given as %s', async (_what, literal, expected) => {
    const r = await inspectRaw(
      'title.pdf',
      [CATALOG, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', PAGE, `<< /Title ${literal} /CreationDate (D:20240131120000+08'00') >>`],
      '/Root 1 0 R /Info 4 0 R',
    );
    expect(r.info.title).toBe(expected);
    expect(r.info.creationDate).toBe('2024-01-31T12:00:00+08:00');
  });
});
