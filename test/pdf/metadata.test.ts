import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { inspectPdf } from '../../src/pdf/index.js';
import { rawPdf, tempDir, writeTemp } from './make-pdf.js';

/*
 * Metadata read for the marking checks (issue 13): every Info entry, the whole XMP packet even
 * when Info has a title, and titles that Chinese writers store as raw GBK/GB18030 bytes.
 */
const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PAGES = '<< /Type /Pages /Kids [3 0 R] /Count 1 >>';
const PAGE = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100 100] >>';
const utf16 = (text: string): string => `<FEFF${Buffer.from(text, 'utf16le').swap16().toString('hex')}>`;
const raw = (hex: string): string => `(${Buffer.from(hex, 'hex').toString('latin1')})`;

function withInfo(info: string, catalogExtra = '', extra: string[] = []): Buffer {
  return rawPdf([`<< /Type /Catalog /Pages 2 0 R ${catalogExtra} >>`, PAGES, PAGE, info, ...extra], '/Root 1 0 R /Info 4 0 R');
}

describe('metadata text for the marking checks', () => {
  it('keeps every Info entry, the custom ones too, as runs of non-ASCII text', async () => {
    const info = `<< /Title (Report) /Author ${utf16('张三（机密）')} /Classification ${utf16('秘密★1年')} /Producer (LibreOffice) >>`;
    const r = await inspectPdf(writeTemp(dir, 'info.pdf', withInfo(info)));
    expect(r.info.author).toBe('张三（机密）');
    expect(r.metadataText).toEqual(expect.arrayContaining(['张三（机密）', '秘密★']));
  });

  it('reads the XMP packet even when Info has a title, and keeps what it says', async () => {
    const xmp =
      '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description><dc:title><rdf:Alt>' +
      '<rdf:li xml:lang="x-default">&#x7EDD;&#x5BC6;通知</rdf:li></rdf:Alt></dc:title></rdf:Description></rdf:RDF></x:xmpmeta>';
    const stream = `<< /Type /Metadata /Subtype /XML /Length ${Buffer.byteLength(xmp)} >>\nstream\n${Buffer.from(xmp).toString('latin1')}\nendstream`;
    const r = await inspectPdf(writeTemp(dir, 'xmp.pdf', withInfo('<< /Title (Annual report) >>', '/Metadata 5 0 R', [stream])));
    expect(r.info.title).toBe('Annual report'); // Info wins for display
    expect(r.metadataText).toContain('绝密通知');
  });

  it('fills what Info lacks from XMP (title, author, creation date), attribute form included', async () => {
    const xmp =
      '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description xmp:CreateDate="2024-03-05T10:20:30+08:00">' +
      '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">年度报告</rdf:li></rdf:Alt></dc:title>' +
      '<dc:creator><rdf:Seq><rdf:li>张三</rdf:li><rdf:li>李四</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>';
    const stream = `<< /Type /Metadata /Subtype /XML /Length ${Buffer.byteLength(xmp)} >>\nstream\n${Buffer.from(xmp).toString('latin1')}\nendstream`;
    const r = await inspectPdf(writeTemp(dir, 'xmp-fill.pdf', withInfo('<< /Producer (x) >>', '/Metadata 5 0 R', [stream])));
    expect(r.info).toEqual({ producer: 'x', title: '年度报告', author: '张三, 李四', creationDate: '2024-03-05T10:20:30+08:00' });
  });

  it('has no metadata text when everything is ASCII', async () => {
    const r = await inspectPdf(writeTemp(dir, 'ascii.pdf', withInfo('<< /Title (Report) /Author (Jane) >>')));
    expect(r.metadataText).toBeUndefined();
  });

  it.each([
    ['GBK with a Traditional character outside GB2312 (機 is 99 43)', '9943c3dccec4bcfe', '機密文件'],
    ['GBK Traditional 絕密', 'bd5ec3dc', '絕密'],
    ['GB18030 with a four-byte character', 'c3dc9532ad35', '密𠆭'],
  ])('decodes a title in raw %s', async (_what, hex, expected) => {
    const r = await inspectPdf(writeTemp(dir, 'gbk.pdf', withInfo(`<< /Title ${raw(hex)} >>`)));
    expect(r.info.title).toBe(expected);
  });

  it('keeps Latin-1 accents that happen to pair up as GBK in PDFDocEncoding', async () => {
    const r = await inspectPdf(
      writeTemp(dir, 'latin.pdf', withInfo(`<< /Title ${raw(Buffer.from('Müller', 'latin1').toString('hex'))} >>`)),
    );
    expect(r.info.title).toBe('Müller');
  });
});
