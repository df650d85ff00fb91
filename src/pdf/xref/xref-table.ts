import { damage } from '../errors.js';
import type { ByteSource } from '../syntax/byte-source.js';
import { CHAR_f, CHAR_n, DIGIT_0, SPACE, isEol } from '../syntax/bytes.js';
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
  lx.skipWhite();
  if (lx.readRegular() !== 'xref') damage('no "xref" keyword where the cross-reference table should be');
  const entries = new XrefEntries();
  let malformed = false;
  for (;;) {
    lx.skipWhite();
    const word = lx.readRegular();
    if (word === 'trailer') break;
    if (!/^\d+$/.test(word)) damage('cross-reference table has no "trailer"');
    lx.skipWhite();
    const countWord = lx.readRegular();
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
 */
function readStrictEntry(lx: Lexer, out: XrefEntries, num: number): boolean {
  const b = lx.buf;
  const p = lx.pos;
  if (p + 19 > b.length) {
    lx.peek(19); // at a window edge: widen (throws) or, at the end of the file, fall through
    return false;
  }
  let offset = 0;
  for (let k = 0; k < 10; k++) {
    const c = b[p + k]! - DIGIT_0;
    if (c < 0 || c > 9) return false;
    offset = offset * 10 + c;
  }
  let gen = 0;
  for (let k = 11; k < 16; k++) {
    const c = b[p + k]! - DIGIT_0;
    if (c < 0 || c > 9) return false;
    gen = gen * 10 + c;
  }
  const kind = b[p + 17];
  const eol = b[p + 18]!;
  if (b[p + 10] !== SPACE || b[p + 16] !== SPACE || (kind !== CHAR_n && kind !== CHAR_f)) return false;
  if (!isEol(eol) && eol !== SPACE) return false;
  if (gen > 65535) return false;
  lx.pos = p + 18;
  out.push(num, kind === CHAR_f ? FREE : IN_USE, offset, gen);
  return true;
}

/** `offset gen n|f`, tolerating odd spacing and digit counts as most readers do. */
function readEntry(lx: Lexer, out: XrefEntries, num: number): void {
  const offsetWord = lx.readRegular();
  lx.skipWhite();
  const genWord = lx.readRegular();
  lx.skipWhite();
  const kind = lx.readRegular();
  if (!/^\d{1,10}$/.test(offsetWord) || !/^\d{1,5}$/.test(genWord)) damage('unreadable cross-reference entry');
  const gen = Number(genWord);
  if (kind !== 'n' && kind !== 'f') damage('unreadable cross-reference entry');
  if (gen > 65535) return; // qpdf rejects these too; leave the number unset
  out.push(num, kind === 'f' ? FREE : IN_USE, Number(offsetWord), gen);
}
