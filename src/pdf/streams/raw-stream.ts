import { damage } from '../errors.js';
import type { ByteSource } from '../syntax/byte-source.js';
import { CR, LF } from '../syntax/bytes.js';
import { MAX_DECODED } from './filters.js';

export interface RawStream {
  data: Buffer;
  /** /Length was missing or wrong and the end was found by searching for `endstream` */
  recovered: boolean;
}

const SEARCH_CHUNK = 256 * 1024;

/**
 * The undecoded bytes of a stream. Trust /Length when `endstream` follows it; otherwise search
 * for `endstream` (as qpdf and poppler do), and if the file ends first, take what is there.
 */
export function readStreamRaw(src: ByteSource, dataStart: number, length: number | undefined): RawStream {
  if (length !== undefined && length <= MAX_DECODED && dataStart + length <= src.size) {
    const after = src.read(dataStart + length, 64).toString('latin1');
    if (/^[\s\0]*endstream/.test(after)) return { data: src.read(dataStart, length), recovered: false };
  }
  return { data: searchEnd(src, dataStart), recovered: true };
}

function searchEnd(src: ByteSource, dataStart: number): Buffer {
  let pos = dataStart;
  while (pos < src.size) {
    const chunk = src.read(pos, SEARCH_CHUNK + 16);
    const at = chunk.indexOf('endstream');
    if (at >= 0) return trimEol(src.read(dataStart, pos + at - dataStart));
    if (pos + chunk.length >= src.size) break;
    pos += SEARCH_CHUNK;
    if (pos - dataStart > MAX_DECODED) damage('stream has no end within the size limit');
  }
  return src.read(dataStart, src.size - dataStart);
}

/** The end-of-line before `endstream` is not part of the data. */
function trimEol(data: Buffer): Buffer {
  let end = data.length;
  if (end > 0 && data[end - 1] === LF) end--;
  if (end > 0 && data[end - 1] === CR) end--;
  return data.subarray(0, end);
}
