import { resolveUnit, unitName } from '../../model/units.js';
import { didYouMean } from '../../util/did-you-mean.js';
import type { Workspace } from '../../model/workspace.js';
import { problem, type ImportProblem } from './import-problem.js';
import type { ReadLedger } from './read-ledger.js';

/**
 * Which unit a workbook belongs to: the recorded unit id when the export's metadata survived, else
 * the name written after 责任单位. When both are there they must agree — a sheet copied into
 * another unit's workbook must not be imported as either unit's.
 */
export function ledgerUnit(ws: Workspace, ledger: ReadLedger): { unit: string } | ImportProblem {
  const where = { file: ledger.file, sheet: ledger.sheet, cell: ledger.unitCell ?? 'A2' };
  const fromMeta = ledger.meta && ws.units.byId.has(ledger.meta.unit) ? ledger.meta.unit : undefined;
  const fromHeader = ledger.unitText ? resolveUnit(ws.units, ledger.unitText) : undefined;
  if (fromMeta && fromHeader && fromMeta !== fromHeader) {
    return problem('import.unit-conflict', { ...where, header: ledger.unitText ?? '', recorded: unitName(ws.units, fromMeta) });
  }
  const unit = fromMeta ?? fromHeader;
  if (unit) return { unit };
  const names = ws.units.units.flatMap((u) => [u.name, ...u.aliases]);
  const typed = ledger.unitText ?? ledger.meta?.unit;
  if (typed) return problem('import.unit-unknown', { ...where, unit: typed, hint: didYouMean(typed, names) });
  return problem('import.unit-missing', where);
}
