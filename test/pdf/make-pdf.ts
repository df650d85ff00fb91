import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFRef } from 'pdf-lib';

/** A fresh temp folder for generated files (the OS cleans /tmp; tests never write to the repo). */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'ledger-pdf-test-'));
}

export function writeTemp(dir: string, name: string, bytes: Uint8Array | string): string {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

/** An N-page PDF from pdf-lib; `objectStreams` false gives a classic xref table. */
export async function makePdf(pages: number, opts: { title?: string; objectStreams?: boolean } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  if (opts.title !== undefined) doc.setTitle(opts.title);
  for (let i = 0; i < pages; i++) {
    const page = doc.addPage([200, 200]);
    page.drawText(`page ${i + 1}`, { x: 20, y: 100, size: 18 });
  }
  return doc.save({ useObjectStreams: opts.objectStreams ?? true });
}

/**
 * Append an incremental update that adds `extra` blank pages: a new /Pages object replacing the
 * old one (same number), new page objects, an xref section with /Prev, and a new trailer. This is
 * what a signing tool or an editor's "save" does to an existing file.
 */
export async function appendPages(original: Uint8Array, extra: number): Promise<Uint8Array> {
  const doc = await PDFDocument.load(original, { updateMetadata: false });
  const pagesRef = doc.catalog.get(PDFName.of('Pages')) as PDFRef;
  const rootRef = doc.context.trailerInfo.Root as PDFRef;
  const kids = doc.getPages().map((p) => `${p.ref.objectNumber} 0 R`);
  const prev = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(Buffer.from(original).toString('latin1'))![1]);
  // Not largestObjectNumber: pdf-lib forgets the object and xref streams it parsed.
  const sizes = [
    ...Buffer.from(original)
      .toString('latin1')
      .matchAll(/\/Size\s+(\d+)/g),
  ].map((m) => Number(m[1]));
  let next = Math.max(doc.context.largestObjectNumber + 1, ...sizes);
  let body = '\n';
  const offsets: [number, number][] = [];
  const add = (num: number, text: string): void => {
    offsets.push([num, original.length + Buffer.byteLength(body, 'latin1')]);
    body += `${num} 0 obj\n${text}\nendobj\n`;
  };
  for (let i = 0; i < extra; i++) {
    const num = next++;
    kids.push(`${num} 0 R`);
    add(num, `<< /Type /Page /Parent ${pagesRef.objectNumber} 0 R /MediaBox [0 0 200 200] >>`);
  }
  add(pagesRef.objectNumber, `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${kids.length} >>`);
  const xrefAt = original.length + Buffer.byteLength(body, 'latin1');
  body += 'xref\n0 1\n0000000000 65535 f \n';
  for (const [num, off] of offsets.sort((a, b) => a[0] - b[0])) {
    body += `${num} 1\n${String(off).padStart(10, '0')} 00000 n \n`;
  }
  body += `trailer\n<< /Size ${next} /Root ${rootRef.objectNumber} 0 R /Prev ${prev} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.concat([Buffer.from(original), Buffer.from(body, 'latin1')]);
}

/**
 * A hand-written PDF with a correct classic xref: `objects[i]` becomes object i + 1. For
 * structures pdf-lib will not write (bad /Count, foreign encryption, raw GBK strings…).
 */
export function rawPdf(objects: string[], trailer: string, opts: { header?: string } = {}): Buffer {
  let body = `${opts.header ?? '%PDF-1.7'}\n%\xe2\xe3\xcf\xd3\n`;
  const offsets: number[] = [];
  objects.forEach((text, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${text}\nendobj\n`;
  });
  const xrefAt = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} ${trailer} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
