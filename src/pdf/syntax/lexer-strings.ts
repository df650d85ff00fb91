import { damage } from '../errors.js';
import { chargeDecoded } from '../limits.js';
import {
  BACKSLASH,
  BACKSPACE,
  CHAR_b,
  CHAR_f,
  CHAR_n,
  CHAR_r,
  CHAR_t,
  CR,
  DIGIT_0,
  FF,
  GREATER_THAN,
  LEFT_PAREN,
  LF,
  RIGHT_PAREN,
  TAB,
  hexDigitValue,
  isOctalDigit,
} from './bytes.js';
import type { Lexer } from './lexer.js';

const MAX_STRING = 16 * 1024 * 1024;

/**
 * Bytes appended into a buffer that doubles when full: a string of millions of bytes costs its
 * own size, not eight bytes per character as a number[] would. What it returns counts against
 * the file's decoded-bytes budget (parsed objects are kept, so their strings must be bounded).
 */
class ByteBuilder {
  private buf = Buffer.allocUnsafe(64);
  length = 0;

  push(c: number): void {
    if (this.length === this.buf.length) this.grow(this.length + 1);
    this.buf[this.length++] = c;
  }

  /** src[start, end) at once: the runs of plain bytes between escapes. */
  append(src: Buffer, start: number, end: number): void {
    if (this.length + end - start > this.buf.length) this.grow(this.length + end - start);
    src.copy(this.buf, this.length, start, end);
    this.length += end - start;
  }

  /** The bytes, copied out (the builder's buffer is mostly spare room). */
  done(): Buffer {
    chargeDecoded(this.length);
    return Buffer.from(this.buf.subarray(0, this.length));
  }

  private grow(needed: number): void {
    if (needed > MAX_STRING) damage('string too long');
    let size = this.buf.length;
    while (size < needed) size *= 2;
    const bigger = Buffer.allocUnsafe(Math.min(size, MAX_STRING));
    this.buf.copy(bigger, 0, 0, this.length);
    this.buf = bigger;
  }
}

/** `\n` `\r` `\t` `\b` `\f`: the escapes that stand for another byte. */
const ESCAPES: Record<number, number> = { [CHAR_n]: LF, [CHAR_r]: CR, [CHAR_t]: TAB, [CHAR_b]: BACKSPACE, [CHAR_f]: FF };

/** Bytes that end a run of plain string bytes: \\ ( ) and CR. */
const SPECIAL_IN_LITERAL = new Uint8Array(256);
for (const c of [BACKSLASH, LEFT_PAREN, RIGHT_PAREN, CR]) SPECIAL_IN_LITERAL[c] = 1;

/** `( … )` with nesting and escapes, the lexer positioned on the opening parenthesis. */
export function readLiteralString(lx: Lexer): Buffer {
  lx.pos++;
  // Most strings are plain bytes up to their `)`: one copy, no builder.
  const buf0 = lx.buf;
  let plainEnd = lx.pos;
  while (plainEnd < buf0.length && !SPECIAL_IN_LITERAL[buf0[plainEnd]!]) plainEnd++;
  if (buf0[plainEnd] === RIGHT_PAREN && plainEnd - lx.pos <= MAX_STRING) {
    const bytes = Buffer.from(buf0.subarray(lx.pos, plainEnd));
    lx.pos = plainEnd + 1;
    chargeDecoded(bytes.length);
    return bytes;
  }
  const out = new ByteBuilder();
  let depth = 1;
  for (;;) {
    // Copy the run of bytes that need no interpretation in one go.
    const start = lx.pos;
    let end = start;
    const buf = lx.buf;
    while (end < buf.length && !SPECIAL_IN_LITERAL[buf[end]!]) end++;
    if (end > start) {
      out.append(buf, start, end);
      lx.pos = end;
    }
    const c = lx.peek();
    if (c === -1) damage('unterminated string');
    lx.pos++;
    if (c === BACKSLASH) {
      readEscape(lx, out);
    } else if (c === LEFT_PAREN) {
      depth++;
      out.push(c);
    } else if (c === RIGHT_PAREN) {
      if (--depth === 0) return out.done();
      out.push(c);
    } else if (c === CR) {
      // an unescaped end-of-line in a string reads as a single LF
      if (lx.peek() === LF) lx.pos++;
      out.push(LF);
    } else {
      out.push(c);
    }
  }
}

function readEscape(lx: Lexer, out: ByteBuilder): void {
  const e = lx.peek();
  if (e === -1) return;
  lx.pos++;
  const simple = ESCAPES[e];
  if (simple !== undefined) out.push(simple);
  else if (e === CR) {
    if (lx.peek() === LF) lx.pos++; // line continuation
  } else if (e === LF) {
    // line continuation
  } else if (isOctalDigit(e)) {
    let v = e - DIGIT_0;
    for (let k = 0; k < 2 && isOctalDigit(lx.peek()); k++) v = v * 8 + lx.buf[lx.pos++]! - DIGIT_0;
    out.push(v & 0xff);
  } else out.push(e); // \( \) \\ and unknown escapes stand for the character itself
}

/** `< hex >`, the lexer positioned on the '<'. Odd digit counts pad with 0, as the spec says. */
export function readHexString(lx: Lexer): Buffer {
  const buf = lx.buf;
  const end = buf.indexOf(GREATER_THAN, lx.pos + 1);
  if (end < 0) {
    lx.pos = buf.length;
    lx.peek(); // at a window edge: widen (throws); at the end of the file:
    return damage('unterminated hex string');
  }
  if ((end - lx.pos) / 2 > MAX_STRING) damage('string too long');
  // At most one byte per two digits: decode into a buffer of that size, then trim.
  const out = Buffer.allocUnsafe((end - lx.pos) >> 1);
  let n = 0;
  let hi = -1;
  for (let i = lx.pos + 1; i < end; i++) {
    const d = hexDigitValue(buf[i]!);
    if (d < 0) continue; // whitespace or junk
    if (hi < 0) hi = d;
    else {
      out[n++] = hi * 16 + d;
      hi = -1;
    }
  }
  if (hi >= 0) out[n++] = hi * 16;
  lx.pos = end + 1;
  chargeDecoded(n);
  return Buffer.from(out.subarray(0, n));
}
