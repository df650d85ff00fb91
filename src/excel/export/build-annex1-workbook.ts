import type ExcelJS from 'exceljs';
import type { Catalog } from '../../model/catalog.js';
import { annex1Rows, annex1Spans } from './annex1-rows.js';
import { ANNEX1 } from '../sheet/form-wording.js';
import { mergeDownAndFit, rowHeight } from '../sheet/row-height.js';
import {
  addSheet,
  headingRow,
  mergedRow,
  notesRow,
  newWorkbook,
  setupPrint,
  styleBodyCell,
  TITLE_FONT,
  WRAP_CENTER,
  WRAP_TOP_LEFT,
} from '../sheet/sheet-style.js';

const WIDTHS = [10, 14, 42, 12, 46, 14, 16];
const HEADER_ROWS = 2;
const CENTERED = new Set([0, 1, 3, 5, 6]);

/** 附件1-指标体系责任分工表.xlsx: the whole responsibility table as the plan prints it. */
export function buildAnnex1Workbook(organization: string, catalog: Catalog, date: string): ExcelJS.Workbook {
  const title = `${organization}${ANNEX1.titleSuffix}`;
  const wb = newWorkbook(date, title);
  const sheet = addSheet(wb, ANNEX1.sheet, WIDTHS);
  const total = WIDTHS.reduce((a, b) => a + b, 0);

  mergedRow(sheet, 1, WIDTHS.length, { value: title, font: TITLE_FONT, alignment: WRAP_CENTER, height: 36 });
  headingRow(sheet, 2, ANNEX1.headers, 24);

  const rows = annex1Rows(catalog);
  const spans = annex1Spans(catalog);
  const merged = (r: number, c: number): boolean => spans.some((s) => s.col === c && r >= s.first && r <= s.last);
  rows.forEach((texts, r) => {
    const row = sheet.getRow(HEADER_ROWS + 1 + r);
    texts.forEach((t, c) => {
      const cell = row.getCell(c + 1);
      cell.value = t;
      // 一级/二级指标 span pages: at the top of their span they print on the span's first page.
      styleBodyCell(cell, c < 2 ? { ...WRAP_CENTER, vertical: 'top' } : CENTERED.has(c) ? WRAP_CENTER : WRAP_TOP_LEFT);
    });
    // A row's own height counts only its unmerged cells; merged ones are fitted below.
    row.height = rowHeight(
      texts.map((t, c) => (merged(r, c) ? null : t)),
      WIDTHS,
    );
  });
  for (const s of spans)
    mergeDownAndFit(sheet, s.col + 1, HEADER_ROWS + 1 + s.first, HEADER_ROWS + 1 + s.last, rows[s.first]![s.col]!, WIDTHS[s.col]!);

  notesRow(sheet, HEADER_ROWS + rows.length + 2, WIDTHS.length, ANNEX1.notes.join('\n'), total);
  setupPrint(sheet, HEADER_ROWS);
  return wb;
}
