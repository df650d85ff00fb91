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

/** The `summary` object of `ledger check --format json`. */
export interface CheckSummary {
  indicators: number;
  complete: number;
  incomplete: number;
  errors: number;
  warnings: number;
  materials: Coverage;
  units: Record<string, UnitSummary>;
  deadline: DeadlineInfo | null;
}
