import { chargeObject, checkDeadline, rethrowLimit } from '../limits.js';
import type { ByteSource } from '../syntax/byte-source.js';
import { isDigit, isRegular, isWhite } from '../syntax/bytes.js';
import { parseValue } from '../syntax/object-parser.js';
import { PdfDict } from '../syntax/pdf-values.js';
import { parseWindowed } from '../syntax/windowed-parse.js';
import type { ObjectResolver } from './object-resolver.js';
import { COMPRESSED, IN_USE, XrefMap } from './xref-map.js';
import { parseXrefStream } from './xref-stream.js';

export interface Rebuilt {
  map: XrefMap;
  /** trailer dictionaries (and the dictionaries of readable xref streams), newest (last in file) first */
  trailers: PdfDict[];
  /** object streams, to be indexed once decryption is known (addObjectStreamEntries) */
  objectStreams: number[];
}

const CHUNK = 4 * 1024 * 1024;
const BACK = 32; // an "N G obj" header may straddle a chunk boundary
const AHEAD = 2048; // enough to sniff a dictionary's /Type

/**
 * Rebuild the xref the way qpdf and poppler do: scan the whole file, in bounded chunks, for
 * `N G obj` headers and `trailer` keywords. Later definitions win (incremental updates append);
 * earlier ones are kept as alternatives in case a "header" was really bytes inside a stream.
 */
export function rebuildXref(src: ByteSource): Rebuilt {
  const offsets = new Map<number, { offset: number; gen: number }[]>();
  const trailerAt: number[] = [];
  const sniffed: { offset: number; num: number; type: string }[] = [];
  for (let pos = 0; pos < src.size; pos += CHUNK) {
    checkDeadline();
    const from = Math.max(0, pos - BACK);
    const buf = src.read(from, pos + CHUNK + AHEAD - from);
    const limit = Math.min(buf.length, pos + CHUNK - from);
    for (let i = buf.indexOf('obj', pos - from); i >= 0 && i < limit; i = buf.indexOf('obj', i + 3)) {
      const head = objectHeaderBefore(buf, i, from === 0);
      if (!head) continue;
      chargeObject();
      const offset = from + head.start;
      const list = offsets.get(head.num) ?? [];
      list.push({ offset, gen: head.gen });
      offsets.set(head.num, list);
      const type = sniffType(buf, i + 3);
      if (type) sniffed.push({ offset, num: head.num, type });
    }
    for (let i = buf.indexOf('trailer', pos - from); i >= 0 && i < limit; i = buf.indexOf('trailer', i + 7)) {
      if ((i === 0 || !isRegular(buf[i - 1]!)) && !isRegular(buf[i + 7] ?? -1)) trailerAt.push(from + i + 7);
    }
  }
  const map = new XrefMap();
  for (const [num, list] of offsets) {
    const last = list[list.length - 1]!;
    map.setIfAbsent(num, IN_USE, last.offset, last.gen);
    map.setAlternatives(
      num,
      list
        .slice(0, -1)
        .map((x) => x.offset)
        .reverse(),
    );
  }
  const trailers = collectTrailers(
    src,
    trailerAt,
    sniffed.filter((s) => s.type === 'XRef'),
  );
  const newestFirst = (type: string): number[] =>
    sniffed
      .filter((s) => s.type === type)
      .map((s) => s.num)
      .reverse();
  return { map, trailers, objectStreams: newestFirst('ObjStm') };
}

/**
 * Digits, whitespace, digits, whitespace, then `obj` at `i`, with delimiters on both sides. A header
 * glued to the bytes before it is not one: after Ghostscript 10.0 cuts an Info string short
 * (`/Title(\xfe\xff2 0 obj`), poppler, qpdf, mupdf and pdfium lose that object too when they
 * must rebuild; a header at a line start after the cut (`/Creator(Word\n2 0 obj`) is found.
 */
function objectHeaderBefore(buf: Buffer, i: number, atFileStart: boolean): { start: number; num: number; gen: number } | undefined {
  if (isRegular(buf[i + 3] ?? -1)) return undefined;
  let j = skipBack(buf, i - 1, isWhite);
  const genEnd = j + 1;
  j = skipBack(buf, j, isDigit);
  const genStart = j + 1;
  if (genStart === genEnd || genEnd - genStart > 5 || j < 0 || !isWhite(buf[j]!)) return undefined;
  j = skipBack(buf, j, isWhite);
  const numEnd = j + 1;
  j = skipBack(buf, j, isDigit);
  const numStart = j + 1;
  if (numStart === numEnd || numEnd - numStart > 10) return undefined;
  if (j >= 0 ? isRegular(buf[j]!) : !atFileStart) return undefined;
  return { start: numStart, num: Number(buf.toString('latin1', numStart, numEnd)), gen: Number(buf.toString('latin1', genStart, genEnd)) };
}

/** Step back from buf[j] over bytes that `skip` accepts; the index of the first one it does not (-1: none). */
function skipBack(buf: Buffer, j: number, skip: (c: number) => boolean): number {
  while (j >= 0 && skip(buf[j]!)) j--;
  return j;
}

function sniffType(buf: Buffer, from: number): string | undefined {
  let text = buf.toString('latin1', from, Math.min(buf.length, from + AHEAD));
  const end = text.search(/endobj|stream/);
  if (end >= 0) text = text.slice(0, end);
  return /\/Type\s*\/(XRef|ObjStm)(?![A-Za-z0-9])/.exec(text)?.[1];
}

/**
 * The dictionaries after `trailer` keywords, and those of cross-reference streams that are intact
 * (their /Length is right and their data decodes): poppler and qpdf refuse a file whose only
 * trailer is a damaged xref stream, and so do we.
 */
function collectTrailers(src: ByteSource, trailerAt: number[], xrefStreams: { offset: number }[]): PdfDict[] {
  const found: { offset: number; dict: PdfDict }[] = [];
  for (const offset of trailerAt) {
    try {
      const v = parseWindowed(src, offset, (lx) => parseValue(lx));
      if (v instanceof PdfDict) found.push({ offset, dict: v });
    } catch (err) {
      rethrowLimit(err); // a damaged trailer is just one fewer candidate
    }
  }
  for (const { offset } of xrefStreams) {
    try {
      const section = parseXrefStream(src, offset);
      if (!section.malformed) found.push({ offset, dict: section.trailer });
    } catch (err) {
      rethrowLimit(err); // as above
    }
  }
  return found.sort((a, b) => b.offset - a.offset).map((f) => f.dict);
}

/** Objects inside object streams become visible once the streams can be decoded (and decrypted). */
export function addObjectStreamEntries(r: ObjectResolver, objectStreams: number[]): void {
  for (const stm of objectStreams) {
    try {
      r.objectStream(stm).objectNumbers.forEach((num, index) => r.xref.setIfAbsent(num, COMPRESSED, stm, index));
    } catch (err) {
      rethrowLimit(err); // an unreadable object stream hides its objects; the page walk reports what is missing
    }
  }
}
