/**
 * Chinese line breaking. A line may break between any two Chinese characters and at spaces, never
 * inside a run of Latin letters or digits, and never against the 避头尾 rules of Chinese
 * typesetting (GB/T 15834 usage): no line starts with closing punctuation or a pause mark, none
 * ends with opening punctuation. A character that may not start a line stays with the one before
 * it; one that may not end a line goes down with the one after it.
 */

/** 避头: may not start a line. */
export const NO_LINE_START = new Set([...'，。、；：？！）》」』〉】〕］｝〗〙”’…‥—～·・%‰℃,.;:?!)]}、々ー']);
/** 避尾: may not end a line. */
export const NO_LINE_END = new Set([...'（《「『〈【〔［｛〖〘“‘([{']);

/** One character to set, with its style. */
export interface StyledChar {
  ch: string;
  bold: boolean;
}

/** A span of text with one style. */
export interface Span {
  text: string;
  bold?: boolean;
}

/** A set line: its characters, natural width, and whether it ends its paragraph. */
export interface SetLine {
  chars: StyledChar[];
  width: number;
  last: boolean;
}

/** Characters that break like ideographs: CJK, kana, full-width forms and CJK punctuation. */
function isWide(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  return (
    (cp >= 0x2e80 && cp <= 0x9fff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xffef) ||
    cp >= 0x20000 ||
    ch === '—' ||
    ch === '…'
  );
}

interface Atom {
  chars: StyledChar[];
  space: boolean;
}

/** Units that are never split: an ideograph, a Latin word or number, a space; then 避头尾 glue. */
function atoms(spans: Span[]): Atom[] {
  const out: Atom[] = [];
  let word: StyledChar[] = [];
  const endWord = (): void => {
    if (word.length) out.push({ chars: word, space: false });
    word = [];
  };
  for (const s of spans) {
    for (const ch of s.text.replace(/[\t\r\n]/g, ' ')) {
      const c = { ch, bold: s.bold === true };
      if (ch === ' ' || ch === '\u3000') {
        endWord();
        out.push({ chars: [c], space: true });
      } else if (isWide(ch)) {
        endWord();
        out.push({ chars: [c], space: false });
      } else word.push(c);
    }
  }
  endWord();
  // 避头: glue to the previous unit; 避尾: glue to the next.
  const glued: Atom[] = [];
  for (const a of out) {
    const prev = glued[glued.length - 1];
    const first = a.chars[0]!.ch;
    const prevLast = prev?.chars[prev.chars.length - 1]!.ch;
    const beforeSpace = prev?.space ? glued[glued.length - 2] : undefined;
    if (prev && !prev.space && !a.space && (NO_LINE_START.has(first) || NO_LINE_END.has(prevLast!))) prev.chars.push(...a.chars);
    else if (beforeSpace && !beforeSpace.space && !a.space && NO_LINE_START.has(first)) {
      // `网址 。`: the space and the mark stay with the word before them.
      beforeSpace.chars.push(...glued.pop()!.chars, ...a.chars);
    } else glued.push({ chars: [...a.chars], space: a.space });
  }
  return glued;
}

/**
 * Break spans into lines no wider than `width` (`firstWidth` for the first line), measuring with
 * `measure`. A unit wider than a whole line (a long URL) is split where it must.
 */
export function breakLines(spans: Span[], width: number, measure: (s: string) => number, firstWidth = width): SetLine[] {
  const lines: SetLine[] = [];
  let line: StyledChar[] = [];
  let lineWidth = 0;
  const limit = (): number => (lines.length === 0 ? firstWidth : width);
  const text = (cs: StyledChar[]): string => cs.map((c) => c.ch).join('');
  const push = (): void => {
    while (line.length && line[line.length - 1]!.ch.trim() === '') line.pop();
    lines.push({ chars: line, width: measure(text(line)), last: false });
    line = [];
    lineWidth = 0;
  };
  for (const a of atoms(spans)) {
    const w = measure(text(a.chars));
    if (a.space) {
      if (line.length === 0) continue;
      line.push(...a.chars);
      lineWidth += w;
      continue;
    }
    if (lineWidth + w <= limit() + 0.01) {
      line.push(...a.chars);
      lineWidth += w;
      continue;
    }
    if (line.length) push();
    if (w <= limit() + 0.01) {
      line.push(...a.chars);
      lineWidth = w;
      continue;
    }
    // Longer than a line: fill lines character by character.
    for (const c of a.chars) {
      const cw = measure(c.ch);
      if (lineWidth + cw > limit() + 0.01 && line.length && !NO_LINE_START.has(c.ch)) push();
      line.push(c);
      lineWidth += cw;
    }
  }
  if (line.length || lines.length === 0) push();
  lines[lines.length - 1]!.last = true;
  return lines;
}
