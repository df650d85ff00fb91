import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { AreaSummary, Coverage, ReviewCounts, UnitSummary } from '../../model/check-summary.js';
import type { StageState, StatusDeadline } from '../../model/deadline.js';
import type { NoHistory } from '../../load/git-history.js';
import type { ProblemCounts } from '../../model/problems.js';
import type { ReturnsStatus } from './returns-status.js';
import type { OwnProgress } from './own-progress.js';

/**
 * The overview `ledger status` prints: as text, Markdown and HTML, and as it is in
 * `--format json` (README, "ledger status --format json"). Scripts depend on this shape: fields
 * are added, never renamed or removed. Every count comes from the check's summary (summarize.ts);
 * the trend and the progress since the previous due date come from git (status/trend.ts).
 */
export interface StatusReport {
  organization: string;
  /** who reviews at the 初评 stage (ledger.yaml review_body; 市局 by default) */
  reviewBody: string;
  today: string;
  /** the unit the report is limited to (`--unit`), or null for the whole bureau */
  unit: string | null;
  deadline: StatusDeadline;
  stages: StageState[];
  totals: StatusTotals;
  /** lagging units first: stalled, then lowest coverage, then most errors */
  units: UnitStatus[];
  areas: (AreaSummary & { percent: number | null })[];
  /** indicators with materials that no unit's ledger carries */
  unassigned: Coverage & { ids: string[] };
  /** indicators that take no materials (73, 78, V1, V2) */
  withoutMaterials: string[];
  /** the 整改 problem list (problems.yaml): counts overall and per unit, the overdue ones; null when there is no problems.yaml */
  problems: ProblemsStatus | null;
  /** the 初评 reviews (index.yaml `review:`) of the materials in scope, overall and per unit id: the check's count */
  reviews: ReviewCounts & { units: Record<string, ReviewCounts> };
  history: HistoryState;
  /** the monthly ledgers that came back (returns.yaml, written by import): per month, per unit on time, late or not */
  returns: ReturnsStatus;
  /**
   * one point per monthly due date of the cycle with a commit before it (by file name), oldest
   * first, then today (`now: true`): the check's counts, as in `totals` and `units`
   */
  trend: TrendPoint[];
  /** with `--unit`: its findings (material-missing aside: those are `missing`); null otherwise */
  findings: Diagnostic[] | null;
}

/** The problem list's counts (model/problems.ts `countProblems`): `open` includes `overdue` and `dueSoon`. */
export interface ProblemsStatus {
  totals: ProblemCounts;
  /** units with problems: most overdue first, then most open */
  units: ({ id: string; name: string } & ProblemCounts)[];
  /** open problems past their 整改时限, most overdue first: named in the 通报 */
  overdue: OverdueProblem[];
}

export interface OverdueProblem {
  id: string;
  /** the unit id (or the name as written, when units.yaml does not know it) */
  unit: string;
  unitName: string;
  indicator: string;
  description: string;
  due: string;
  /** days past the due date */
  days: number;
}

export interface StatusTotals {
  indicators: number;
  withoutMaterials: number;
  complete: number;
  incomplete: number;
  ledgerDone: number;
  errors: number;
  /** of the errors, materials not yet submitted (material-missing): work still to do, shown without alarm */
  toSubmit: number;
  /** the other errors: broken, wrong or overdue — what the colour is for */
  broken: number;
  warnings: number;
  materials: Coverage & { percent: number | null };
}

/** A material still missing: the indicator whose folder takes it, its number and text, and files named for it that do not count. */
export interface MissingMaterial {
  indicator: string;
  material: number;
  text: string;
  rejected: string[];
}

/** One unit's line: the check's numbers plus what git tells. */
export interface UnitStatus extends UnitSummary {
  id: string;
  contact: string;
  percent: number | null;
  /** the last day a commit changed its ledger or the evidence of an indicator it carries; null when unknown */
  lastChange: string | null;
  /** since the previous due date: materials newly covered and rows newly 已完成 (file names in git); null without that history */
  progress: { covered: number; ledgerDone: number } | null;
  /** work outstanding and no progress since the previous due date (无进展: `own` all zero): named in the 通报; null without that history */
  stalled: boolean | null;
  /** what the unit itself did since the previous due date (own-progress.ts); null without the history to tell */
  own: OwnProgress | null;
  missing: MissingMaterial[];
}

export interface HistoryState {
  /** 'ok', or why there is no trend: git missing, not a repository, no commit yet, a git command that failed */
  state: 'ok' | NoHistory;
  detail: string;
  /** a shallow clone: history before `since` is not there */
  shallow: boolean;
  /** the day of the oldest commit read */
  since: string | null;
  /** progress is measured against the last commit before this day */
  previousDue: string;
}

/** Counts of one trend point. */
export interface TrendCounts extends Coverage {
  ledgerDone: number;
  complete: number;
}

export interface TrendPoint extends TrendCounts {
  /** the due date, or today for the HEAD point */
  date: string;
  commit: string;
  now: boolean;
  units: Record<string, TrendCounts>;
}
