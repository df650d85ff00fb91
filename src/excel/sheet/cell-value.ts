import type { CellValue } from 'exceljs';

/**
 * The text a person sees in a cell, whatever program saved it: plain and shared strings, rich text
 * runs (WPS and Excel split a cell into runs as soon as part of it is formatted), hyperlinks,
 * formula results, numbers (a phone number typed into the contact column) and dates.
 */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return clean(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return clean(value.richText.map((r) => r.text ?? '').join(''));
    if ('text' in value && value.text !== undefined) return cellText(value.text as CellValue);
    if ('result' in value) return cellText((value.result ?? null) as CellValue);
    if ('error' in value) return '';
  }
  return '';
}

/**
 * What `\s` matches (and `String.prototype.trim` removes): ASCII white space, no-break and
 * ideographic spaces, line and paragraph separators, the byte order mark. By code unit: no
 * astral character is white space.
 */
export function isWhiteSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const isBlank = (code: number): boolean => code === 32 || code === 9 || code === 0x3000;

// Cell text comes from the workbook (up to 5 MB a part): every function here is one pass over it.
// A pattern such as `[ \t]+$` or `\s*\n\s*` retries from every position of a long run of blanks,
// costing the square of its length (45 s for 50,000 blanks); test/excel/cell-text.test.ts keeps
// such patterns out of src/excel.

/** The line without spaces, tabs and ideographic spaces at its end. */
function trimBlanksEnd(line: string): string {
  let end = line.length;
  while (end > 0 && isBlank(line.charCodeAt(end - 1))) end--;
  return end === line.length ? line : line.slice(0, end);
}

/** Line breaks as `\n` (Excel stores CR as `_x000D_`, WPS may write CRLF), no trailing spaces per line. */
function clean(s: string): string {
  return s.replaceAll('_x000D_', '').replace(/\r\n?/g, '\n').split('\n').map(trimBlanksEnd).join('\n');
}

/** Trim blank lines and spaces at both ends, keep the inside as typed. */
export function trimText(s: string): string {
  return s.trim();
}

/** Every run of white space that holds a line break as one space: a contact is written on one line. */
export function joinLines(s: string): string {
  let out = '';
  let from = 0;
  let i = 0;
  while (i < s.length) {
    if (!isWhiteSpace(s.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    let lineBreak = false;
    while (j < s.length && isWhiteSpace(s.charCodeAt(j))) {
      if (s.charCodeAt(j) === 10) lineBreak = true;
      j++;
    }
    if (lineBreak) {
      out += `${s.slice(from, i)} `;
      from = j;
    }
    i = j;
  }
  return from === 0 ? s : out + s.slice(from);
}

/**
 * A value as the three-way import compares it: what export wrote, what YAML holds and what a cell
 * holds after a spreadsheet program saved it differ only in line endings and trailing spaces.
 */
export function comparable(s: string): string {
  return trimText(clean(s));
}

/** A contact as the import compares it: on one line, one space between words. */
export function comparableContact(s: string): string {
  return comparable(s).replace(/[\s\u3000]+/gu, ' ');
}

/** For matching header texts and labels: no spaces or line breaks at all. */
export function compact(s: string): string {
  return s.replace(/[\s\u3000]+/gu, '');
}
