import stringWidth from 'string-width';

/**
 * Columns a string takes in a terminal (string-width: East Asian Width, combining marks, ANSI
 * colours ignored). A CJK character takes two, so padding counts this, never `.length`.
 */
export function displayWidth(s: string): number {
  return PLAIN.test(s) ? plainWidth(s) : stringWidth(s);
}

/**
 * Characters a report prints almost exclusively, counted directly: printable ASCII, punctuation,
 * arrows, ①②③, the ✔ ✖ ⚠ marks (one column), CJK ideographs and CJK/full-width punctuation (two).
 * string-width's first call compiles a large emoji pattern (~0.1 s) that the cached `check` would
 * otherwise pay on every run. A test holds every character here to string-width's answer.
 */
const NARROW = '\\x20-\\x7e\\u00b7\\u2010-\\u2027\\u2030-\\u205e\\u2190-\\u21ff\\u2460-\\u24ff\\u26a0\\u2714\\u2716';
const WIDE = '\\u3000-\\u3029\\u3030-\\u303e\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff01-\\uff60';
const PLAIN = new RegExp(`^[${NARROW}${WIDE}]*$`);
const WIDE_CHAR = new RegExp(`[${WIDE}]`);
export const DIRECT_WIDTH_CHARS = new RegExp(`^[${NARROW}${WIDE}]$`);
function plainWidth(s: string): number {
  let n = 0;
  for (const ch of s) n += WIDE_CHAR.test(ch) ? 2 : 1;
  return n;
}

/**
 * One character's columns, remembered: wrapping asks for every character of every line, and
 * string-width's general path (segmenter, emoji regex) costs microseconds a call — 40,000 findings
 * took seconds. Bounded: a text of many distinct characters only stops being remembered.
 */
const charWidths = new Map<string, number>();
function charWidth(ch: string): number {
  let w = charWidths.get(ch);
  if (w === undefined) {
    w = displayWidth(ch);
    if (charWidths.size < 20_000) charWidths.set(ch, w);
  }
  return w;
}

/** Pad to `width` columns (left-aligned, or right-aligned for numbers). */
export function padEnd(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

export function padStart(s: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(s))) + s;
}

/** Cut to at most `width` columns, with … when cut. */
export function fitWidth(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = '';
  let used = 0;
  for (const ch of s) {
    used += charWidth(ch);
    if (used > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/** What goes before the first line (`indent`) and before each further line (`hang`); both count toward the width. */
export interface WrapOptions {
  indent?: string;
  hang?: string;
}

/**
 * Break text into lines of at most `width` columns, the one wrap of every terminal report (check,
 * status). Where a line must break, the best place in its second half wins: after a clause (；，。),
 * after an item of a list (、), then at a space or between two CJK characters — never before closing
 * punctuation (避头) or after opening (避尾). With no such place the line is cut where it is full.
 */
export function wrapText(text: string, width: number, { indent = '', hang = '' }: WrapOptions = {}): string[] {
  const lines: string[] = [];
  let prefix = indent;
  let line: string[] = [];
  let used = displayWidth(prefix);
  for (const ch of text) {
    const w = charWidth(ch);
    while (used + w > width && line.length > 0) {
      const cut = breakAt(line, ch);
      lines.push(prefix + line.slice(0, cut).join('').trimEnd());
      line = line.slice(cut);
      while (line[0] === ' ') line.shift();
      prefix = hang;
      used = displayWidth(prefix) + line.reduce((n, c) => n + charWidth(c), 0);
    }
    // The space a line was broken at ends that line; the next one does not start with it.
    if (ch === ' ' && line.length === 0 && lines.length > 0) continue;
    line.push(ch);
    used += w;
  }
  if (line.length || lines.length === 0) lines.push(prefix + line.join(''));
  return lines;
}

const NO_LINE_START = '，。、；：？！）》」』】〉”’…%';
const NO_LINE_END = '（《「『【〈“‘';
/** Places to break, best first, by the characters either side: what may end a line of each kind. */
const BREAK_BETWEEN: ((before: string, after: string) => boolean)[] = [
  (b) => '；，。'.includes(b),
  (b) => b === '、',
  // a space, or between two CJK characters, whichever comes last (Chinese mixes both in one sentence)
  (b, a) => b === ' ' || a === ' ' || (charWidth(b) === 2 && !NO_LINE_END.includes(b)),
];

/** How many characters of a full line stay on it: the best break in its second half, else the last break at all, else all. */
function breakAt(line: string[], next: string): number {
  let fallback = 0;
  for (const kind of BREAK_BETWEEN) {
    for (let p = line.length; p > 0; p--) {
      const after = line[p] ?? next;
      if (!kind(line[p - 1]!, after) || NO_LINE_START.includes(after)) continue;
      if (p > line.length / 2) return p;
      fallback = Math.max(fallback, p);
      break;
    }
  }
  return fallback || line.length;
}
