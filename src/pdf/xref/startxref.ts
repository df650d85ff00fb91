import type { ByteSource } from '../syntax/byte-source.js';

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
