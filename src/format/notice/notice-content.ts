import type { OverdueProblem, StatusReport } from '../../check/status/report.js';
import type { ReturnState } from '../../check/status/returns-status.js';
import { brokenOf } from '../../model/check-summary.js';
import { noticeUnits } from '../status/status-words.js';

/** One unit named in the 通报, with the facts that put it there. */
export interface NoticeUnit {
  id: string;
  name: string;
  /** indicators it carries */
  indicators: number;
  /** its own materials filed / required, and the percentage (null when it has none to file) */
  covered: number;
  required: number;
  percent: number | null;
  /** materials not yet submitted, and the other errors (broken, wrong, overdue) */
  toSubmit: number;
  broken: number;
  /** the month's ledger: returned on time or late (and when), not returned, not yet due, or no record kept that month */
  ledger: { state: ReturnState; date: string | null };
  /** its open problems past their 整改时限 (problems.yaml) */
  overdue: OverdueProblem[];
  /** since the previous due date: materials newly covered and ledger rows newly 已完成; null without the history to tell */
  change: { covered: number; ledgerDone: number } | null;
}

/** What the draft 通报 says, as data: built from the overview `status` computes, so both name the same units. */
export interface NoticeContent {
  organization: string;
  /** 通报 month, YYYY-MM */
  month: string;
  /** the day the draft is made: the facts are as of this day, and it is the 成文日期 */
  today: string;
  /** 无进展 is measured from this due date */
  previousDue: string;
  nextDue: string;
  totals: {
    indicators: number;
    complete: number;
    ledgerDone: number;
    covered: number;
    required: number;
    percent: number | null;
    toSubmit: number;
    broken: number;
  };
  /** the month's ledger due date (null: not a month of the cycle) and whether it is still to come */
  due: string | null;
  open: boolean;
  /** the month's ledgers by state; null when the month has no record of returns (before returns.yaml, or outside the cycle) */
  returns: Record<'on-time' | 'late' | 'missing' | 'pending', number> | null;
  units: NoticeUnit[];
  /** whether git history could tell 无进展 at all (without it no unit can be named) */
  historyKnown: boolean;
}

/** The units of the 通报 (the same list `status` prints as 列入通报的单位) and the facts behind each, for the month. */
export function noticeContent(r: StatusReport, month: string): NoticeContent {
  const m = r.returns.months.find((x) => x.month === month);
  const recorded = m && m.units.some((u) => u.state !== 'unrecorded') ? m : null;
  const count = (s: ReturnState): number => recorded?.units.filter((u) => u.state === s).length ?? 0;
  const overdue = r.problems?.overdue ?? [];
  return {
    organization: r.organization,
    month,
    today: r.today,
    previousDue: r.deadline.previousDue,
    nextDue: r.deadline.nextDue,
    due: m?.due ?? null,
    open: m?.open ?? false,
    totals: {
      indicators: r.totals.indicators,
      complete: r.totals.complete,
      ledgerDone: r.totals.ledgerDone,
      covered: r.totals.materials.covered,
      required: r.totals.materials.required,
      percent: r.totals.materials.percent,
      toSubmit: r.totals.toSubmit,
      broken: r.totals.broken,
    },
    historyKnown: r.history.state === 'ok',
    returns: recorded ? { 'on-time': count('on-time'), late: count('late'), missing: count('missing'), pending: count('pending') } : null,
    units: noticeUnits(r).map((u): NoticeUnit => {
      const ret = m?.units.find((x) => x.id === u.id);
      return {
        id: u.id,
        name: u.name,
        indicators: u.indicators,
        covered: u.covered,
        required: u.required,
        percent: u.percent,
        toSubmit: u.toSubmit,
        broken: brokenOf(u),
        ledger: ret ? { state: ret.state, date: ret.date } : { state: 'unrecorded', date: null },
        overdue: overdue.filter((p) => p.unit === u.id),
        change: u.progress,
      };
    }),
  };
}
