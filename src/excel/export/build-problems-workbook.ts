import type ExcelJS from 'exceljs';
import type { LoadedProblem, ProblemCounts } from '../../model/problems.js';
import { PROBLEM_STATUSES } from '../../model/schemas/problems.js';
import type { Workspace } from '../../model/workspace.js';
import { PROBLEM_LIST } from '../sheet/problem-form-wording.js';
import { writeProblemsMeta } from '../sheet/problems-meta.js';
import { heightFor, linesFor, rowHeight } from '../sheet/row-height.js';
import {
  addSheet,
  ATTENTION_FILL,
  headingRow,
  mergedRow,
  MISSING_FILL,
  MISSING_FONT,
  newWorkbook,
  notesRow,
  setupPrint,
  styleBodyCell,
  SUBTITLE_FONT,
  TITLE_FONT,
  WRAP_CENTER,
  WRAP_TOP_LEFT,
} from '../sheet/sheet-style.js';
import { problemRows } from './problem-rows.js';

/** Column widths (Excel units): the two text columns take what an A4 landscape page leaves. */
export const PROBLEM_WIDTHS = [7, 11, 34, 20, 13, 34, 13, 10, 12];
/** Rows above the first problem: title, date and counts, column headers. */
export const PROBLEM_HEADER_ROWS = 3;
/** 1-based columns of the cells a unit fills in. */
export const PROBLEM_COLUMNS = { id: 1, measures: 6, status: 8, closed: 9 } as const;
const CENTERED = new Set([1, 2, 5, 7, 8, 9]);

/**
 * The 整改问题清单: the problems of the list (or of one unit), one row each, with the three cells
 * the unit fills in (整改措施, 整改状态 from a list, 销号日期) and the snapshot an import needs.
 * `counts` are the list's counts from `countProblems`, never counted again here.
 */
export function buildProblemsWorkbook(
  ws: Workspace,
  items: LoadedProblem[],
  unit: string | null,
  counts: ProblemCounts,
  today: string,
): ExcelJS.Workbook {
  const title = PROBLEM_LIST.title(ws.config.organization);
  const wb = newWorkbook(today, title);
  const sheet = addSheet(wb, PROBLEM_LIST.sheet, PROBLEM_WIDTHS);
  const total = PROBLEM_WIDTHS.reduce((a, b) => a + b, 0);
  const columns = PROBLEM_WIDTHS.length;

  mergedRow(sheet, 1, columns, {
    value: title,
    font: TITLE_FONT,
    alignment: WRAP_CENTER,
    height: heightFor(linesFor(title, total * 0.6), 18),
  });
  const line = `${unit ? PROBLEM_LIST.unitLine(ws.units.byId.get(unit)?.name ?? unit) : ''}${PROBLEM_LIST.asOf(today, counts)}`;
  mergedRow(sheet, 2, columns, {
    value: line,
    font: SUBTITLE_FONT,
    alignment: { vertical: 'middle', horizontal: 'left', wrapText: true },
    height: heightFor(linesFor(line, total), 12),
  });
  headingRow(sheet, 3, PROBLEM_LIST.headers, 28);

  const rows = problemRows(items, ws.catalog, ws.units, today);
  rows.forEach((r, i) => {
    const row = sheet.getRow(PROBLEM_HEADER_ROWS + 1 + i);
    const texts = [r.id, r.source, r.description, r.indicator, r.unit, r.measures, r.due, r.status, r.closed];
    texts.forEach((t, c) => {
      const cell = row.getCell(c + 1);
      cell.value = t;
      styleBodyCell(cell, CENTERED.has(c + 1) ? { ...WRAP_CENTER, vertical: 'top' } : WRAP_TOP_LEFT);
      if (r.state === 'overdue') Object.assign(cell, { fill: MISSING_FILL, font: MISSING_FONT });
      else if (r.state === 'due-soon') cell.fill = ATTENTION_FILL;
    });
    if (r.state === 'overdue') row.getCell(7).font = { ...MISSING_FONT, bold: true };
    // A date typed here shows as one, whatever the office's locale would make of it.
    row.getCell(PROBLEM_COLUMNS.closed).numFmt = 'yyyy-mm-dd';
    row.height = rowHeight(texts, PROBLEM_WIDTHS);
    // The unit picks the status from a list, and types a date where one is asked for.
    row.getCell(PROBLEM_COLUMNS.status).dataValidation = {
      type: 'list',
      allowBlank: false,
      formulae: [`"${PROBLEM_STATUSES.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'stop',
      error: PROBLEM_LIST.statusPrompt,
      showInputMessage: true,
      prompt: PROBLEM_LIST.statusPrompt,
    };
    // A length check no date fails: there for its prompt (import reads 2024-06-20, 2024/6/20, 2024年6月20日 and real dates).
    row.getCell(PROBLEM_COLUMNS.closed).dataValidation = {
      type: 'textLength',
      operator: 'lessThanOrEqual',
      allowBlank: true,
      formulae: [20],
      showInputMessage: true,
      prompt: PROBLEM_LIST.datePrompt,
    };
  });

  notesRow(sheet, PROBLEM_HEADER_ROWS + rows.length + 2, columns, PROBLEM_LIST.notes.join('\n'), total);
  setupPrint(sheet, PROBLEM_HEADER_ROWS);
  const snapshot = new Map(
    items.map((p) => [p.value.id, { measures: p.value.measures, status: p.value.status, closed: p.value.closed ?? '' }]),
  );
  writeProblemsMeta(wb, { unit: unit ?? '', snapshot }, today);
  return wb;
}
