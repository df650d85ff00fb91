import { rmSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { deflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { inspectMany, inspectPdf, PDF_LIMITS } from '../../src/pdf/index.js';
import { inspectSource } from '../../src/pdf/inspect/inspect-source.js';
import { FileSource } from '../../src/pdf/syntax/byte-source.js';
import { Lexer } from '../../src/pdf/syntax/lexer.js';
import { readHexString, readLiteralString } from '../../src/pdf/syntax/lexer-strings.js';
import { makePdf, rawPdf, tempDir, writeTemp } from './make-pdf.js';

/*
 * Small crafted files that cost minutes or gigabytes before the inspector bounded its work
 * (issue 13). No test here reads a clock (the machine is shared; speed is measured by
 * `npm run bench`): work done more than once shows as the decoded-bytes or values budget being
 * reached (`r.limit`), which each test asserts is not — or is, naming the limit.
 */
const dir = tempDir();
afterAll(() => (process.env.KEEP_PDF_TEST ? undefined : rmSync(dir, { recursive: true, force: true })));

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const CATALOG = '<< /Type /Catalog /Pages 2 0 R >>';
const PAGE = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100 100] >>';

function flateStream(dict: string, data: Buffer): string {
  const z = deflateSync(data);
  return `<< ${dict} /Filter /FlateDecode /Length ${z.length} >>\nstream\n${z.toString('latin1')}\nendstream`;
}

/** An object stream holding `objects` (number → text), padded with `pad` spaces after them. */
function objectStream(objects: [number, string][], pad: number): string {
  let body = '';
  const header: string[] = [];
  for (const [num, text] of objects) {
    header.push(`${num} ${body.length}`);
    body += text + '\n';
  }
  const head = header.join(' ') + '\n';
  const data = Buffer.concat([Buffer.from(head + body, 'latin1'), Buffer.alloc(pad, 0x20)]);
  return flateStream(`/Type /ObjStm /N ${objects.length} /First ${head.length}`, data);
}

/**
 * A file with an xref stream: `direct` objects written out, `compressed` ones (number → [object
 * stream, index]) only listed. The xref stream is the last object.
 */
function xrefStreamPdf(direct: [number, string][], compressed: [number, number, number][], root: number): Buffer {
  let body = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
  const offsets = new Map<number, number>();
  for (const [num, text] of direct) {
    offsets.set(num, Buffer.byteLength(body, 'latin1'));
    body += `${num} 0 obj\n${text}\nendobj\n`;
  }
  const size = Math.max(...direct.map(([n]) => n), ...compressed.map(([n]) => n)) + 2;
  const xrefNum = size - 1;
  const xrefAt = Buffer.byteLength(body, 'latin1');
  offsets.set(xrefNum, xrefAt);
  const rows = Buffer.alloc(size * 7);
  for (const [num, off] of offsets) (rows.writeUInt8(1, num * 7), rows.writeUInt32BE(off, num * 7 + 1));
  for (const [num, stm, index] of compressed)
    (rows.writeUInt8(2, num * 7), rows.writeUInt32BE(stm, num * 7 + 1), rows.writeUInt16BE(index, num * 7 + 5));
  body += `${xrefNum} 0 obj\n<< /Type /XRef /Size ${size} /W [1 4 2] /Root ${root} 0 R /Length ${rows.length} >>\nstream\n`;
  body += rows.toString('latin1') + `\nendstream\nendobj\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

describe('bounded work: crafted files finish fast', () => {
  it('reads an /XRefStm once, however many xref sections name it', async () => {
    // 1,000 incremental sections, all naming one hybrid xref stream of 250,000 entries. Each read
    // of it costs 1 MB decoded and 250,000 entries: read per section, that is 1 GB and 250 M.
    const base = rawPdf([CATALOG, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', PAGE], '/Root 1 0 R').toString('latin1');
    let text = base.slice(0, base.lastIndexOf('startxref'));
    let prev = Number(/startxref\s+(\d+)/.exec(base.slice(base.lastIndexOf('startxref')))![1]);
    const stmAt = text.length;
    // Its entries (objects 10 and up, all free) add nothing; objects 1–3 come from the first table.
    text += `4 0 obj\n${flateStream('/Type /XRef /W [1 2 1] /Size 250010 /Index [10 250000]', Buffer.alloc(1_000_000))}\nendobj\n`;
    for (let i = 0; i < 1000; i++) {
      const at = text.length;
      text += `xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 250010 /Root 1 0 R /Prev ${prev} /XRefStm ${stmAt} >>\n`;
      prev = at;
    }
    text += `startxref\n${prev}\n%%EOF\n`;
    const file = writeTemp(dir, 'xrefstm.pdf', Buffer.from(text, 'latin1'));
    const r = await inspectPdf(file);
    expect(r.limit).toBeUndefined();
    expect(r).toMatchObject({ pages: 1, damage: 'none' });
  });

  it('inflates an object stream too large for the cache once, not once per page', async () => {
    // Object stream 3 (5 MB decoded) holds the page tree root; object stream 4 (60 MB decoded,
    // so it no longer fits next to 3 in the 64 MB cache) holds all 1,000 pages.
    const kids = Array.from({ length: 1000 }, (_v, i) => 10 + i);
    const root = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count 1000 >>`;
    const file = writeTemp(
      dir,
      'big-objstm.pdf',
      xrefStreamPdf(
        [
          [1, CATALOG],
          [3, objectStream([[2, root]], 5 * 1048576)],
          [
            4,
            objectStream(
              kids.map((k) => [k, PAGE]),
              60 * 1048576,
            ),
          ],
        ],
        [[2, 3, 0], ...kids.map((k, i): [number, number, number] => [k, 4, i])],
        1,
      ),
    );
    const r = await inspectPdf(file);
    expect(r.limit).toBeUndefined();
    expect(r).toMatchObject({ pages: 1000, damage: 'none' });
  });

  it('reads a 1 MB XMP packet of unclosed tags in linear time', async () => {
    const packet = '<x:xmpmeta xmlns:x="adobe:ns:meta/">' + '<dc:title '.repeat(100_000);
    const file = writeTemp(
      dir,
      'xmp.pdf',
      rawPdf(
        [
          '<< /Type /Catalog /Pages 2 0 R /Metadata 4 0 R >>',
          '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
          PAGE,
          flateStream('/Type /Metadata /Subtype /XML', Buffer.from(packet)),
        ],
        '/Root 1 0 R',
      ),
    );
    const r = await inspectPdf(file);
    expect(r).toMatchObject({ pages: 1, damage: 'none' });
  });

  it('stops at the values limit on a huge array in an object stream (8 MB, 4 M numbers), and says so', async () => {
    const huge = '[' + '0 '.repeat(4 * 1048576) + ']';
    const file = writeTemp(
      dir,
      'big-array.pdf',
      xrefStreamPdf(
        [
          [1, CATALOG],
          [2, '<< /Type /Pages /Kids 5 0 R /Count 1 >>'],
          [4, objectStream([[5, huge]], 0)],
        ],
        [[5, 4, 0]],
        1,
      ),
    );
    // inspectMany with one lane runs on the main thread, as the first files of every run do.
    const r = (await inspectMany([file], { concurrency: 1 }))[0]!;
    expect(r).toMatchObject({ isPdf: true, damage: 'fatal', limit: 'values' });
    expect(r.detail).toMatch(/2,000,000 parsed values/);
  });
});

