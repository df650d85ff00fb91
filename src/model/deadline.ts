import { addDays, daysBetween, nextMonthlyDue, previousMonthlyDue } from '../util/dates.js';
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

/** One stage of the cycle as the overview draws it. */
export interface StageState {
  name: string;
  /** the plan's start, else the day after the previous stage's due date (the cycle's start for the first) */
  start: string;
  due: string;
  state: 'done' | 'current' | 'upcoming';
}

/** The seven stages (三、具体步骤) on the cycle's calendar, with where today falls. */
export function stageTimeline(config: Pick<LedgerConfig, 'cycle' | 'stages'>, todayYmd: string): StageState[] {
  const current = config.stages.findIndex((s) => s.due >= todayYmd);
  return config.stages.map((s, i) => ({
    name: s.name,
    start: s.start ?? (i === 0 ? config.cycle.start : addDays(config.stages[i - 1]!.due, 1)),
    due: s.due,
    state: i === current ? 'current' : s.due < todayYmd ? 'done' : 'upcoming',
  }));
}

/** The header of the overview: the monthly deadline, the one before it, the stage and the next one. */
export interface StatusDeadline extends DeadlineInfo {
  /** the monthly due date before today: progress is measured since then */
  previousDue: string;
  stage: { name: string; due: string; daysLeft: number } | null;
  nextStage: { name: string; start: string; due: string } | null;
}

export function statusDeadline(config: LedgerConfig, todayYmd: string): StatusDeadline {
  const base = deadlineInfo(scheduleOf(config), todayYmd);
  const stages = stageTimeline(config, todayYmd);
  const i = stages.findIndex((s) => s.state === 'current');
  const next = i >= 0 ? stages[i + 1] : undefined;
  return {
    ...base,
    previousDue: previousMonthlyDue(todayYmd, config.monthly_due_day),
    stage: base.stage ? { ...base.stage, daysLeft: daysBetween(todayYmd, base.stage.due) } : null,
    nextStage: next ? { name: next.name, start: next.start, due: next.due } : null,
  };
}
