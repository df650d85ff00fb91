import { PdfDamage, damage } from '../errors.js';
import type { ByteSource } from '../syntax/byte-source.js';
import { isWhite } from '../syntax/bytes.js';
import { PdfDict, asIndex } from '../syntax/pdf-values.js';
import { FREE, XrefMap, type XrefSection } from './xref-map.js';
import { parseXrefStream } from './xref-stream.js';
import { parseXrefTable } from './xref-table.js';

export interface XrefChain {
  map: XrefMap;
  /** trailer dictionaries, newest first */
  trailers: PdfDict[];
  /** added to every offset in the file: the header position when junk precedes `%PDF-` */
  base: number;
  /** some section had entries that needed tolerant reading */
  malformed: boolean;
}

const MAX_SECTIONS = 10_000;

/**
 * Follow startxref → section → /Prev → … (incremental updates), merging newest first. Hybrid
 * files carry a table plus an /XRefStm stream; the stream fills the table's gaps. Offsets are
 * relative to the header when junk precedes it; try that first, then absolute.
 */
export function loadXrefChain(src: ByteSource, startxref: number, headerOffset: number): XrefChain {
  const bases = headerOffset > 0 ? [headerOffset, 0] : [0];
  let firstError: unknown;
  for (const base of bases) {
    if (!looksLikeSection(src, base + startxref)) {
      firstError ??= new PdfDamage(`startxref points to offset ${startxref}, where there is no cross-reference section`);
      continue;
    }
    try {
      return walk(src, startxref, base);
    } catch (err) {
      firstError ??= err;
    }
  }
  throw firstError;
}

function walk(src: ByteSource, startxref: number, base: number): XrefChain {
  const map = new XrefMap();
  const trailers: PdfDict[] = [];
  const seen = new Set<number>();
  // Each /XRefStm is read once, however many table sections name it: merging it again adds nothing.
  const hybridsRead = new Set<number>();
  let malformed = false;
  let next: number | undefined = startxref;
  while (next !== undefined) {
    if (seen.has(next)) damage('the /Prev chain of cross-reference sections loops');
    if (seen.size >= MAX_SECTIONS) damage('too many cross-reference sections');
    seen.add(next);
    const section = readSection(src, base + next, `cross-reference section at offset ${next}`);
    malformed ||= section.malformed;
    const stmOffset = section.kind === 'table' ? asIndex(section.trailer.get('XRefStm')) : undefined;
    const fresh = stmOffset !== undefined && !hybridsRead.has(stmOffset) && !seen.has(stmOffset);
    const hybrid = fresh ? readSection(src, base + stmOffset, `/XRefStm at offset ${stmOffset}`) : undefined;
    if (stmOffset !== undefined) hybridsRead.add(stmOffset);
    // In-use table entries win; a hybrid stream then supplies objects the table hides as free.
    map.setAll(section.entries, (type) => type !== FREE);
    if (hybrid) map.setAll(hybrid.entries);
    map.setAll(section.entries);
    trailers.push(section.trailer);
    next = asIndex(section.trailer.get('Prev'));
  }
  return { map, trailers, base, malformed };
}

function readSection(src: ByteSource, pos: number, what: string): XrefSection {
  if (!looksLikeSection(src, pos)) damage(`${what}: no cross-reference table or stream there`);
  const head = src.read(pos, 16).toString('latin1').trimStart();
  return head.startsWith('xref') ? parseXrefTable(src, pos) : parseXrefStream(src, pos);
}

/** `xref` or `N G obj` (an xref stream) after optional whitespace. */
function looksLikeSection(src: ByteSource, pos: number): boolean {
  if (pos < 0 || pos >= src.size) return false;
  const head = src.read(pos, 64);
  let i = 0;
  while (i < head.length && isWhite(head[i]!)) i++;
  const text = head.toString('latin1', i);
  return /^xref\b/.test(text) || /^\d+\s+\d+\s+obj\b/.test(text);
}
