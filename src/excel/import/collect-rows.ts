import type { Status } from '../../model/schemas/common.js';
import { unitName, type UnitIndex } from '../../model/units.js';
import type { Workspace } from '../../load/load-workspace.js';
import { problem, type ImportProblem } from './import-problem.js';
import { parseProgress } from './parse-progress.js';
import type { ReadLedger } from './read-ledger.js';
import { oneLine } from '../../util/truncate.js';

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
  /** `file › sheet › D7`, for messages */
  where: string;
}

/** Check every row of a workbook against the catalog and the unit's assignments; keep the good ones. */
export function collectRows(ws: Workspace, ledger: ReadLedger, unit: string, carried: Set<string>, problems: ImportProblem[]): RowEntry[] {
  const out: RowEntry[] = [];
  for (const r of ledger.rows) {
    const at = { file: ledger.file, sheet: ledger.sheet };
    if (r.id === null) {
      problems.push(problem('import.no-indicator-id', { ...at, cell: r.indicatorCell, text: oneLine(r.indicator, QUOTED) }));
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
    const parsed = parseProgress(r.progress);
    if (!parsed.ok) {
      problems.push(
        problem(`import.status-${parsed.reason}`, { ...at, cell: r.progressCell, id: r.id, text: oneLine(r.progress, QUOTED) }),
      );
      continue;
    }
    out.push({
      unit,
      id: r.id,
      status: parsed.status,
      progress: parsed.progress,
      contact: r.contact,
      where: `${ledger.file} › ${ledger.sheet} › ${r.progressCell}`,
    });
  }
  return out;
}

/**
 * One entry per unit and indicator. The same indicator twice is fine when both rows say the same;
 * different values are a conflict the user must settle.
 */
export function dedupeRows(entries: RowEntry[], problems: ImportProblem[], units: UnitIndex): RowEntry[] {
  const seen = new Map<string, RowEntry>();
  for (const e of entries) {
    const key = `${e.unit}\u0000${e.id}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, e);
      continue;
    }
    if (first.status !== e.status || first.progress !== e.progress || first.contact !== e.contact) {
      problems.push(problem('import.duplicate-conflict', { id: e.id, unit: unitName(units, e.unit), first: first.where, second: e.where }));
    }
  }
  return [...seen.values()];
}
