import path from 'node:path';
import { CannotRunError } from '../../diagnostics/cannot-run-error.js';
import type { Workspace } from '../../model/workspace.js';
import { countProblems } from '../../model/problems.js';
import { unitName } from '../../model/units.js';
import { buildProblemsWorkbook } from './build-problems-workbook.js';
import { fileNames } from './workbook-names.js';
import type { ExportRequest, PlannedWorkbook } from './plan-export.js';

/**
 * The 问题清单 workbooks a request asks for: the whole list; with `unit`, that unit's own; with
 * `all`, the whole list and one per unit that has problems. Refuses a workspace without a usable
 * problems.yaml (a list exported from half a file would be imported back over the other half).
 */
export function planProblemLists(ws: Workspace, outDir: string, req: ExportRequest, today: string): PlannedWorkbook[] {
  const list = ws.problems;
  if (!list) throw new CannotRunError('export.no-problems', { file: 'problems.yaml' });
  if (!list.usable) throw new CannotRunError('export.problems-broken', { file: list.file });
  const names = fileNames(ws.units);
  const one = (unit: string | null): PlannedWorkbook => {
    const items = list.items.filter((p) => unit === null || p.unit === unit);
    const counts = countProblems(items, today).overall;
    return {
      file: path.join(outDir, unit === null ? `${today}-整改问题清单.xlsx` : `${today}-${names(unit)}-整改问题清单.xlsx`),
      kind: 'problems',
      unitName: unit === null ? '' : unitName(ws.units, unit),
      problems: counts.total,
      overdue: counts.overdue,
      build: () => buildProblemsWorkbook(ws, items, unit, counts, today),
    };
  };
  if (req.unit !== undefined) return [one(req.unit)];
  const planned = [one(null)];
  if (req.all) {
    const units = ws.units.units.map((u) => u.id).filter((id) => list.items.some((p) => p.unit === id));
    planned.push(...units.map(one));
  }
  return planned;
}
