import { damage } from '../errors.js';
import { chargeObject, chargeValue } from '../limits.js';
import {
  CHAR_R,
  CHAR_s,
  CR,
  GREATER_THAN,
  LEFT_BRACKET,
  LEFT_PAREN,
  LESS_THAN,
  LF,
  MINUS,
  PERIOD,
  PLUS,
  RIGHT_BRACKET,
  SLASH,
  isDigit,
  isRegular,
} from './bytes.js';
import type { Lexer } from './lexer.js';
import { readHexString, readLiteralString } from './lexer-strings.js';
import { PdfDict, PdfKeyword, PdfName, PdfRef, PdfStream, PdfString, type PdfValue } from './pdf-values.js';

const MAX_DEPTH = 200; // fuzzed files nest brackets deeply; stop before the stack does

type Parsed = PdfValue | PdfKeyword;

const NUMERIC = /^[+-]*[0-9.]/;

/** One value (or a bare keyword such as `endobj`) from the lexer's position. */
export function parseValue(lx: Lexer, depth = 0): Parsed {
  if (depth > MAX_DEPTH) damage('objects nested too deeply');
  chargeValue();
  lx.skipWhite();
  const c = lx.peek();
  if (c === -1) damage('unexpected end of file');
  if (c === SLASH) return new PdfName(lx.readName());
  if (c === LEFT_PAREN) return new PdfString(readLiteralString(lx));
  if (c === LEFT_BRACKET) return parseArray(lx, depth);
  if (c === LESS_THAN) return lx.peek(1) === LESS_THAN ? parseDict(lx, depth) : new PdfString(readHexString(lx));
  if (!isRegular(c)) {
    lx.pos++; // a stray ')', '>', ']', '{' or '}': report it as a keyword so containers can react
    return new PdfKeyword(String.fromCharCode(c));
  }
  if (isDigit(c) || c === PLUS || c === MINUS || c === PERIOD) {
    const n = lx.readNumber();
    if (n !== undefined) return Number.isInteger(n) && n >= 0 ? maybeRef(lx, n) : n;
  }
  const word = lx.readRegular();
  if (NUMERIC.test(word)) return 0; // malformed number such as "1.2.3": PDF readers take 0
  if (word === 'true') return true;
  if (word === 'false') return false;
  if (word === 'null') return null;
  return new PdfKeyword(word);
}

/** `num gen R` needs two tokens of look-ahead after an integer. */
function maybeRef(lx: Lexer, num: number): PdfValue {
  const save = lx.pos;
  lx.skipWhite();
  const c = lx.peek();
  if (isDigit(c)) {
    const gen = lx.readNumber();
    if (gen !== undefined && Number.isInteger(gen)) {
      lx.skipWhite();
      if (lx.peek() === CHAR_R && !isRegular(lx.peek(1))) {
        lx.pos++;
        return new PdfRef(num, gen);
      }
    }
  }
  lx.pos = save;
  return num;
}

function parseArray(lx: Lexer, depth: number): PdfValue[] {
  lx.pos++;
  const out: PdfValue[] = [];
  for (;;) {
    lx.skipWhite();
    const c = lx.peek();
    if (c === RIGHT_BRACKET) {
      lx.pos++;
      return out;
    }
    if (atDictEnd(lx)) return out; // unterminated array inside a dict
    const v = parseValue(lx, depth + 1);
    if (v instanceof PdfKeyword) {
      if (isObjectEnd(v.word)) return out;
      continue; // junk token: skip it
    }
    out.push(v);
  }
}

function parseDict(lx: Lexer, depth: number): PdfDict {
  lx.pos += 2;
  const dict = new PdfDict();
  for (;;) {
    lx.skipWhite();
    if (atDictEnd(lx)) {
      lx.pos += 2;
      return dict;
    }
    const key = parseValue(lx, depth + 1);
    if (key instanceof PdfKeyword && isObjectEnd(key.word)) return dict;
    if (!(key instanceof PdfName)) continue; // not a key: skip it and resynchronise
    lx.skipWhite();
    if (atDictEnd(lx)) continue; // key without value: the loop closes the dictionary
    const value = parseValue(lx, depth + 1);
    if (value instanceof PdfKeyword) {
      if (isObjectEnd(value.word)) return dict;
      continue;
    }
    dict.map.set(key.name, value);
  }
}

/** `>>` at the lexer's position. */
function atDictEnd(lx: Lexer): boolean {
  return lx.peek() === GREATER_THAN && lx.peek(1) === GREATER_THAN;
}

function isObjectEnd(word: string): boolean {
  return (
    word === 'endobj' ||
    word === 'stream' ||
    word === 'endstream' ||
    word === 'obj' ||
    word === 'xref' ||
    word === 'trailer' ||
    word === 'startxref'
  );
}

export interface IndirectObject {
  num: number;
  gen: number;
  value: PdfValue;
}

/** `num gen obj value [stream…]` at the lexer's position; damage() when the header is not there. */
export function parseIndirectObject(lx: Lexer): IndirectObject {
  chargeObject();
  const num = lx.readWord();
  const gen = lx.readWord();
  const kw = lx.readWord();
  if (!/^\d+$/.test(num) || !/^\d+$/.test(gen) || kw !== 'obj') damage('no "N G obj" header');
  const first = parseValue(lx);
  const value = first instanceof PdfKeyword ? null : first;
  if (value instanceof PdfDict) {
    lx.skipWhite();
    if (lx.peek() === CHAR_s && lx.peek(5) !== -1 && lx.buf.toString('latin1', lx.pos, lx.pos + 6) === 'stream') {
      lx.pos += 6;
      // The keyword is followed by CRLF or LF; a lone CR is wrong but common enough to accept.
      if (lx.peek() === CR) lx.pos++;
      if (lx.peek() === LF) lx.pos++;
      return { num: Number(num), gen: Number(gen), value: new PdfStream(value, lx.absPos) };
    }
  }
  return { num: Number(num), gen: Number(gen), value };
}
