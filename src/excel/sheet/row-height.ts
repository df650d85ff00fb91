import type { Worksheet } from 'exceljs';

/**
 * Row heights for wrapped text. Excel and WPS do not grow a row to fit wrapped text written by a
 * library, so every row gets a height estimated from its text and column widths (a little generous:
 * a clipped line is worse than white space).
 */

/** Width of a string in Excel column units: CJK and full-width characters count two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += c > 0x2e80 || (c >= 0x2000 && c <= 0x206f) ? 2 : 1;
  }
  return w;
}

/** Lines a text needs in a column of `width` units (each paragraph wraps on its own). */
export function linesFor(text: string, width: number): number {
  const usable = Math.max(4, width - 1.5);
  return text.split('\n').reduce((n, p) => n + Math.max(1, Math.ceil(displayWidth(p) / usable)), 0);
}

/** Points for `lines` lines of a `size`-pt font, with cell padding. */
export function heightFor(lines: number, size = 11): number {
  return Math.ceil(lines * size * 1.4 + 6);
}

/** The height a row of texts needs, given the column widths (texts indexed like the widths). */
export function rowHeight(texts: (string | null)[], widths: number[], size = 11): number {
  let lines = 1;
  texts.forEach((t, i) => {
    if (t) lines = Math.max(lines, linesFor(t, widths[i] ?? 10));
  });
  return heightFor(lines, size);
}

/**
 * Merge column `col` down the rows `first`–`last` (1-based; one row has nothing to merge) and grow
 * those rows evenly until the merged cell is tall enough for `text` in a column `width` units wide.
 * A row's own height leaves its merged cells out, so this is what makes them fit.
 */
export function mergeDownAndFit(sheet: Worksheet, col: number, first: number, last: number, text: string, width: number): void {
  if (last > first) sheet.mergeCells(first, col, last, col);
  const need = heightFor(linesFor(text, width));
  let have = 0;
  for (let n = first; n <= last; n++) have += sheet.getRow(n).height ?? 15;
  if (have >= need) return;
  const extra = Math.ceil((need - have) / (last - first + 1));
  for (let n = first; n <= last; n++) sheet.getRow(n).height = (sheet.getRow(n).height ?? 15) + extra;
}
