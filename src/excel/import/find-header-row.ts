import type ExcelJS from 'exceljs';
import { cellText, compact } from '../sheet/cell-value.js';

/**
 * The header row of a form and its columns, found by text in the first 30 rows (a person may have
 * inserted a row or a column): the first row holding every one of `required`. Null when none does.
 */
export function findHeaderRow(sheet: ExcelJS.Worksheet, required: readonly string[]): { row: number; cols: Map<string, number> } | null {
  const last = Math.min(sheet.rowCount, 30);
  for (let r = 1; r <= last; r++) {
    const cols = new Map<string, number>();
    sheet.getRow(r).eachCell((cell, c) => {
      const t = compact(cellText(cell.value));
      if (!cols.has(t)) cols.set(t, c);
    });
    if (required.every((h) => cols.has(h))) return { row: r, cols };
  }
  return null;
}
