import { damage } from '../errors.js';
import type { Lexer } from './lexer.js';

const MAX_STRING = 16 * 1024 * 1024;
const ESCAPES: Record<number, number> = { 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c };

/** `( … )` with nesting and escapes, the lexer positioned on the opening parenthesis. */
export function readLiteralString(lx: Lexer): Buffer {
  lx.pos++;
  const out: number[] = [];
  let depth = 1;
  for (;;) {
    const c = lx.peek();
    if (c === -1) damage('unterminated string');
    lx.pos++;
    if (c === 0x5c) {
      readEscape(lx, out);
    } else if (c === 0x28) {
      depth++;
      out.push(c);
    } else if (c === 0x29) {
      if (--depth === 0) return Buffer.from(out);
      out.push(c);
    } else if (c === 0x0d) {
      // an unescaped end-of-line in a string reads as a single LF
      if (lx.peek() === 0x0a) lx.pos++;
      out.push(0x0a);
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
  else if (e === 0x0d) {
    if (lx.peek() === 0x0a) lx.pos++; // line continuation
  } else if (e === 0x0a) {
    // line continuation
  } else if (e >= 0x30 && e <= 0x37) {
    let v = e - 0x30;
    for (let k = 0; k < 2 && lx.peek() >= 0x30 && lx.peek() <= 0x37; k++) v = v * 8 + lx.buf[lx.pos++]! - 0x30;
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
    if (c === 0x3e) break;
    const d = hexValue(c);
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

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}
