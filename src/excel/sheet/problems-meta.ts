import type { Workbook } from 'exceljs';
import { PROBLEM_STATUSES, type ProblemStatus } from '../../model/schemas/problems.js';
import { cellText } from './cell-value.js';
import { keywordPairs, META_SHEET, writeMetaPairs } from './meta-pairs.js';

/**
 * What a problem list export records besides the visible sheet (as ledger-meta.ts does for the
 * monthly ledger): that it is a problem list, for which unit, and the snapshot — the three fields
 * the unit fills in, per problem id, as exported: the base of the three-way import.
 */
export const PROBLEMS_FORMAT = 'ledger-problems';
const VERSION = 1;
const ROW_KEY = 'problem';

/** One problem as exported: the values of the three cells the unit fills in. */
export interface ProblemSnapshotRow {
  measures: string;
  status: ProblemStatus;
  /** YYYY-MM-DD or '' */
  closed: string;
}

export interface ProblemsMeta {
  /** the unit the list was exported for, '' for the whole list */
  unit: string;
  /** null where another program dropped the sheet */
  snapshot: Map<string, ProblemSnapshotRow> | null;
}

export function writeProblemsMeta(wb: Workbook, meta: { unit: string; snapshot: Map<string, ProblemSnapshotRow> }, exported: string): void {
  const pairs: Record<string, string | number> = { format: PROBLEMS_FORMAT, version: VERSION, unit: meta.unit, exported };
  const sheet = writeMetaPairs(wb, pairs);
  // Strings only: nothing here is ever read as a number, a date or a formula.
  for (const [id, r] of meta.snapshot) sheet.addRow([ROW_KEY, id, r.measures, r.status, r.closed]);
}

const isStatus = (s: string): s is ProblemStatus => (PROBLEM_STATUSES as readonly string[]).includes(s);

/** The metadata of a problem list export; null when the workbook is not one (or the metadata was dropped everywhere). */
export function readProblemsMeta(wb: Workbook): ProblemsMeta | null {
  const sheet = wb.getWorksheet(META_SHEET);
  if (sheet) {
    const pairs = new Map<string, string>();
    const rows = new Map<string, ProblemSnapshotRow>();
    let intact = true;
    sheet.eachRow((row) => {
      const [key, a, b, c, d] = [1, 2, 3, 4, 5].map((n) => cellText(row.getCell(n).value));
      if (key !== ROW_KEY) pairs.set(key!, a ?? '');
      else if (a && c !== undefined && isStatus(c) && !rows.has(a)) rows.set(a, { measures: b ?? '', status: c, closed: d ?? '' });
      else intact = false;
    });
    if (pairs.get('format') === PROBLEMS_FORMAT) return { unit: pairs.get('unit') ?? '', snapshot: intact ? rows : null };
  }
  const kw = keywordPairs(wb);
  return kw.get('format') === PROBLEMS_FORMAT ? { unit: kw.get('unit') ?? '', snapshot: null } : null;
}
