import type ExcelJS from 'exceljs';
import { cellText } from './cell-value.js';
import { clip } from '../../util/truncate.js';

/**
 * Excel holds at most 32,767 characters (UTF-16 code units) in a cell. A longer text makes Excel
 * cut it there when it opens the file; so export writes at most 32,766 (one less, so that a cell of
 * exactly 32,767 read back can only be one Excel cut), and an import refuses a cell at the limit
 * (docs/限制.md).
 */
export const EXCEL_CELL_MAX = 32767;

/** A cell's text as stored, before any cleaning: what Excel counts. */
function storedText(v: ExcelJS.CellValue): string {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text ?? '').join('');
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('result' in v && typeof v.result === 'string') return v.result;
  }
  return '';
}

/** A text cell at or over the limit, where it is and what its row is about. */
export interface OverLongCell {
  sheet: string;
  cell: string;
  length: number;
  /** the text of the row's first cell (an indicator or problem), short */
  row: string;
}

/**
 * Every cell of the workbook whose text is at or over the limit. Cells of hidden sheets (the export's
 * own records, copies of what the visible sheets show) are named only when no visible cell is.
 */
export function overLongCells(wb: ExcelJS.Workbook): OverLongCell[] {
  const visible: OverLongCell[] = [];
  const hidden: OverLongCell[] = [];
  wb.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.isMerged && cell.master !== cell) return;
        const length = storedText(cell.value).length;
        if (length < EXCEL_CELL_MAX) return;
        const label = Number(cell.col) === 1 ? '' : clip(cellText(row.getCell(1).value).replace(/\n/g, ' '), 24);
        (sheet.state === 'visible' ? visible : hidden).push({ sheet: sheet.name, cell: cell.address, length, row: label });
      }),
    );
  });
  return visible.length ? visible : hidden;
}

/** A cell as read back is at the limit: Excel may have cut it there. */
export const atCellLimit = (value: ExcelJS.CellValue): boolean => storedText(value).length >= EXCEL_CELL_MAX;
