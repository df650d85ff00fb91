import type { Cell, Font, RichText, Workbook, Worksheet } from 'exceljs';
import type { Coverage } from '../../model/check-summary.js';
import { MATERIALS_SHEET as M } from '../sheet/form-wording.js';
import type { DetailLine, MaterialRow, Tone } from './material-rows.js';
import { heightFor, linesFor, mergeDownAndFit, rowHeight } from '../sheet/row-height.js';
import {
  addSheet,
  ATTENTION_FILL,
  BODY_FONT,
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

const WIDTHS = [28, 6, 40, 12, 64, 14];
const HEADER_ROWS = 3;

/** The last column's lines: problems in bold dark red, warnings in dark amber, fixes in dark blue. */
const TONE_FONT: Record<Tone, Partial<Font>> = {
  plain: BODY_FONT,
  problem: { ...BODY_FONT, bold: true, color: { argb: 'FF9C0006' } },
  warning: { ...BODY_FONT, color: { argb: 'FF9C5700' } },
  fix: { ...BODY_FONT, color: { argb: 'FF1F4E79' } },
};

/**
 * Sheet 2: per material of the unit's indicators, whether the workspace holds its evidence, and for
 * every file that cannot count, what is wrong with it and what to do. `totals` is the check's count
 * for the unit (merged materials once), never counted again here.
 */
export function writeMaterialsSheet(wb: Workbook, unitName: string, asOf: string, rows: MaterialRow[], totals: Coverage): void {
  const sheet = addSheet(wb, M.sheet, WIDTHS);
  const subtitle = M.asOf(asOf, totals.covered, totals.required);
  mergedRow(sheet, 1, WIDTHS.length, { value: M.title(unitName), font: TITLE_FONT, alignment: WRAP_CENTER, height: 34 });
  mergedRow(sheet, 2, WIDTHS.length, {
    value: subtitle,
    font: SUBTITLE_FONT,
    alignment: { vertical: 'middle', horizontal: 'left', wrapText: true },
    height: heightFor(
      linesFor(
        subtitle,
        WIDTHS.reduce((a, b) => a + b, 0),
      ),
      12,
    ),
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

/** Plain text when every line is plain, else rich text with each line in its tone. */
function detailValue(lines: DetailLine[]): string | { richText: RichText[] } {
  if (lines.every((l) => l.tone === 'plain')) return lines.map((l) => l.text).join('\n');
  return { richText: lines.map((l, n) => ({ text: n === 0 ? l.text : `\n${l.text}`, font: TONE_FONT[l.tone] })) };
}

function writeRow(sheet: Worksheet, n: number, r: MaterialRow): void {
  const row = sheet.getRow(n);
  const detail = r.detail.map((l) => l.text).join('\n');
  const texts = [r.indicator, r.no, r.text, r.status, detail, r.review];
  texts.forEach((t, i) => {
    const cell = row.getCell(i + 1);
    cell.value = i === 4 ? detailValue(r.detail) : t;
    styleBodyCell(cell, i === 1 || i === 3 || i === 5 ? { ...WRAP_TOP_LEFT, horizontal: 'center' } : WRAP_TOP_LEFT);
  });
  const fill = (cells: Cell[], f: typeof MISSING_FILL): void => cells.forEach((c) => (c.fill = f));
  const body = [2, 3, 4, 5, 6].map((c) => row.getCell(c));
  if (r.mark === 'missing') {
    fill(body, MISSING_FILL);
    row.getCell(4).font = { ...MISSING_FONT, bold: true };
  } else if (r.mark === 'attention') fill(body, ATTENTION_FILL);
  // 退回 stands out in the 初评 column as 缺少 does in 状态.
  if (r.review.startsWith(M.review.returned(''))) row.getCell(6).font = { ...MISSING_FONT, bold: true };
  row.height = rowHeight([null, ...texts.slice(1)], WIDTHS);
}
