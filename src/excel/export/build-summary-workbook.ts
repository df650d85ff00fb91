import type ExcelJS from 'exceljs';
import { monthLabel, SUMMARY as S } from '../sheet/form-text.js';
import {
  addSheet,
  headingRow,
  mergedRow,
  newWorkbook,
  setupPrint,
  styleBodyCell,
  SUBTITLE_FONT,
  TITLE_FONT,
  WRAP_CENTER,
} from '../sheet/sheet-style.js';
import { totalRow, type SummaryRow } from './summary-rows.js';

const WIDTHS = [24, 10, 10, 10, 12, 10, 12, 10, 12, 8];
const HEADER_ROWS = 3;

/** `<month>-汇总.xlsx`: one row per unit and a totals row, for the coordinator. */
export function buildSummaryWorkbook(organization: string, month: string, date: string, rows: SummaryRow[]): ExcelJS.Workbook {
  const title = S.title(organization, monthLabel(month));
  const wb = newWorkbook(date, title);
  const sheet = addSheet(wb, S.sheet, WIDTHS);

  mergedRow(sheet, 1, WIDTHS.length, { value: title, font: TITLE_FONT, alignment: WRAP_CENTER, height: 34 });
  mergedRow(sheet, 2, WIDTHS.length, {
    value: S.asOf(date),
    font: SUBTITLE_FONT,
    alignment: { vertical: 'middle', horizontal: 'right' },
    height: 22,
  });
  headingRow(sheet, 3, S.headers, 24);

  const all = [...rows, totalRow(rows, S.total)];
  all.forEach((r, i) => {
    const rate = r.required ? r.covered / r.required : null;
    const row = sheet.addRow([
      r.unit,
      r.indicators,
      r.lead,
      r.cooperate,
      r.reportedDone,
      r.complete,
      r.covered,
      r.required,
      rate,
      r.errors,
    ]);
    row.eachCell({ includeEmpty: true }, (cell, c) =>
      styleBodyCell(cell, { vertical: 'middle', horizontal: c === 1 ? 'left' : 'center', wrapText: true }),
    );
    row.getCell(9).numFmt = '0.0%';
    row.height = 20;
    if (i === all.length - 1) row.eachCell((cell) => (cell.font = { ...cell.font, bold: true }));
  });
  setupPrint(sheet, HEADER_ROWS);
  return wb;
}
