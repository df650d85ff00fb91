import type { Catalog } from '../../model/catalog.js';
import { normalizeIndicatorInput } from '../../model/indicator-id.js';
import { shortTitle } from '../../model/indicator-titles.js';
import { circled } from '../../model/material-numbers.js';
import { problemState, type LoadedProblem, type ProblemState } from '../../model/problems.js';
import { unitName, type UnitIndex } from '../../model/units.js';
import { daysBetween } from '../../util/dates.js';
import { PROBLEM_LIST } from '../sheet/problem-form-wording.js';

/** One row of the 问题清单, as text, with where the problem stands. */
export interface ProblemRow {
  id: string;
  source: string;
  description: string;
  indicator: string;
  unit: string;
  measures: string;
  /** the date, and under it how overdue or how close it is */
  due: string;
  status: string;
  closed: string;
  state: ProblemState;
}

/** The rows of a list, in problems.yaml order. */
export function problemRows(items: LoadedProblem[], catalog: Catalog, units: UnitIndex, today: string): ProblemRow[] {
  return items.map((p) => {
    const v = p.value;
    const id = normalizeIndicatorInput(v.indicator);
    const entry = id === null ? undefined : catalog.byId.get(id);
    const indicator = entry ? `${entry.id} ${shortTitle(entry.text)}` : v.indicator;
    const state = problemState(v, today);
    const note =
      state === 'overdue'
        ? PROBLEM_LIST.overdue(daysBetween(v.due, today))
        : state === 'due-soon'
          ? PROBLEM_LIST.dueSoon(daysBetween(today, v.due))
          : null;
    return {
      id: v.id,
      source: v.source,
      description: v.description,
      indicator: v.material === undefined ? indicator : `${indicator}${PROBLEM_LIST.material(circled(v.material))}`,
      unit: p.unit ? unitName(units, p.unit) : v.unit,
      measures: v.measures,
      due: note ? `${v.due}\n${note}` : v.due,
      status: v.status,
      closed: v.closed ?? '',
      state,
    };
  });
}
