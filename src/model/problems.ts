import { addDays } from '../util/dates.js';
import type { Problem } from './schemas/problems.js';

/** An open problem due within this many days draws a warning (问题整改 must not slip past its 时限 unnoticed). */
export const DUE_SOON_DAYS = 7;

/** A file a problem names as proof of its fix, as found on disk when the workspace was loaded. */
export interface ProblemEvidence {
  /** as written in problems.yaml */
  path: string;
  /**
   * `outside`: absolute, `..`, or a symlink on the way that leaves the workspace; `not-file`: a
   * folder (an empty one proves nothing) or a FIFO, device or socket
   */
  state: 'ok' | 'missing' | 'outside' | 'not-file';
}

/** One entry of problems.yaml, valid on its own, with what the loader resolved. */
export interface LoadedProblem {
  /** position in the `problems:` list (for locating findings and editing the file) */
  index: number;
  value: Problem;
  /** the unit id `unit` resolves to (by id, name or alias); null when units.yaml does not know it */
  unit: string | null;
  evidence: ProblemEvidence[];
}

/** problems.yaml as loaded. */
export interface ProblemList {
  file: string;
  items: LoadedProblem[];
  /** false when the file does not parse or match its schema: `items` are the entries valid on their own, it is never written into */
  usable: boolean;
}

export type ProblemState = 'closed' | 'overdue' | 'due-soon' | 'open';

/**
 * Where a problem stands on `today`: 已销号, or open and past its 时限, due within `soonDays` (7;
 * `remind --days-before` chooses its own), or not yet.
 */
export function problemState(p: Pick<Problem, 'status' | 'due'>, today: string, soonDays: number = DUE_SOON_DAYS): ProblemState {
  if (p.status === '已销号') return 'closed';
  if (p.due < today) return 'overdue';
  return p.due <= addDays(today, soonDays) ? 'due-soon' : 'open';
}

/** Counts of a set of problems: `open` counts every 整改中 one, `overdue` and `dueSoon` are parts of it. */
export interface ProblemCounts {
  total: number;
  open: number;
  overdue: number;
  dueSoon: number;
  closed: number;
}

const zero = (): ProblemCounts => ({ total: 0, open: 0, overdue: 0, dueSoon: 0, closed: 0 });

/** The one count of the problem list: `status`, the overview and the exported list all show these numbers. */
export interface ProblemTally {
  overall: ProblemCounts;
  /** by unit id (or the name as written when units.yaml does not know it), in first-seen order */
  units: Map<string, ProblemCounts>;
}

export function countProblems(items: readonly Pick<LoadedProblem, 'value' | 'unit'>[], today: string): ProblemTally {
  const overall = zero();
  const units = new Map<string, ProblemCounts>();
  for (const p of items) {
    const key = p.unit ?? p.value.unit;
    const u = units.get(key) ?? zero();
    units.set(key, u);
    const state = problemState(p.value, today);
    for (const c of [overall, u]) {
      c.total++;
      if (state === 'closed') c.closed++;
      else {
        c.open++;
        if (state === 'overdue') c.overdue++;
        if (state === 'due-soon') c.dueSoon++;
      }
    }
  }
  return { overall, units };
}
