import type { Workbook } from 'exceljs';
import { ANNEX2, monthLabel } from '../sheet/form-wording.js';
import type { LedgerRow } from './ledger-rows.js';
import { heightFor, linesFor, rowHeight } from '../sheet/row-height.js';
import {
  addSheet,
  headingRow,
  mergedRow,
  notesRow,
  setupPrint,
  styleBodyCell,
  SUBTITLE_FONT,
  TITLE_FONT,
  WRAP_CENTER,
} from '../sheet/sheet-style.js';

/** Column widths (Excel units) that fill an A4 landscape page at about 100%. */
export const LEDGER_WIDTHS = [40, 11, 42, 30, 18];
/** Rows above the first indicator: title, unit line, column headers. */
export const LEDGER_HEADER_ROWS = 3;

export interface LedgerSheetInput {
  organization: string;
  unitName: string;
  month: string;
  dueDay: number;
  rows: LedgerRow[];
}

/** Sheet 1: the Annex 2 form, filled with the unit's indicators. */
export function writeLedgerSheet(wb: Workbook, input: LedgerSheetInput): void {
  const sheet = addSheet(wb, ANNEX2.sheet, LEDGER_WIDTHS);
  const total = LEDGER_WIDTHS.reduce((a, b) => a + b, 0);
  const columns = LEDGER_WIDTHS.length;

  const title = `${input.organization}${ANNEX2.titleSuffix}`;
  mergedRow(sheet, 1, columns, {
    value: title,
    font: TITLE_FONT,
    alignment: WRAP_CENTER,
    height: heightFor(linesFor(title, total * 0.6), 18),
  });

  sheet.mergeCells('A2:B2');
  sheet.mergeCells('D2:E2');
  const line = sheet.getRow(2);
  line.getCell(1).value = `${ANNEX2.unitLabel}${input.unitName}${ANNEX2.seal}`;
  line.getCell(3).value = `${ANNEX2.monthLabel}${monthLabel(input.month)}`;
  line.getCell(4).value = ANNEX2.filledOn;
  line.getCell(1).alignment = { vertical: 'middle', horizontal: 'left' };
  line.getCell(3).alignment = { vertical: 'middle', horizontal: 'center' };
  line.getCell(4).alignment = { vertical: 'middle', horizontal: 'right' };
  for (const c of [1, 3, 4]) line.getCell(c).font = SUBTITLE_FONT;
  line.height = 26;

  headingRow(sheet, 3, ANNEX2.headers, 28);

  for (const r of input.rows) {
    const texts = [r.indicator, r.methods, r.materials, r.progress, r.contact];
    const row = sheet.addRow(texts);
    texts.forEach((_, i) => styleBodyCell(row.getCell(i + 1)));
    row.height = rowHeight(texts, LEDGER_WIDTHS);
  }

  // Both 说明 lines share one merged cell: a row starting "2. …" must never read as indicator 2.
  notesRow(sheet, sheet.rowCount + 2, columns, `${ANNEX2.notesLabel}${ANNEX2.note1(input.dueDay)}\n　　　${ANNEX2.note2}`, total);

  setupPrint(sheet, LEDGER_HEADER_ROWS);
}
