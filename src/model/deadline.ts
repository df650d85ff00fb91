import { daysBetween, nextMonthlyDue } from '../util/dates.js';
import type { DeadlineInfo } from './check-summary.js';
import type { LedgerConfig } from './schemas/ledger-config.js';

/** What the deadline depends on (from ledger.yaml). */
export interface Schedule {
  monthlyDueDay: number;
  stages: { name: string; due: string }[];
}

/** Next monthly ledger deadline and the stage the cycle is in. */
export function deadlineInfo(schedule: Schedule, todayYmd: string): DeadlineInfo {
  const nextDue = nextMonthlyDue(todayYmd, schedule.monthlyDueDay);
  const stage = schedule.stages.find((s) => s.due >= todayYmd) ?? null;
  return { nextDue, daysLeft: daysBetween(todayYmd, nextDue), stage: stage ? { name: stage.name, due: stage.due } : null };
}

/** The schedule ledger.yaml sets. */
export function scheduleOf(config: LedgerConfig): Schedule {
  return { monthlyDueDay: config.monthly_due_day, stages: config.stages.map((s) => ({ name: s.name, due: s.due })) };
}
