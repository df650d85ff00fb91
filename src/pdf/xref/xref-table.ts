import { damage } from '../errors.js';
import type { ByteSource } from '../syntax/byte-source.js';
import { CHAR_f, CHAR_n, DIGIT_0, SPACE, isDigit, isEol } from '../syntax/bytes.js';
import type { Lexer } from '../syntax/lexer.js';
import { parseValue } from '../syntax/object-parser.js';
import { PdfDict } from '../syntax/pdf-values.js';
import { parseWindowed } from '../syntax/windowed-parse.js';
import { FREE, IN_USE, MAX_OBJECT_NUMBER, XrefEntries, type XrefSection } from './xref-map.js';

/** A classic `xref … trailer << >>` section at `pos` (absolute), positioned on `xref`. */
export function parseXrefTable(src: ByteSource, pos: number): XrefSection {
  // Size the first window from the first subsection's count: big tables then parse in one pass.
  const head = /^\s*xref\s+\d+\s+(\d+)/.exec(src.read(pos, 64).toString('latin1'));
  const guess = Math.min(Number(head?.[1] ?? 0) * 20 + 8192, 64 * 1024 * 1024);
  return parseWindowed(src, pos, (lx) => readTable(lx), Math.max(guess, 16 * 1024));
}

function readTable(lx: Lexer): XrefSection {
  if (lx.readWord() !== 'xref') damage('no "xref" keyword where the cross-reference table should be');
  const entries = new XrefEntries();
  let malformed = false;
  for (;;) {
    const word = lx.readWord();
    if (word === 'trailer') break;
    if (!/^\d+$/.test(word)) damage('cross-reference table has no "trailer"');
    const countWord = lx.readWord();
    const start = Number(word);
    const count = Number(countWord);
    if (!/^\d+$/.test(countWord) || start + count > MAX_OBJECT_NUMBER) damage('bad cross-reference subsection header');
    for (let i = 0; i < count; i++) {
      lx.skipWhite();
      if (!readStrictEntry(lx, entries, start + i)) {
        malformed = true;
        readEntry(lx, entries, start + i);
      }
    }
  }
  const trailer = parseValue(lx);
  if (!(trailer instanceof PdfDict)) damage('trailer is not a dictionary');
  return { kind: 'table', entries, trailer, malformed };
}

/**
 * `0000000015 00000 n` + end-of-line, the layout every writer should produce, read straight from
 * the bytes (tables run to many thousands of entries). false: not in that layout, position kept.
 * Generations are at most 65535, but the free entry `0000000000 65536 f` (old iText, Microsoft
 * Print to PDF, Canva, Ghostscript) is common and harmless: every reader takes five digits as
 * they come, and so do we. Blank lines between entries are skipped by the caller.
 */
function readStrictEntry(lx: Lexer, out: XrefEntries, num: number): boolean {
  const b = lx.buf;
  const p = lx.pos;
  if (p + 19 > b.length) {
    lx.peek(19); // at a window edge: widen (throws) or, at the end of the file, fall through
    return false;
  }
  const offset = fixedDigits(b, p, 10);
  const gen = fixedDigits(b, p + 11, 5);
  if (offset < 0 || gen < 0) return false;
  const kind = b[p + 17];
  const eol = b[p + 18]!;
  if (b[p + 10] !== SPACE || b[p + 16] !== SPACE || (kind !== CHAR_n && kind !== CHAR_f)) return false;
  if (!isEol(eol) && eol !== SPACE) return false;
  lx.pos = p + 18;
  // Text after `n `/`f ` up to the end of the line is ignored, as qpdf does (it reports nothing):
  // unless another entry starts there, on a table written as one long line.
  if (eol === SPACE && !isDigit(lx.peek(1)) && !isEol(lx.peek(1))) while (!isEol(lx.peek()) && lx.peek() !== -1) lx.pos++;
  out.push(num, kind === CHAR_f ? FREE : IN_USE, offset, gen);
  return true;
}

/** The value of the `count` decimal digits at b[at], -1 if any of them is not a digit. */
function fixedDigits(b: Buffer, at: number, count: number): number {
  let v = 0;
  for (let k = at; k < at + count; k++) {
    if (!isDigit(b[k]!)) return -1;
    v = v * 10 + (b[k]! - DIGIT_0);
  }
  return v;
}

/** `offset gen n|f`, tolerating odd spacing and digit counts as most readers do. */
function readEntry(lx: Lexer, out: XrefEntries, num: number): void {
  const offsetWord = lx.readWord();
  const genWord = lx.readWord();
  const kind = lx.readWord();
  if (!/^\d{1,10}$/.test(offsetWord) || !/^\d{1,5}$/.test(genWord)) damage('unreadable cross-reference entry');
  if (kind !== 'n' && kind !== 'f') damage('unreadable cross-reference entry');
  out.push(num, kind === 'f' ? FREE : IN_USE, Number(offsetWord), Number(genWord));
}
