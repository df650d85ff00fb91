import type { Workbook } from 'exceljs';
import { STATUSES, type Status } from '../../model/schemas/common.js';
import { cellText } from './cell-value.js';
import { keywordPairs, META_SHEET, writeMetaPairs } from './meta-pairs.js';

/**
 * What an export records besides the visible form, so an import knows for sure which unit and month
 * a workbook is, and what the unit was given (the snapshot: the base of the three-way import).
 * Unit and month are kept twice (a very hidden sheet and the workbook keywords) because other
 * programs may drop either; the snapshot only in the sheet. Without it an import is careful: see
 * `merge-fields.ts`.
 */
export interface LedgerMeta {
  format: typeof FORMAT;
  version: number;
  unit: string;
  month: string;
  /** the values the export wrote; null in version 1 exports and where the sheet was dropped */
  snapshot: Snapshot | null;
}

/** One indicator as exported: what its 完成进度 and 责任人 cells said. */
export interface SnapshotRow {
  status: Status;
  progress: string;
  /** the contact shown: the indicator's own, else the unit default */
  contact: string;
}

export interface Snapshot {
  /** the unit's default contact at export */
  contact: string;
  rows: Map<string, SnapshotRow>;
}

export const FORMAT = 'ledger-annex2';
/** 2: with the snapshot */
export const META_VERSION = 2;
const ROW_KEY = 'indicator';

export function writeMeta(wb: Workbook, meta: Omit<LedgerMeta, 'format' | 'version'>, exported: string): void {
  const full: Record<string, string | number> = { format: FORMAT, version: META_VERSION, unit: meta.unit, month: meta.month, exported };
  const sheet = writeMetaPairs(wb, full);
  if (!meta.snapshot) return;
  // Strings only: nothing here is ever read as a number, a date or a formula.
  sheet.addRow(['contact', meta.snapshot.contact]);
  for (const [id, r] of meta.snapshot.rows) sheet.addRow([ROW_KEY, id, r.status, r.progress, r.contact]);
}

function fromPairs(pairs: Map<string, string>, snapshot: Snapshot | null): LedgerMeta | null {
  if (pairs.get('format') !== FORMAT) return null;
  const unit = pairs.get('unit') ?? '';
  const month = pairs.get('month') ?? '';
  const version = Number(pairs.get('version'));
  if (!unit || !Number.isInteger(version)) return null;
  return { format: FORMAT, version, unit, month, snapshot: version >= 2 ? snapshot : null };
}

const isStatus = (s: string): s is Status => (STATUSES as readonly string[]).includes(s);

/** The recorded metadata, or null when another program dropped it (or it is not our export). */
export function readMeta(wb: Workbook): LedgerMeta | null {
  const sheet = wb.getWorksheet(META_SHEET);
  if (sheet) {
    const pairs = new Map<string, string>();
    const rows = new Map<string, SnapshotRow>();
    let contact: string | null = null;
    let intact = true;
    sheet.eachRow((row) => {
      const [key, a, b, c, d] = [1, 2, 3, 4, 5].map((n) => cellText(row.getCell(n).value));
      if (key === ROW_KEY) {
        if (b !== undefined && isStatus(b) && a && !rows.has(a)) rows.set(a, { status: b, progress: c ?? '', contact: d ?? '' });
        else intact = false;
      } else if (key === 'contact') contact = a ?? '';
      else pairs.set(key!, a ?? '');
    });
    const meta = fromPairs(pairs, intact && contact !== null ? { contact, rows } : null);
    if (meta) return meta;
  }
  return fromPairs(keywordPairs(wb), null);
}
