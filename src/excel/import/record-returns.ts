import { loadReturns, RETURNS_FILE } from '../../load/load-returns.js';
import type { LedgerReturn } from '../../model/schemas/returns.js';
import { problem, type ImportProblem } from './import-problem.js';
import { planReturns } from './plan-returns.js';
import { returnsOfImport } from './returns-of-import.js';
import type { FileUpdate } from './plan-import.js';

/** returns.yaml's part of an import: written in the same set as the ledgers (all or nothing). */
export interface ReturnsUpdate {
  file: string;
  /** the returns added (none: returns.yaml stays as it is) */
  changes: LedgerReturn[];
  before: string | null;
  after: string;
}

/** Plan the returns.yaml update for the units an import read; a broken returns.yaml refuses the import. */
export function planReturnsUpdate(
  root: string,
  updates: FileUpdate[],
  absOf: (display: string) => string,
  today: string,
  dueDay: number,
): ReturnsUpdate | ImportProblem {
  const loaded = loadReturns(root);
  if (loaded.returns === null) {
    return problem('import.returns-broken', { line: loaded.diagnostics[0]?.line ?? 1 });
  }
  const added = returnsOfImport(updates, absOf, today, dueDay);
  const planned = planReturns(loaded.text, loaded.returns, added);
  return { file: RETURNS_FILE, changes: planned?.fresh ?? [], before: loaded.text, after: planned?.text ?? loaded.text ?? '' };
}
