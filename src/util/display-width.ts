import stringWidth from 'string-width';

/**
 * Columns a string takes in a terminal (string-width: East Asian Width, combining marks, ANSI
 * colours ignored). A CJK character takes two, so padding counts this, never `.length`.
 */
export function displayWidth(s: string): number {
  return stringWidth(s);
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
    w = stringWidth(ch);
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
