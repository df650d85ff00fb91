import { NEED_MORE } from '../errors.js';
import { DIGIT_0, MINUS, PERCENT, PERIOD, PLUS, isDigit, isEol, isRegular, isWhite } from './bytes.js';

/**
 * Byte-level scanner over one window of a source. `complete` says whether the window ends where
 * the source ends; if not, running off the end throws NeedMoreData so the caller can widen it.
 */
export class Lexer {
  pos = 0;

  constructor(
    readonly buf: Buffer,
    /** absolute offset of buf[0] in the source */
    readonly base: number,
    readonly complete: boolean,
  ) {}

  get absPos(): number {
    return this.base + this.pos;
  }

  /** Next byte without consuming it; -1 at the true end of the source. */
  peek(offset = 0): number {
    return this.peekAt(this.pos + offset);
  }

  skipWhite(): void {
    for (;;) {
      const c = this.peek();
      if (c === PERCENT) {
        // comment: runs to end of line
        while (!isEol(this.peek()) && this.peek() !== -1) this.pos++;
      } else if (c >= 0 && isWhite(c)) {
        this.pos++;
      } else {
        return;
      }
    }
  }

  /** A run of regular characters (a number or keyword), '' when none. */
  readRegular(): string {
    const start = this.pos;
    while (isRegular(this.peek())) this.pos++;
    return this.buf.toString('latin1', start, this.pos);
  }

  /** The next word (number or keyword) after white space and comments, '' when none. */
  readWord(): string {
    this.skipWhite();
    return this.readRegular();
  }

  /**
   * A number read straight from the bytes (the bulk of most objects are numbers and references,
   * so no string is made). undefined, position kept, when the token is not a plain number.
   */
  readNumber(): number | undefined {
    const start = this.pos;
    let i = start;
    let sign = 1;
    while (this.peekAt(i) === PLUS || this.peekAt(i) === MINUS) sign = this.buf[i++] === MINUS ? -sign : sign;
    let value = 0;
    let digits = 0;
    let c = this.peekAt(i);
    while (isDigit(c)) {
      value = value * 10 + (c - DIGIT_0);
      digits++;
      c = this.peekAt(++i);
    }
    if (c === PERIOD) {
      let scale = 0.1;
      c = this.peekAt(++i);
      while (isDigit(c)) {
        value += (c - DIGIT_0) * scale;
        scale /= 10;
        digits++;
        c = this.peekAt(++i);
      }
    }
    if (digits === 0 || isRegular(c)) return undefined;
    this.pos = i;
    return sign * value;
  }

  /** The byte at buf[i]; -1 at the true end of the source. */
  private peekAt(i: number): number {
    if (i < this.buf.length) return this.buf[i]!;
    if (this.complete) return -1;
    throw NEED_MORE;
  }

  /** `/Name` with #xx escapes, positioned on the slash. */
  readName(): string {
    this.pos++; // '/'
    const start = this.pos;
    while (isRegular(this.peek())) this.pos++;
    const raw = this.buf.toString('latin1', start, this.pos);
    if (!raw.includes('#')) return raw;
    return raw.replace(/#([0-9A-Fa-f]{2})/g, (_m: string, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
}
