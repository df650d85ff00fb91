import type ExcelJS from 'exceljs';
import { monthLabel, SUMMARY as S } from '../sheet/form-wording.js';
import { rowHeight } from '../sheet/row-height.js';
import {
  addSheet,
  ATTENTION_FILL,
  BODY_FONT,
  HEADER_FILL,
  headingRow,
  mergedRow,
  notesRow,
  newWorkbook,
  setupPrint,
  styleBodyCell,
  SUBTITLE_FONT,
  TITLE_FONT,
  WRAP_CENTER,
  WRAP_TOP_LEFT,
} from '../sheet/sheet-style.js';
import type { SummaryRow } from './summary-rows.js';

const WIDTHS = [22, 9, 9, 9, 10, 9, 10, 9, 10, 7, 7, 36];
const HEADER_ROWS = 3;
/** 1-based: the note, the only column of text beside the label */
const NOTE_COLUMN = 12;
const BROKEN_COLUMN = 11;

/** `<month>-汇总.xlsx`: one row per unit, the unassigned indicators, those without materials, and the check's totals. */
export function buildSummaryWorkbook(organization: string, month: string, date: string, rows: SummaryRow[]): ExcelJS.Workbook {
  const title = S.title(organization, monthLabel(month));
  const wb = newWorkbook(date, title);
  const sheet = addSheet(wb, S.sheet, WIDTHS);
  const width = WIDTHS.reduce((a, b) => a + b, 0);

  mergedRow(sheet, 1, WIDTHS.length, { value: title, font: TITLE_FONT, alignment: WRAP_CENTER, height: 34 });
  mergedRow(sheet, 2, WIDTHS.length, {
    value: S.asOf(date),
    font: SUBTITLE_FONT,
    alignment: { vertical: 'middle', horizontal: 'right' },
    height: 22,
  });
  headingRow(sheet, 3, S.headers, 30);

  for (const r of rows) {
    const rate = r.required ? (r.covered ?? 0) / r.required : null;
    const values = [
      r.label,
      r.indicators,
      r.lead,
      r.cooperate,
      r.ledgerDone,
      r.complete,
      r.covered,
      r.required,
      rate,
      r.toSubmit,
      r.broken,
      r.note,
    ];
    const row = sheet.addRow(values);
    row.eachCell({ includeEmpty: true }, (cell, c) =>
      styleBodyCell(
        cell,
        c === NOTE_COLUMN ? WRAP_TOP_LEFT : { vertical: 'middle', horizontal: c === 1 ? 'left' : 'center', wrapText: true },
      ),
    );
    row.getCell(9).numFmt = '0.0%';
    // Only the label and the note wrap (numbers never do); digits and 、 run wider than the estimate
    // in the note column, so it is measured a quarter narrower.
    row.height = rowHeight(
      values.map((v) => (typeof v === 'string' ? v : null)),
      WIDTHS.map((w, i) => (i === NOTE_COLUMN - 1 ? w * 0.75 : w)),
    );
    // The lines that are not units stand out: unassigned work in yellow, the totals in bold grey.
    if (r.kind === 'unassigned' && r.indicators > 0) row.eachCell({ includeEmpty: true }, (cell) => (cell.fill = ATTENTION_FILL));
    if (r.kind === 'total')
      row.eachCell({ includeEmpty: true }, (cell) => {
        cell.font = { ...BODY_FONT, bold: true };
        cell.fill = HEADER_FILL;
      });
    // Red only on what is broken, wrong or overdue; materials still to submit are work to do.
    if (r.broken) {
      const cell = row.getCell(BROKEN_COLUMN);
      cell.font = { ...(cell.font ?? BODY_FONT), color: { argb: 'FFC0392B' } };
    }
  }

  notesRow(sheet, sheet.rowCount + 2, WIDTHS.length, S.notes.join('\n'), width);
  setupPrint(sheet, HEADER_ROWS);
  return wb;
}
