import stringWidth from 'string-width';

/**
 * Columns a string takes in a terminal (string-width: East Asian Width, combining marks, ANSI
 * colours ignored). A CJK character takes two, so padding counts this, never `.length`.
 */
export function displayWidth(s: string): number {
  return stringWidth(s);
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