describe('bounded work: the limits themselves', () => {
  it('names each figure', () => {
    expect(PDF_LIMITS).toEqual({ seconds: 20, decodedBytes: 256 * 1048576, objects: 1_000_000, values: 2_000_000 });
  });

  it('refuses objects nested deeper than 200 (the catalog here: nothing else describes the pages)', async () => {
    const deep = '['.repeat(250) + ']'.repeat(250);
    const r = await inspectPdf(
      writeTemp(
        dir,
        'deep.pdf',
        rawPdf([`<< /Type /Catalog /Pages 2 0 R /X ${deep} >>`, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', PAGE], '/Root 1 0 R'),
      ),
    );
    expect(r).toMatchObject({ pages: null, damage: 'fatal' });
    expect(r.detail).toMatch(/nested too deeply/);
  });

  it('refuses a stream that decodes to more than 64 MB (here the object stream holding the page tree)', async () => {
    const file = writeTemp(
      dir,
      'bomb.pdf',
      xrefStreamPdf(
        [
          [1, CATALOG],
          [
            4,
            objectStream(
              [
                [2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>'],
                [3, PAGE],
              ],
              65 * 1048576,
            ),
          ],
        ],
        [
          [2, 4, 0],
          [3, 4, 1],
        ],
        1,
      ),
    );
    const r = await inspectPdf(file);
    expect(r).toMatchObject({ pages: null, damage: 'fatal' });
    expect(r.limit).toBeUndefined();
    expect(r.detail).toMatch(/decodes to more than 64 MB/);
  });

  it('gives every file a deadline, on whichever thread inspects it', async () => {
    const file = writeTemp(dir, 'pages.pdf', await makePdf(200, { objectStreams: true }));
    const src = FileSource.open(file);
    try {
      expect(inspectSource(src, { ...PDF_LIMITS, seconds: 0 })).toMatchObject({ damage: 'fatal', limit: 'seconds' });
      expect(inspectSource(src).limit).toBeUndefined();
    } finally {
      src.close();
    }
  });

  it('counts the bytes of parsed strings as decoded data (objects are kept, so their strings must be bounded)', () => {
    const title = 'A'.repeat(2 * 1048576);
    const file = writeTemp(
      dir,
      'long-title.pdf',
      rawPdf([CATALOG, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', PAGE, `<< /Title (${title}) >>`], '/Root 1 0 R /Info 4 0 R'),
    );
    const src = FileSource.open(file);
    try {
      expect(inspectSource(src, { ...PDF_LIMITS, decodedBytes: 1048576 })).toMatchObject({ limit: 'decodedBytes' });
      expect(inspectSource(src).info.title).toHaveLength(title.length);
    } finally {
      src.close();
    }
  });

  it.each([
    ['literal', (n: number) => Buffer.concat([Buffer.from('('), Buffer.alloc(n, 0x41), Buffer.from(')')]), readLiteralString],
    ['hex', (n: number) => Buffer.concat([Buffer.from('<'), Buffer.alloc(2 * n, 0x34), Buffer.from('>')]), readHexString],
  ])('reads an 8 MB %s string into a buffer, not a number[] (eight bytes a character)', (_kind, make, read) => {
    const n = 8 * 1048576;
    const bytes = make(n);
    collectGarbage(); // so that no earlier garbage is collected during the read and hides its cost
    const before = process.memoryUsage().heapUsed;
    const out = read(new Lexer(bytes, 0, true));
    const grown = process.memoryUsage().heapUsed - before;
    expect(out.length).toBe(n);
    expect(grown).toBeLessThan(24 * 1048576);
  });
});
