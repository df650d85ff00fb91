import type { CountedBy, RejectedSource, SnapshotCatalog } from './rollup-source.js';

/** One material across organisations: who covers it, who filed something for it that does not count. */
export interface RollupMaterial {
  no: number;
  /** organisations whose own check counts it covered */
  coveredBy: string[];
  /** organisations with files named for it that do not count */
  rejectedAt: string[];
}

/** One organisation on one indicator: its own counts (the matrix cell). */
export interface RollupCell {
  covered: number;
  required: number;
  complete: boolean;
  /** its units carry the indicator (lead or cooperate) */
  carries: boolean;
  leads: boolean;
}

/** One indicator across organisations. Counts are of materials, merged: a material counts when any organisation covers it. */
export interface RollupIndicator {
  id: string;
  owner: string;
  materials: RollupMaterial[];
  /** materials covered by at least one organisation */
  covered: number;
  required: number;
  complete: boolean;
  /** the catalog's printed lead departments (牵头单位), as the first source that knows them says */
  leadDepartments: string[];
  /** organisations with a unit leading it (牵头) */
  leadBy: string[];
  /** organisations that cover at least one of its materials */
  contributors: string[];
  /** per organisation (merged ones only) */
  cells: Record<string, RollupCell>;
}

/** One organisation's line, ranked: the most covered first. Its percentage is its own, never averaged. */
export interface RollupOrganisation {
  rank: number;
  organization: string;
  source: string;
  generated: string;
  commit: string | null;
  countedBy: CountedBy;
  catalog: SnapshotCatalog;
  covered: number;
  required: number;
  percent: number | null;
  complete: number;
  indicators: number;
  errors: number;
  /** error-level findings other than a material still missing: broken, wrong or forbidden files and YAML */
  broken: number;
  warnings: number;
  stale: boolean;
  /** on another catalog: named, not merged per material */
  mismatched: boolean;
  /** units its own overview names 无进展 */
  stalledUnits: string[];
}

/** Why an organisation is on the 通报 list. */
export type NoticeReason = 'stale' | 'mismatched' | 'below-city' | 'errors';

export interface Rollup {
  today: string;
  /** the due date staleness is counted against */
  lastDue: string;
  /** the catalog in force for the merge */
  catalog: SnapshotCatalog | null;
  /** how the merged figures were counted (both when sources differ) */
  countedBy: CountedBy[];
  totals: {
    organisations: number;
    merged: number;
    indicators: number;
    complete: number;
    materials: { covered: number; required: number; percent: number | null };
  };
  organisations: RollupOrganisation[];
  indicators: RollupIndicator[];
  /** materials no merged organisation covers */
  missingEverywhere: { indicator: string; material: number }[];
  stale: { organization: string; source: string; generated: string }[];
  mismatched: { organization: string; source: string; catalog: SnapshotCatalog }[];
  /** an older packet of an organisation that has a newer one among the sources */
  superseded: { organization: string; source: string; generated: string }[];
  rejected: RejectedSource[];
  /** the 通报 list: organisations lagging, with why */
  notice: { organization: string; reasons: NoticeReason[]; percent: number | null }[];
}
