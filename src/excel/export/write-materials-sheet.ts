import type { Workbook, Worksheet } from 'exceljs';
import { MATERIALS_SHEET as M } from '../sheet/form-text.js';
import type { MaterialRow } from './material-rows.js';
import { mergeDownAndFit, rowHeight } from '../sheet/row-height.js';
import {
  addSheet,
  headingRow,
  mergedRow,
  MISSING_FILL,
  MISSING_FONT,
  setupPrint,
  styleBodyCell,
  SUBTITLE_FONT,
  TITLE_FONT,
  WRAP_CENTER,
  WRAP_TOP_LEFT,
} from '../sheet/sheet-style.js';

const WIDTHS = [30, 6, 50, 12, 40];
const HEADER_ROWS = 3;

/** Sheet 2: per material of the unit's indicators, whether the workspace holds its evidence. */
export function writeMaterialsSheet(wb: Workbook, unitName: string, asOf: string, rows: MaterialRow[]): void {
  const sheet = addSheet(wb, M.sheet, WIDTHS);
  const measured = new Map(rows.filter((r) => r.no !== '—').map((r) => [r.key, r]));
  const covered = [...measured.values()].filter((r) => !r.missing).length;

  mergedRow(sheet, 1, WIDTHS.length, { value: M.title(unitName), font: TITLE_FONT, alignment: WRAP_CENTER, height: 34 });
  mergedRow(sheet, 2, WIDTHS.length, {
    value: M.asOf(asOf, covered, measured.size),
    font: SUBTITLE_FONT,
    alignment: { vertical: 'middle', horizontal: 'left' },
    height: 24,
  });
  headingRow(sheet, 3, M.headers, 24);

  let start = HEADER_ROWS + 1;
  for (let i = 0; i < rows.length;) {
    let j = i;
    while (j < rows.length && rows[j]!.id === rows[i]!.id) j++;
    const block = rows.slice(i, j);
    block.forEach((r, k) => writeRow(sheet, start + k, r));
    // The indicator cell spans all rows of its materials, as in the plan's tables.
    mergeDownAndFit(sheet, 1, start, start + block.length - 1, block[0]!.indicator, WIDTHS[0]!);
    start += block.length;
    i = j;
  }
  setupPrint(sheet, HEADER_ROWS);
}

function writeRow(sheet: Worksheet, n: number, r: MaterialRow): void {
  const row = sheet.getRow(n);
  const texts = [r.indicator, r.no, r.text, r.status, r.detail];
  texts.forEach((t, i) => {
    const cell = row.getCell(i + 1);
    cell.value = t;
    styleBodyCell(cell, i === 1 || i === 3 ? { ...WRAP_TOP_LEFT, horizontal: 'center' } : WRAP_TOP_LEFT);
  });
  if (r.missing) {
    for (const c of [2, 3, 4, 5]) row.getCell(c).fill = MISSING_FILL;
    row.getCell(4).font = { ...MISSING_FONT, bold: true };
  }
  row.height = rowHeight([null, ...texts.slice(1)], WIDTHS);
}
