import type { Status } from '../../model/schemas/common.js';
import { unitName, type UnitIndex } from '../../model/units.js';
import type { Workspace } from '../../model/workspace.js';
import { comparable, comparableContact } from '../sheet/cell-value.js';
import { ANNEX2 } from '../sheet/form-wording.js';
import type { SnapshotRow } from '../sheet/ledger-meta.js';
import { problem, type ImportProblem } from './import-problem.js';
import { parseProgress } from './parse-progress.js';
import type { ReadLedger } from './read-ledger.js';
import { oneLine } from '../../util/truncate.js';
import { EXCEL_CELL_MAX } from '../sheet/cell-limit.js';

/** How much of a cell a message quotes. */
const QUOTED = 20;

/** What one row of a workbook says about one indicator of one unit. */
export interface RowEntry {
  unit: string;
  id: string;
  status: Status;
  progress: string;
  /** empty when the cell was left blank */
  contact: string;
  /** what the export wrote for this indicator; null when the workbook has no snapshot (or not of this row) */
  base: SnapshotRow | null;
  /** `file › sheet › D7`, for messages */
  where: string;
  /** where the 完成进度 and 责任人 cells are */
  cells: { file: string; sheet: string; progress: string; contact: string };
}

/** Rows and warnings of one workbook. */
export interface CollectedRows {
  rows: RowEntry[];
  /** rows skipped (a remark, a signature line): said, but no reason to refuse the import */
  warnings: ImportProblem[];
}

/**
 * Check every row of a workbook against the catalog and the unit's assignments; keep the good ones.
 * A 完成进度 cell exactly as exported is the exported value: it is not read again, so a cell the
 * unit did not touch can never be misread.
 */
export function collectRows(
  ws: Workspace,
  ledger: ReadLedger,
  unit: string,
  carried: Set<string>,
  problems: ImportProblem[],
): CollectedRows {
  const rows: RowEntry[] = [];
  const warnings: ImportProblem[] = [];
  const snapshot = ledger.meta?.snapshot ?? null;
  for (const r of ledger.rows) {
    const at = { file: ledger.file, sheet: ledger.sheet };
    if (r.atLimit.length) {
      for (const cell of r.atLimit) problems.push(problem('import.cell-at-limit', { ...at, cell, max: EXCEL_CELL_MAX }));
      continue;
    }
    if (r.id === null) {
      // A remark or signature line a clerk added says nothing about an indicator; a row that does
      // give a status has lost its number, and guessing which indicator it is would be wrong.
      if (parseProgress(r.progress).ok)
        problems.push(problem('import.no-indicator-id', { ...at, cell: r.indicatorCell, text: quote(r.indicator) }));
      else
        warnings.push(problem('import.row-skipped', { ...at, cell: r.indicatorCell, text: quote(r.indicator || r.progress || r.contact) }));
      continue;
    }
    if (!ws.catalog.byId.has(r.id)) {
      problems.push(problem('import.indicator-unknown', { ...at, cell: r.indicatorCell, id: r.id }));
      continue;
    }
    if (!carried.has(r.id)) {
      problems.push(problem('import.indicator-not-carried', { ...at, cell: r.indicatorCell, id: r.id, unit: unitName(ws.units, unit) }));
      continue;
    }
    const base = snapshot?.rows.get(r.id) ?? null;
    const asExported = base !== null && comparable(r.progress) === comparable(ANNEX2.progressCell(base.status, base.progress));
    const parsed = asExported ? ({ ok: true, status: base.status, progress: base.progress } as const) : parseProgress(r.progress);
    if (!parsed.ok) {
      problems.push(problem(`import.status-${parsed.reason}`, { ...at, cell: r.progressCell, id: r.id, text: quote(r.progress) }));
      continue;
    }
    rows.push({
      unit,
      id: r.id,
      status: parsed.status,
      progress: parsed.progress,
      contact: r.contact,
      base,
      where: `${ledger.file} › ${ledger.sheet} › ${r.progressCell}`,
      cells: { ...at, progress: r.progressCell, contact: r.contactCell ?? r.progressCell },
    });
  }
  return { rows, warnings };
}

const quote = (s: string): string => oneLine(s, QUOTED);

/** A row that says what its export said: the unit changed nothing in it. */
function asGiven(e: RowEntry): boolean {
  const b = e.base;
  if (!b) return false;
  return (
    e.status === b.status &&
    comparable(e.progress) === comparable(b.progress) &&
    (e.contact === '' || comparableContact(e.contact) === comparableContact(b.contact))
  );
}

/**
 * One entry per unit and indicator. The same indicator twice is fine when both rows say the same,
 * or when one of them is as it was exported (a second, untouched copy); two different changes are
 * a conflict the user must settle.
 */
export function dedupeRows(entries: RowEntry[], problems: ImportProblem[], units: UnitIndex): RowEntry[] {
  const seen = new Map<string, RowEntry>();
  for (const e of entries) {
    const key = `${e.unit}\u0000${e.id}`;
    const first = seen.get(key);
    if (!first || asGiven(first)) {
      seen.set(key, e);
      continue;
    }
    if (asGiven(e)) continue;
    const same =
      first.status === e.status &&
      comparable(first.progress) === comparable(e.progress) &&
      comparableContact(first.contact) === comparableContact(e.contact);
    if (!same)
      problems.push(problem('import.duplicate-conflict', { id: e.id, unit: unitName(units, e.unit), first: first.where, second: e.where }));
  }
  return [...seen.values()];
}
