/** Coverage of one unit's (or the whole workspace's) materials. */
export interface Coverage {
  covered: number;
  required: number;
}

/** Covered materials as a whole percentage, rounded down (99 % until the last one is in); null when nothing is required. */
export function coveragePercent(c: Coverage): number | null {
  return c.required ? Math.floor((c.covered * 100) / c.required) : null;
}

/** One area of the catalog (一级指标, and 附加项 with the 加分项): its indicators with materials and their coverage. */
export interface AreaSummary extends Coverage {
  /** the area as the catalog prints it, e.g. 一、政府职能依法全面履行 */
  area: string;
  /** indicators of the area that take materials */
  indicators: number;
  /** 材料齐全 */
  complete: number;
}

/**
 * One unit's line of the overview. Two words are kept apart everywhere: 材料齐全 (`complete`: every
 * material evidenced) and 台账已完成 (`ledgerDone`: the unit's own ledger says 已完成).
 */
export interface UnitSummary extends Coverage {
  name: string;
  /** indicators in the unit's assignments file */
  indicators: number;
  /** of which the catalog names the unit as lead (牵头); the rest it cooperates on (配合, by name or group) */
  lead: number;
  cooperate: number;
  /** 台账已完成: rows whose status is 已完成 */
  ledgerDone: number;
  /** rows whose status is 不涉及 */
  notApplicable: number;
  /** 材料齐全: its indicators with every material evidenced */
  complete: number;
  /** error-level findings about its files and indicators */
  errors: number;
  /** of `errors`, materials not yet submitted (material-missing): work to do, not a fault; the rest are broken, wrong or overdue */
  toSubmit: number;
}

/**
 * Where the 初评 review stands, per material (merged cells once): `passed` 通过 and unchanged since,
 * `stale` 通过 but its files changed (待复核), `returned` 退回, `unreviewed` no verdict yet.
 */
export interface ReviewCounts {
  passed: number;
  returned: number;
  stale: number;
  unreviewed: number;
}

export interface DeadlineInfo {
  /** next monthly due date, YYYY-MM-DD */
  nextDue: string;
  daysLeft: number;
  stage: { name: string; due: string } | null;
}

/**
 * The counts of a check run: one computation, shown by check, explain, export and status.
 * Materials of a merged cell (47–48, 91–94) count once, at the indicator whose folder holds them.
 */
export interface CheckCounts {
  /** every indicator in scope */
  indicators: number;
  /** of which need no materials (73, 78, V1, V2): neither complete nor incomplete */
  withoutMaterials: number;
  /** their ids, in catalog order */
  withoutMaterialsIds: string[];
  /** 材料齐全 */
  complete: number;
  /** 缺材料: indicators with materials not all evidenced */
  incomplete: number;
  /** 台账已完成: indicators that every unit carrying them reports 已完成 */
  ledgerDone: number;
  errors: number;
  /** of `errors`, materials not yet submitted (material-missing): work to do; the rest are broken, wrong or overdue (brokenOf) */
  toSubmit: number;
  warnings: number;
  materials: Coverage;
  /** indicators with materials that no unit carries (the coordinator still has to assign them) */
  unassigned: Coverage & { indicators: number; ids: string[] };
  units: Record<string, UnitSummary>;
  /** per area, in catalog order (areas with no indicator in scope left out) */
  areas: AreaSummary[];
  /** the 初评 review of the materials in scope, and of each unit's */
  reviews: ReviewCounts & { units: Record<string, ReviewCounts> };
}

/** The `summary` object of `ledger check --format json`: the counts and the next deadline. */
export interface CheckSummary extends CheckCounts {
  deadline: DeadlineInfo | null;
}

/**
 * Errors that are not a material still to submit: broken, wrong or overdue. THE one subtraction,
 * for the bureau's counts and a unit's alike, so every summary (check, status, sheets) splits alike.
 */
export const brokenOf = (c: { errors: number; toSubmit: number }): number => c.errors - c.toSubmit;
