import { attributes, xmlOutline, type XmlOutline } from './xml-outline.js';

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };

/** An attribute value as text: `&amp;`, `&#x5DE5;` … decoded; null for a reference no program writes. */
function decode(value: string): string | null {
  let out = '';
  let i = 0;
  for (;;) {
    const amp = value.indexOf('&', i);
    if (amp < 0) return out + value.slice(i);
    const semi = value.indexOf(';', amp);
    if (semi < 0) return null;
    const ref = value.slice(amp + 1, semi);
    let ch: string | undefined = ENTITIES[ref];
    if (ch === undefined) {
      const code = /^#x[0-9a-f]{1,6}$/i.test(ref) ? parseInt(ref.slice(2), 16) : /^#\d{1,7}$/.test(ref) ? Number(ref.slice(1)) : NaN;
      if (!(code >= 0 && code <= 0x10ffff)) return null;
      ch = String.fromCodePoint(code);
    }
    out += value.slice(i, amp) + ch;
    i = semi + 1;
  }
}

/**
 * Sheet names a spreadsheet program can have written (at most 31 characters, none of `*?:/\[]`):
 * anything else is a crafted file, and the library would complain about it on the terminal.
 * `workbook` is the outline of `xl/workbook.xml`.
 */
export function sheetNamesPlausible(xml: string, workbook: Extract<XmlOutline, { root: unknown }>): boolean {
  for (const sheets of workbook.children.filter((c) => c.local === 'sheets')) {
    const inner = xmlOutline(xml.slice(sheets.start, sheets.end));
    if ('error' in inner) return false;
    for (const sheet of inner.children.filter((c) => c.local === 'sheet')) {
      const tag = xml.slice(sheets.start + sheet.start, sheets.start + sheet.openEnd);
      const raw = attributes(tag).get('name');
      const name = raw === undefined ? null : decode(raw);
      if (name === null || name === '' || name.length > 31 || /[*?:/\\[\]]/.test(name)) return false;
    }
  }
  return true;
}
