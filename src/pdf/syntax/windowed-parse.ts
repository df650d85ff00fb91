import { NeedMoreData, damage } from '../errors.js';
import type { ByteSource } from './byte-source.js';
import { Lexer } from './lexer.js';

/** Largest window a single object (or xref table) may need; a bigger one is damage, not data. */
const MAX_WINDOW = 64 * 1024 * 1024;

/**
 * Run a parser over a window of the source starting at `pos`, widening the window whenever the
 * parser runs off its end. Objects are small, so the first window almost always suffices.
 */
export function parseWindowed<T>(src: ByteSource, pos: number, parse: (lx: Lexer) => T, initial = 4096): T {
  if (pos < 0 || pos >= src.size) damage(`offset ${pos} is outside the file`);
  let len = initial;
  for (;;) {
    const buf = src.read(pos, len);
    const complete = pos + buf.length >= src.size;
    try {
      return parse(new Lexer(buf, pos, complete));
    } catch (err) {
      if (!(err instanceof NeedMoreData) || complete) throw err;
      if (len >= MAX_WINDOW) damage(`object at offset ${pos} is too large`);
      len *= 4;
    }
  }
}
