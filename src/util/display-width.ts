import stringWidth from 'string-width';

/**
 * How wide a terminal draws East Asian Ambiguous characters (①②, “”, …, —, ·, →): one column in
 * most Western locales, two in Chinese, Japanese and Korean consoles. The CLI decides it from the
 * locale (cli/ambiguous-width.ts) and passes it down; everything else measures with the default, 1.
 */
export type AmbiguousWidth = 1 | 2;

/**
 * Characters a report prints almost exclusively, counted directly: printable ASCII, punctuation,
 * arrows, ①②③, the ✔ ✖ ⚠ marks (one column), CJK ideographs and CJK/full-width punctuation (two).
 * string-width's first call compiles a large emoji pattern (~0.1 s) that the cached `check` would
 * otherwise pay on every run. A test holds every character here to string-width's answer. With
 * ambiguous characters drawn wide only ASCII and the wide ranges are counted directly.
 */
const NARROW = '\\x20-\\x7e\\u00b7\\u2010-\\u2027\\u2030-\\u205e\\u2190-\\u21ff\\u2460-\\u24ff\\u26a0\\u2714\\u2716';
const WIDE = '\\u3000-\\u3029\\u3030-\\u303e\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff01-\\uff60';
const PLAIN = new RegExp(`^[${NARROW}${WIDE}]*$`);
const PLAIN_WHEN_AMBIGUOUS_WIDE = new RegExp(`^[\\x20-\\x7e${WIDE}]*$`);
const WIDE_CHAR = new RegExp(`[${WIDE}]`);
export const DIRECT_WIDTH_CHARS = new RegExp(`^[${NARROW}${WIDE}]$`);
function plainWidth(s: string): number {
  let n = 0;
  for (const ch of s) n += WIDE_CHAR.test(ch) ? 2 : 1;
  return n;
}

/** Columns a string takes in a terminal (string-width: East Asian Width, combining marks, ANSI colours ignored). */
function measure(s: string, ambiguous: AmbiguousWidth): number {
  if (ambiguous === 2) return PLAIN_WHEN_AMBIGUOUS_WIDE.test(s) ? plainWidth(s) : stringWidth(s, { ambiguousIsNarrow: false });
  return PLAIN.test(s) ? plainWidth(s) : stringWidth(s);
}

/**
 * Columns a string takes in a terminal that draws ambiguous characters one column wide. A CJK
 * character takes two, so padding counts this, never `.length`.
 */
export function displayWidth(s: string): number {
  return measure(s, 1);
}

/**
 * One character's columns, remembered: wrapping asks for every character of every line, and
 * string-width's general path (segmenter, emoji regex) costs microseconds a call — 40,000 findings
 * took seconds. Bounded: a text of many distinct characters only stops being remembered.
 */
function charWidthOf(ambiguous: AmbiguousWidth): (ch: string) => number {
  const widths = new Map<string, number>();
  return (ch) => {
    let w = widths.get(ch);
    if (w === undefined) {
      w = measure(ch, ambiguous);
      if (widths.size < 20_000) widths.set(ch, w);
    }
    return w;
  };
}

/** The measuring and padding of every terminal table and wrapped paragraph, for one ambiguous width. */
export interface Columns {
  width(s: string): number;
  /** pad to `width` columns, text left */
  padEnd(s: string, width: number): string;
  /** pad to `width` columns, text right (numbers) */
  padStart(s: string, width: number): string;
  /** cut to at most `width` columns, with … when cut */
  fit(s: string, width: number): string;
  wrap(text: string, width: number, options?: WrapOptions): string[];
}

function makeColumns(ambiguous: AmbiguousWidth): Columns {
  const width = (s: string): number => measure(s, ambiguous);
  const charWidth = charWidthOf(ambiguous);
  return {
    width,
    padEnd: (s, to) => s + ' '.repeat(Math.max(0, to - width(s))),
    padStart: (s, to) => ' '.repeat(Math.max(0, to - width(s))) + s,
    fit: (s, to) => fitTo(s, to, width, charWidth),
    wrap: (text, to, options) => wrapWith(text, to, options ?? {}, width, charWidth),
  };
}

const NARROW_COLUMNS = makeColumns(1);
/** Where a line may break does not depend on how ambiguous characters are drawn: ① is no ideograph. */
const narrowCharWidth = charWidthOf(1);
const WIDE_COLUMNS = makeColumns(2);

/** The measurer for a terminal drawing ambiguous characters `ambiguous` columns wide (default one). */
export function columnsFor(ambiguous: AmbiguousWidth = 1): Columns {
  return ambiguous === 2 ? WIDE_COLUMNS : NARROW_COLUMNS;
}

/** Pad to `width` columns (left-aligned, or right-aligned for numbers). */
export const padEnd = NARROW_COLUMNS.padEnd;
export const padStart = NARROW_COLUMNS.padStart;

/** Cut to at most `width` columns, with … when cut. */
export const fitWidth = NARROW_COLUMNS.fit;

function fitTo(s: string, width: number, displayWidth: (s: string) => number, charWidth: (ch: string) => number): string {
  if (displayWidth(s) <= width) return s;
  let out = '';
  let used = 0;
  const ellipsis = charWidth('…');
  for (const ch of s) {
    used += charWidth(ch);
    if (used > width - ellipsis) break;
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
export function wrapText(text: string, width: number, options: WrapOptions = {}): string[] {
  return NARROW_COLUMNS.wrap(text, width, options);
}

function wrapWith(
  text: string,
  width: number,
  { indent = '', hang = '' }: WrapOptions,
  displayWidth: (s: string) => number,
  charWidth: (ch: string) => number,
): string[] {
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
  (b, a) => b === ' ' || a === ' ' || (narrowCharWidth(b) === 2 && !NO_LINE_END.includes(b)),
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
