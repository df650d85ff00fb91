import type { LedgerConfig } from '../model/schemas/ledger-config.js';
import { daysBetween, nextMonthlyDue } from '../util/dates.js';
import type { DeadlineInfo } from './summary.js';

/** Next monthly ledger deadline and the stage the cycle is in. */
export function deadlineInfo(config: LedgerConfig, todayYmd: string): DeadlineInfo {
  const nextDue = nextMonthlyDue(todayYmd, config.monthly_due_day);
  const stage = config.stages.find((s) => s.due >= todayYmd) ?? null;
  return { nextDue, daysLeft: daysBetween(todayYmd, nextDue), stage: stage ? { name: stage.name, due: stage.due } : null };
}
