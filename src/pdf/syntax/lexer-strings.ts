import { damage } from '../errors.js';
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
/** `\n` `\r` `\t` `\b` `\f`: the escapes that stand for another byte. */
const ESCAPES: Record<number, number> = { [CHAR_n]: LF, [CHAR_r]: CR, [CHAR_t]: TAB, [CHAR_b]: BACKSPACE, [CHAR_f]: FF };

/** `( … )` with nesting and escapes, the lexer positioned on the opening parenthesis. */
export function readLiteralString(lx: Lexer): Buffer {
  lx.pos++;
  const out: number[] = [];
  let depth = 1;
  for (;;) {
    const c = lx.peek();
    if (c === -1) damage('unterminated string');
    lx.pos++;
    if (c === BACKSLASH) {
      readEscape(lx, out);
    } else if (c === LEFT_PAREN) {
      depth++;
      out.push(c);
    } else if (c === RIGHT_PAREN) {
      if (--depth === 0) return Buffer.from(out);
      out.push(c);
    } else if (c === CR) {
      // an unescaped end-of-line in a string reads as a single LF
      if (lx.peek() === LF) lx.pos++;
      out.push(LF);
    } else {
      out.push(c);
    }
    if (out.length > MAX_STRING) damage('string too long');
  }
}

function readEscape(lx: Lexer, out: number[]): void {
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
  lx.pos++;
  const out: number[] = [];
  let hi = -1;
  for (;;) {
    const c = lx.peek();
    if (c === -1) damage('unterminated hex string');
    lx.pos++;
    if (c === GREATER_THAN) break;
    const d = hexDigitValue(c);
    if (d < 0) continue; // whitespace or junk
    if (hi < 0) hi = d;
    else {
      out.push(hi * 16 + d);
      hi = -1;
    }
    if (out.length > MAX_STRING) damage('string too long');
  }
  if (hi >= 0) out.push(hi * 16);
  return Buffer.from(out);
}
