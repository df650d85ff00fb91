import type ExcelJS from 'exceljs';
import { cellText, compact, trimText } from '../sheet/cell-value.js';
import { findHeaderRow } from './find-header-row.js';
import { PROBLEM_LIST } from '../sheet/problem-form-wording.js';
import { readProblemsMeta, type ProblemsMeta } from '../sheet/problems-meta.js';
import { ymd } from '../../util/dates.js';
import { atCellLimit } from '../sheet/cell-limit.js';

/** One filled-in row of a 问题清单 as read back (texts as typed; the import judges them). */
export interface ProblemListRow {
  /** 1-based sheet row */
  row: number;
  id: string;
  measures: string;
  status: string;
  /** as the cell shows it: a real date comes back as YYYY-MM-DD */
  closed: string;
  /** addresses of the three cells a unit fills in */
  cells: { id: string; measures: string; status: string; closed: string };
  /** cells whose text is exactly as long as Excel allows: it may have been cut */
  atLimit: string[];
}

export interface ReadProblemList {
  file: string;
  sheet: string;
  meta: ProblemsMeta | null;
  rows: ProblemListRow[];
}

const [H_ID, , , , , H_MEASURES, , H_STATUS, H_CLOSED] = PROBLEM_LIST.headers;

/**
 * A 问题清单 workbook: one `ledger export --problems` made (its metadata says so), or any sheet
 * with the list's headers. Null when the workbook is something else (a monthly ledger).
 */
export function readProblemList(wb: ExcelJS.Workbook, file: string): ReadProblemList | null {
  const meta = readProblemsMeta(wb);
  const preferred = wb.getWorksheet(PROBLEM_LIST.sheet);
  const candidates = [...(preferred ? [preferred] : []), ...wb.worksheets.filter((s) => s !== preferred && s.state === 'visible')];
  for (const sheet of candidates) {
    const header = findHeaderRow(sheet, [H_ID, H_MEASURES, H_STATUS, H_CLOSED]);
    if (!header) continue;
    const col = (h: string) => header.cols.get(h)!;
    const rows: ProblemListRow[] = [];
    sheet.eachRow((row, r) => {
      if (r <= header.row) return;
      const cell = (h: string) => row.getCell(col(h));
      const id = trimText(cellText(cell(H_ID).value));
      // The 说明 lines belong to the form.
      if (compact(id).startsWith('说明')) return;
      const texts = {
        measures: trimText(cellText(cell(H_MEASURES).value)),
        status: compact(cellText(cell(H_STATUS).value)),
        closed: dateText(cell(H_CLOSED).value),
      };
      if (!id && !texts.measures && !texts.status && !texts.closed) return;
      rows.push({
        row: r,
        id,
        ...texts,
        cells: {
          id: cell(H_ID).address,
          measures: cell(H_MEASURES).address,
          status: cell(H_STATUS).address,
          closed: cell(H_CLOSED).address,
        },
        atLimit: [H_ID, H_MEASURES, H_STATUS, H_CLOSED].flatMap((h) => (atCellLimit(cell(h).value) ? [cell(h).address] : [])),
      });
    });
    return { file, sheet: sheet.name, meta, rows };
  }
  return null;
}

/**
 * A date cell as YYYY-MM-DD (Excel keeps dates as UTC midnight), and a bare day number as the date it
 * is (a date typed into a cell whose format was lost: 45463 is 2024-06-20; only 2000–2099 is taken
 * as a date); text as typed.
 */
function dateText(v: ExcelJS.CellValue): string {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 36526 && v < 73051) v = new Date(Date.UTC(1899, 11, 30 + v));
  if (v instanceof Date) return ymd(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate());
  return trimText(cellText(v));
}

/**
 * A closing date as people type it — `2024-06-20`, `2024/6/20`, `2024.6.20`, `2024年6月20日` — as
 * YYYY-MM-DD; '' for an empty cell; null when it is not a real date.
 */
export function parseDate(text: string): string | null {
  const s = text.normalize('NFKC').replace(/\s+/g, '');
  if (s === '') return '';
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/u.exec(s);
  if (!m) return null;
  const day = ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  const t = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().startsWith(day) ? day : null;
}
