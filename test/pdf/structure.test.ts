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
