import yazl from 'yazl';
import { sheetNamesPlausible } from './sheet-names.js';
import { unreadable, type XlsxRefusal } from './xlsx-guard.js';
import { attributes, keepChildren, xmlOutline } from './xml-outline.js';

/**
 * The workbook an import hands to the spreadsheet library: only what cell values need. A ledger
 * comes back with whatever its unit added — comments and notes (Excel's, WPS's, openpyxl's, each
 * naming its parts its own way), threaded comments, drop-down lists, conditional formats, pictures,
 * charts, tables, extra sheets — and the library reads several of those by fixed part names and
 * fails on the rest ("not a workbook"), or expands a drop-down list over a whole column into a
 * million cells. None of it says anything about an indicator, so none of it is passed on.
 */

/** Root children kept, by part; a part not listed here is not read at all. */
const WORKBOOK_KEEP = new Set(['workbookPr', 'bookViews', 'sheets']);
const SHEET_KEEP = new Set(['sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'mergeCells']);
const WORKBOOK = 'xl/workbook.xml';
const WHOLE = new Set(['docProps/core.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml']);
const isSheet = (name: string): boolean => /^xl\/worksheets\/sheet\d+\.xml$/.test(name);

/** The parts to unpack: everything else in the zip is left packed. */
export const valuePart = (name: string): boolean => name === WORKBOOK || WHOLE.has(name) || isSheet(name);

/**
 * The library makes every cell of a merged range and compares each merge with all before it: a
 * 3 KB sheet merging A1:XFD1048576, or holding 100,000 small merges, would never finish. A form
 * merges a few small ranges (a title across five columns), so merges past these bounds are left
 * out: their cells read as empty, their first cell keeps its text.
 */
const MERGES = { count: 1000, cells: 10_000, totalCells: 200_000 } as const;

/** `B3:D7` → its number of cells; null for anything else. */
function mergeArea(ref: string): number | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7}):\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!m) return null;
  const col = (letters: string): number => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  return (Math.abs(col(m[3]!) - col(m[1]!)) + 1) * (Math.abs(Number(m[4]) - Number(m[2])) + 1);
}

function boundedMerges(xml: string): string {
  const outline = xmlOutline(xml);
  if ('error' in outline) return xml;
  const merges = outline.children.find((c) => c.local === 'mergeCells');
  if (!merges) return xml;
  const inner = xmlOutline(xml.slice(merges.start, merges.end));
  if ('error' in inner) return xml;
  let total = 0;
  const kept: string[] = [];
  for (const m of inner.children) {
    const tag = xml.slice(merges.start + m.start, merges.start + m.end);
    const area = mergeArea(attributes(tag).get('ref') ?? '');
    if (area === null || area > MERGES.cells || total + area > MERGES.totalCells || kept.length >= MERGES.count) continue;
    total += area;
    kept.push(tag);
  }
  if (kept.length === inner.children.length) return xml;
  const head = xml.slice(merges.start, merges.openEnd).replace(/\scount="\d*"/, '');
  return xml.slice(0, merges.start) + (kept.length ? `${head}${kept.join('')}</${merges.name}>` : '') + xml.slice(merges.end);
}

/** A part's text; a byte-order mark (some programs write one) is dropped. */
const text = (data: Buffer): string => data.toString('utf8').replace(/^\uFEFF/, '');

async function zipped(parts: Map<string, string>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, data] of parts) zip.addBuffer(Buffer.from(data, 'utf8'), name, { compress: false, mtime: new Date(0) });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Build it from the unpacked parts (see `valuePart`), or say which part cannot be read: every part
 * passed on is checked to be well-formed XML first, so a broken part is named rather than reported
 * as a library error.
 */
export async function valueWorkbook(parts: Map<string, Buffer>): Promise<Buffer | XlsxRefusal> {
  const workbookData = parts.get(WORKBOOK);
  if (!workbookData) return unreadable(WORKBOOK, 'missing', 'no xl/workbook.xml in the zip');
  const out = new Map<string, string>();
  for (const [name, data] of parts) {
    const xml = text(data);
    const outline = xmlOutline(xml);
    if ('error' in outline) return unreadable(name, 'xml', outline.error);
    if (name === WORKBOOK) {
      if (!sheetNamesPlausible(xml, outline)) return unreadable(name, 'sheet-name', 'a sheet name no spreadsheet program writes');
      out.set(name, keepChildren(xml, outline, WORKBOOK_KEEP));
    } else out.set(name, isSheet(name) ? boundedMerges(keepChildren(xml, outline, SHEET_KEEP)) : xml);
  }
  return zipped(out);
}
