/**
 * Columns a string takes in a terminal: East Asian wide and fullwidth characters take two, combining
 * marks and zero-width characters none, the rest one. (The Unicode East_Asian_Width W/F ranges that
 * occur in practice: CJK, Hangul, kana, fullwidth forms, CJK punctuation, emoji.)
 */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch.codePointAt(0)!);
  return w;
}

function charWidth(c: number): number {
  if (c === 0 || (c >= 0x300 && c <= 0x36f) || (c >= 0x200b && c <= 0x200f) || c === 0xfeff) return 0;
  if (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0x303e) ||
    (c >= 0x3041 && c <= 0x33ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xa000 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x1f300 && c <= 0x1f64f) ||
    (c >= 0x1f900 && c <= 0x1f9ff) ||
    (c >= 0x20000 && c <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
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
  for (const ch of s) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/**
 * Break text into lines of at most `width` columns. Breaks at spaces where there are some; CJK text
 * breaks between any two characters, but never before closing punctuation (避头) or after opening.
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let lastBreak = -1;
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (displayWidth(line + ch) > width && line !== '') {
      const cut = lastBreak > 0 ? lastBreak : [...line].length;
      const kept = [...line];
      lines.push(kept.slice(0, cut).join('').trimEnd());
      line = kept.slice(cut).join('').trimStart();
      lastBreak = -1;
    }
    line += ch;
    const next = chars[i + 1];
    if (ch === ' ' || (displayWidth(ch) === 2 && next !== undefined && !NO_LINE_START.includes(next) && !NO_LINE_END.includes(ch))) {
      lastBreak = [...line].length;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const NO_LINE_START = '，。、；：？！）》」』】〉”’…%';
const NO_LINE_END = '（《「『【〈“‘';
