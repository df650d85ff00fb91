import ExcelJS, { type Alignment, type Borders, type Cell, type Font, type Workbook, type Worksheet } from 'exceljs';
import { heightFor, linesFor } from './row-height.js';

/**
 * Typography and page setup of the printed forms. Fonts are the ones every Windows/WPS machine in
 * a Chinese office has: 宋体 for body text, 黑体 for headings (official-document convention).
 */
export const BODY_FONT: Partial<Font> = { name: '宋体', size: 11 };
export const HEADER_FONT: Partial<Font> = { name: '黑体', size: 12 };
export const TITLE_FONT: Partial<Font> = { name: '黑体', size: 18, bold: true };
export const SUBTITLE_FONT: Partial<Font> = { name: '宋体', size: 12 };

const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
export const THIN_BORDER: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export const WRAP_TOP_LEFT: Partial<Alignment> = { wrapText: true, vertical: 'top', horizontal: 'left' };
export const WRAP_CENTER: Partial<Alignment> = { wrapText: true, vertical: 'middle', horizontal: 'center' };

/** A light red fill with dark red text: what Excel users know as "bad". */
export const MISSING_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFFFC7CE' } };
export const MISSING_FONT: Partial<Font> = { ...BODY_FONT, color: { argb: 'FF9C0006' } };
/** A light yellow fill: what Excel users know as "neutral", for a material evidenced but with a bad file beside it. */
export const ATTENTION_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFFFEB9C' } };
export const HEADER_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFF2F2F2' } };

/** A table cell: body font, wrapped, thin border. */
export function styleBodyCell(cell: Cell, align: Partial<Alignment> = WRAP_TOP_LEFT): void {
  cell.font = BODY_FONT;
  cell.alignment = align;
  cell.border = THIN_BORDER;
}

export function styleHeaderCell(cell: Cell): void {
  cell.font = HEADER_FONT;
  cell.alignment = WRAP_CENTER;
  cell.border = THIN_BORDER;
  cell.fill = HEADER_FILL;
}

/** A sheet with its column widths (Excel units). */
export function addSheet(wb: Workbook, name: string, widths: readonly number[]): Worksheet {
  const sheet = wb.addWorksheet(name);
  sheet.columns = widths.map((width) => ({ width }));
  return sheet;
}

/** Row `n` as one cell merged across the first `columns` columns: a title, a date line, the 说明. */
export function mergedRow(
  sheet: Worksheet,
  n: number,
  columns: number,
  cell: { value: string; font: Partial<Font>; alignment: Partial<Alignment>; height: number },
): void {
  sheet.mergeCells(n, 1, n, columns);
  Object.assign(sheet.getCell(n, 1), { value: cell.value, font: cell.font, alignment: cell.alignment });
  sheet.getRow(n).height = cell.height;
}

/** Row `n`: a form's 说明 as one merged, wrapped cell across `columns`, tall enough for `text` at `widthChars`. */
export function notesRow(sheet: Worksheet, n: number, columns: number, text: string, widthChars: number): void {
  mergedRow(sheet, n, columns, { value: text, font: BODY_FONT, alignment: WRAP_TOP_LEFT, height: heightFor(linesFor(text, widthChars)) });
}

/** Row `n`: the column headings of a table. */
export function headingRow(sheet: Worksheet, n: number, headings: readonly string[], height: number): void {
  headings.forEach((h, i) => styleHeaderCell(Object.assign(sheet.getRow(n).getCell(i + 1), { value: h })));
  sheet.getRow(n).height = height;
}

/**
 * A4 landscape, one page wide, header rows repeated on every page, page numbers in the footer,
 * frozen below the header: how a form that will be printed, stamped and filed should behave.
 */
export function setupPrint(sheet: Worksheet, headerRows: number): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
    printTitlesRow: `1:${headerRows}`,
  };
  sheet.headerFooter = { ...sheet.headerFooter, oddFooter: '&C第 &P 页 共 &N 页' };
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRows, topLeftCell: `A${headerRows + 1}`, activeCell: `A${headerRows + 1}` }];
}

/** A workbook stamped with the export date (not the clock), so the same input gives the same file. */
export function newWorkbook(date: string, title: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const at = new Date(`${date}T00:00:00Z`);
  wb.creator = 'ledger';
  wb.lastModifiedBy = 'ledger';
  wb.created = at;
  wb.modified = at;
  wb.title = title;
  return wb;
}
