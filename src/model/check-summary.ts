/** Coverage of one unit's (or the whole workspace's) materials. */
export interface Coverage {
  covered: number;
  required: number;
}

export interface UnitSummary extends Coverage {
  name: string;
  indicators: number;
  complete: number;
  errors: number;
}

export interface DeadlineInfo {
  /** next monthly due date, YYYY-MM-DD */
  nextDue: string;
  daysLeft: number;
  stage: { name: string; due: string } | null;
}

/** The counts of a check run: one computation, shown by check, explain, export and status. */
export interface CheckCounts {
  indicators: number;
  complete: number;
  incomplete: number;
  errors: number;
  warnings: number;
  materials: Coverage;
  units: Record<string, UnitSummary>;
}

/** The `summary` object of `ledger check --format json`: the counts and the next deadline. */
export interface CheckSummary extends CheckCounts {
  deadline: DeadlineInfo | null;
}
