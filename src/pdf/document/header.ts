import type { ByteSource } from '../syntax/byte-source.js';

export interface PdfHeader {
  /** where `%PDF` starts; xref offsets are relative to it when it is not 0 */
  offset: number;
  version: string;
}

/**
 * `%PDF-x.y` anywhere in the first 1024 bytes: print workflows prepend junk or comments. As for
 * poppler and qpdf, `%PDF` is what counts: `%PDF1.4`, `%PDF.1.4` and a bare `%PDF` open in both,
 * so they are PDFs too (with an unknown version when none can be read).
 */
export function findHeader(src: ByteSource): PdfHeader | undefined {
  const head = src.read(0, 1024);
  const at = head.indexOf('%PDF');
  if (at < 0) return undefined;
  const m = /^%PDF[-.]?(\d+\.\d+)/.exec(head.toString('latin1', at, at + 16));
  return { offset: at, version: m?.[1] ?? '' };
}

/** `%PDF-1.7` vs catalog `/Version /2.0`: the later one wins (ISO 32000 7.2.2). */
export function laterVersion(a: string | undefined, b: string | undefined): string | undefined {
  if (!a || !/^\d+\.\d+$/.test(a)) return b || undefined;
  if (!b || !/^\d+\.\d+$/.test(b)) return a;
  const [am, an] = a.split('.').map(Number) as [number, number];
  const [bm, bn] = b.split('.').map(Number) as [number, number];
  return bm > am || (bm === am && bn > an) ? b : a;
}

/** How far past the first 1024 bytes a late header is still looked for, only to say where it is. */
const LATE_HEADER_SEARCH = 64 * 1024;

/**
 * Where `%PDF` is when it is not in the first 1024 bytes: poppler, qpdf, mupdf and pdf.js open such
 * a file, Acrobat and pdfium do not, so it is refused, with the offset to say why.
 */
export function findLateHeader(src: ByteSource): number | undefined {
  const at = src.read(0, LATE_HEADER_SEARCH).indexOf('%PDF', 1024 - 3);
  return at >= 0 ? at : undefined;
}
