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

/** Line breaks as `\n` (Excel stores CR as `_x000D_`, WPS may write CRLF), no trailing spaces per line. */
function clean(s: string): string {
  return s
    .replace(/_x000D_/g, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[ \t\u3000]+$/u, ''))
    .join('\n');
}

/** Trim blank lines and spaces at both ends, keep the inside as typed. */
export function trimText(s: string): string {
  return s.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, '');
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
