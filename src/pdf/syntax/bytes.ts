/**
 * The bytes the inspector compares against, by name, and the character classes of PDF syntax
 * (ISO 32000-1 §7.2.2). Write `c === PERCENT`, not `c === 0x25`.
 */

// White-space characters (Table 1)
export const NUL = 0x00;
export const TAB = 0x09;
export const LF = 0x0a;
export const FF = 0x0c;
export const CR = 0x0d;
export const SPACE = 0x20;

// Delimiter characters (Table 2)
export const PERCENT = 0x25; // %
export const LEFT_PAREN = 0x28; // (
export const RIGHT_PAREN = 0x29; // )
export const SLASH = 0x2f; // /
export const LESS_THAN = 0x3c; // <
export const GREATER_THAN = 0x3e; // >
export const LEFT_BRACKET = 0x5b; // [
export const RIGHT_BRACKET = 0x5d; // ]
export const LEFT_BRACE = 0x7b; // {
export const RIGHT_BRACE = 0x7d; // }

// Other characters the lexer looks at
export const BACKSPACE = 0x08;
export const PLUS = 0x2b; // +
export const MINUS = 0x2d; // -
export const PERIOD = 0x2e; // .
export const BACKSLASH = 0x5c; // \
export const DIGIT_0 = 0x30;
export const DIGIT_7 = 0x37;
export const DIGIT_9 = 0x39;
// Letters, named after the character itself (CHAR_n is 'n', CHAR_R is 'R').
export const CHAR_A = 0x41;
export const CHAR_F = 0x46;
export const CHAR_R = 0x52; // ends an indirect reference `12 0 R`
export const CHAR_a = 0x61;
export const CHAR_b = 0x62;
export const CHAR_f = 0x66;
export const CHAR_n = 0x6e;
export const CHAR_r = 0x72;
export const CHAR_s = 0x73;
export const CHAR_t = 0x74;

/** PDF white space: NUL, TAB, LF, FF, CR, SP. */
export function isWhite(c: number): boolean {
  return c === SPACE || c === LF || c === CR || c === TAB || c === FF || c === NUL;
}

/** ( ) < > [ ] { } / % */
export function isDelimiter(c: number): boolean {
  return (
    c === LEFT_PAREN ||
    c === RIGHT_PAREN ||
    c === LESS_THAN ||
    c === GREATER_THAN ||
    c === LEFT_BRACKET ||
    c === RIGHT_BRACKET ||
    c === LEFT_BRACE ||
    c === RIGHT_BRACE ||
    c === SLASH ||
    c === PERCENT
  );
}

/** Neither white space nor a delimiter (nor -1, the end of the source): part of a number or keyword. */
export function isRegular(c: number): boolean {
  return c >= 0 && !isWhite(c) && !isDelimiter(c);
}

export function isEol(c: number): boolean {
  return c === LF || c === CR;
}

export function isDigit(c: number): boolean {
  return c >= DIGIT_0 && c <= DIGIT_9;
}

export function isOctalDigit(c: number): boolean {
  return c >= DIGIT_0 && c <= DIGIT_7;
}

/** 0–15 for 0-9, A-F, a-f; -1 for any other byte. */
export function hexDigitValue(c: number): number {
  if (isDigit(c)) return c - DIGIT_0;
  if (c >= CHAR_A && c <= CHAR_F) return c - CHAR_A + 10;
  if (c >= CHAR_a && c <= CHAR_f) return c - CHAR_a + 10;
  return -1;
}

// Text strings (ISO 32000-2 §7.9.2.2): byte-order marks, and where 7-bit ASCII ends.
export const UTF16BE_BOM: readonly number[] = [0xfe, 0xff];
export const UTF16LE_BOM: readonly number[] = [0xff, 0xfe];
export const UTF8_BOM: readonly number[] = [0xef, 0xbb, 0xbf];
export const FIRST_NON_ASCII = 0x80;
/** GB2312 in EUC-CN form: both bytes of a character lie in these ranges. */
export const GB2312_LEAD = { first: 0xa1, last: 0xf7 } as const;
export const GB2312_TRAIL = { first: 0xa1, last: 0xfe } as const;

export function startsWithBytes(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}
