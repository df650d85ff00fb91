import type { ByteSource } from '../syntax/byte-source.js';

export interface PdfHeader {
  /** where `%PDF-` starts; xref offsets are relative to it when it is not 0 */
  offset: number;
  version: string;
}

/** `%PDF-x.y` anywhere in the first 1024 bytes: print workflows prepend junk or comments. */
export function findHeader(src: ByteSource): PdfHeader | undefined {
  const head = src.read(0, 1024);
  const at = head.indexOf('%PDF-');
  if (at < 0) return undefined;
  const m = /^%PDF-(\d+\.\d+)/.exec(head.toString('latin1', at, at + 16));
  return { offset: at, version: m?.[1] ?? '' };
}

export interface StartXref {
  /** the number after the last `startxref` keyword */
  offset: number;
  /** bytes after the last %%EOF that qpdf would not look past (it searches the last 1 KB only) */
  trailingBytes: number;
}

/**
 * The last `startxref` in the file's tail. Writers put it in the last few bytes; when it is only
 * found further back, something was appended after %%EOF (or an update was cut off), which qpdf
 * reports as damage, so the caller reports it too.
 */
export function findStartXref(src: ByteSource): StartXref | undefined {
  for (const span of [1024, 65536]) {
    const from = Math.max(0, src.size - span);
    const tail = src.read(from, src.size - from);
    const at = tail.lastIndexOf('startxref');
    if (at >= 0) {
      const m = /^startxref[\s\0]*(\d+)/.exec(tail.toString('latin1', at, at + 40));
      if (!m) return undefined;
      const eof = tail.indexOf('%%EOF', at);
      return { offset: Number(m[1]), trailingBytes: span === 1024 || eof < 0 ? 0 : tail.length - (eof + 5) };
    }
    if (from === 0) break;
  }
  return undefined;
}

/** `%PDF-1.7` vs catalog `/Version /2.0`: the later one wins (ISO 32000 7.2.2). */
export function laterVersion(a: string | undefined, b: string | undefined): string | undefined {
  if (!a || !/^\d+\.\d+$/.test(a)) return b || undefined;
  if (!b || !/^\d+\.\d+$/.test(b)) return a;
  const [am, an] = a.split('.').map(Number) as [number, number];
  const [bm, bn] = b.split('.').map(Number) as [number, number];
  return bm > am || (bm === am && bn > an) ? b : a;
}
