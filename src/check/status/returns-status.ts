import type { LedgerReturn } from '../../model/schemas/returns.js';
import { monthlyDueDates, nextMonthlyDue, addDays } from '../../util/dates.js';

/**
 * One unit's ledger of one month: returned by the due day, after it, not (yet) at all — or
 * `unrecorded`: a month before any return was recorded (returns.yaml starts with the first
 * import), where nobody can tell whether it came back.
 */
export type ReturnState = 'on-time' | 'late' | 'missing' | 'pending' | 'unrecorded';

export interface UnitReturn {
  id: string;
  name: string;
  state: ReturnState;
  /** the day it first came back; null when it has not */
  date: string | null;
  /** fields changed by all of this month's returns; null when none came back */
  changes: number | null;
}

export interface ReturnMonth {
  /** 报送月份, YYYY-MM */
  month: string;
  /** its due date (monthly_due_day of that month) */
  due: string;
  /** not due yet: a missing ledger is `pending`, not `missing` */
  open: boolean;
  /** returns were recorded by then: false for a month before the first month in returns.yaml (its ledgers are `unrecorded`) */
  recorded: boolean;
  units: UnitReturn[];
}

/** The returns part of the overview; `broken` when returns.yaml cannot be read (check names why). */
export interface ReturnsStatus {
  state: 'ok' | 'broken';
  /** oldest first: every month of the cycle due by today, then the month of the next due date */
  months: ReturnMonth[];
}

const sum = (r: LedgerReturn): number => r.changes.status + r.changes.progress + r.changes.contact;

/**
 * Per month of the cycle and per unit with a ledger: whether and when it came back. A ledger is
 * late when its first return is after the month's due day (每月4日前: the 4th itself is on time).
 */
export function returnsStatus(
  returns: LedgerReturn[] | null,
  units: { id: string; name: string }[],
  cycle: { start: string; end: string },
  dueDay: number,
  today: string,
): ReturnsStatus {
  if (returns === null) return { state: 'broken', months: [] };
  const last = today < cycle.end ? today : cycle.end;
  const dues = monthlyDueDates(cycle.start, addDays(last, 1), dueDay);
  const next = nextMonthlyDue(addDays(today, 1), dueDay);
  // On the due day itself that month is the open one; otherwise the next due date's month is.
  if (next <= cycle.end && !dues.some((d) => d >= today)) dues.push(next);
  // Records start with the first import: before its month nothing tells a ledger not returned from one handed in by hand.
  const firstRecorded = returns.map((r) => r.month).sort()[0];
  const months = dues.map((due): ReturnMonth => {
    const month = due.slice(0, 7);
    const open = due >= today;
    const recorded = firstRecorded !== undefined && month >= firstRecorded;
    return {
      month,
      due,
      open,
      recorded,
      units: units.map(({ id, name }): UnitReturn => {
        const mine = returns.filter((r) => r.unit === id && r.month === month);
        const first = mine.map((r) => r.date).sort()[0] ?? null;
        const state: ReturnState = first ? (first <= due ? 'on-time' : 'late') : open ? 'pending' : recorded ? 'missing' : 'unrecorded';
        return { id, name, state, date: first, changes: first ? mine.reduce((n, r) => n + sum(r), 0) : null };
      }),
    };
  });
  return { state: 'ok', months };
}
