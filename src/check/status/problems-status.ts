import type { Workspace } from '../../model/workspace.js';
import { normalizeIndicatorInput } from '../../model/indicator-id.js';
import { countProblems, problemState } from '../../model/problems.js';
import { unitName } from '../../model/units.js';
import { daysBetween } from '../../util/dates.js';
import type { ProblemsStatus } from './report.js';

/**
 * The problem list in the overview: the counts of `countProblems` (the one computation, shared with
 * the exported list) overall and per unit, most overdue first, and the overdue problems by name.
 * Null when the workspace has no problems.yaml.
 */
export function problemsStatus(ws: Workspace, today: string, unit?: string): ProblemsStatus | null {
  if (!ws.problems) return null;
  const items = ws.problems.items.filter((p) => unit === undefined || p.unit === unit);
  const tally = countProblems(items, today);
  const order = new Map(ws.units.units.map((u, i) => [u.id, i]));
  const units = [...tally.units]
    .map(([id, c]) => ({ id, name: unitName(ws.units, id), ...c }))
    .sort((a, b) => b.overdue - a.overdue || b.open - a.open || (order.get(a.id) ?? 1e9) - (order.get(b.id) ?? 1e9));
  const overdue = items
    .filter((p) => problemState(p.value, today) === 'overdue')
    .map((p) => ({
      id: p.value.id,
      unit: p.unit ?? p.value.unit,
      unitName: p.unit ? unitName(ws.units, p.unit) : p.value.unit,
      indicator: normalizeIndicatorInput(p.value.indicator) ?? p.value.indicator,
      description: p.value.description,
      due: p.value.due,
      days: daysBetween(p.value.due, today),
    }))
    .sort((a, b) => b.days - a.days);
  return { totals: tally.overall, units, overdue };
}
