import type { MaterialCoverage } from './coverage.js';

/**
 * One organisation's figures as `ledger rollup` merges them, whatever they were read from: a packet
 * (`ledger pack`), a workspace folder, or a git source. This is the contract between the readers
 * (load/rollup/…, the git reader) and the merge (check/rollup/rollup-snapshots.ts): fields are
 * only ever added.
 */

/**
 * How the figures were counted: 'verdicts' — the organisation's own check judged every file (a
 * packet, a workspace folder); 'file-names' — only the names were read (a git source read without
 * its PDF blobs), so a broken PDF still counts.
 */
export type CountedBy = 'verdicts' | 'file-names';

/** The catalog the organisation's workspace pins, with the digest of its content (catalogDigest). */
export interface SnapshotCatalog {
  name: string;
  version: string;
  /** SHA-256 of the catalog's canonical content (model/catalog-identity.ts catalogDigest) */
  sha256: string;
}

/** One material of one indicator, as the organisation covers it. */
export interface SnapshotMaterial {
  no: number;
  covered: boolean;
  /** what covers it (MaterialCoverage['by']); null: nothing */
  by: MaterialCoverage['by'];
  /** files that count for it */
  files: number;
  /** files named for it that do not count (broken, encrypted, 涉密…) */
  rejected: number;
}

/** One indicator of the catalog as the organisation stands on it. Materials of a merged cell count at `owner`. */
export interface SnapshotIndicator {
  id: string;
  /** the indicator whose folder holds the evidence (itself unless its materials cell is merged) */
  owner: string;
  /** 材料齐全 */
  complete: boolean;
  materials: SnapshotMaterial[];
  /** the organisation's units that carry it as lead (牵头) */
  lead: string[];
  /** the organisation's units that cooperate on it (配合) */
  cooperate: string[];
  /** the catalog's printed lead departments (牵头单位 of the city); absent from a source that does not know them */
  leadDepartments?: string[];
}

/** One unit's line (the organisation's own units), as `status` counts it. */
export interface SnapshotUnit {
  id: string;
  name: string;
  indicators: number;
  covered: number;
  required: number;
  complete: number;
  ledgerDone: number;
  errors: number;
  /** named in the organisation's own 通报 (无进展) */
  stalled: boolean;
}

/** The check's findings, counted: the full list stays in the packet. */
export interface SnapshotFindings {
  errors: number;
  warnings: number;
  /** per diagnostic code: how many */
  byCode: Record<string, number>;
}

/** One evidence file: which indicator, material(s) and unit it covers. */
export interface ManifestEntry {
  /** relative to the workspace, `/`-separated */
  path: string;
  size: number;
  /** SHA-256 of the content; null when only the name was read (a git source without blobs) */
  sha256: string | null;
  indicator: string | null;
  materials: number[];
  /** the unit it was filed by (a unit subfolder on a shared indicator); null: the indicator's own */
  unit: string | null;
}

export interface OrgSnapshot {
  /** ledger.yaml `organization` */
  organization: string;
  /** where it was read from, as the user gave it (a packet path, a folder, a git URL) */
  source: string;
  catalog: SnapshotCatalog;
  /** the ledger version that produced the figures */
  tool: string;
  /** the workspace's git commit; null outside git */
  commit: string | null;
  /** that commit's day, YYYY-MM-DD; null outside git */
  commitDate: string | null;
  /** the day the figures are of, YYYY-MM-DD (LEDGER_TODAY or the commit's day, never the wall clock) */
  generated: string;
  countedBy: CountedBy;
  /** the organisation's monthly due day (ledger.yaml monthly_due_day) */
  monthlyDueDay: number;
  totals: {
    indicators: number;
    complete: number;
    materials: { covered: number; required: number };
    errors: number;
    warnings: number;
  };
  /** every indicator of the catalog, in catalog order */
  indicators: SnapshotIndicator[];
  units: SnapshotUnit[];
  findings: SnapshotFindings;
  files: ManifestEntry[];
}

/** A source that could not be merged at all (unreadable, fails verification), named in the roll-up. */
export interface RejectedSource {
  source: string;
  /** a stable reason code: 'verify-failed', 'unreadable', 'not-a-source' */
  reason: string;
  detail: string;
}

export interface RollupOptions {
  /** YYYY-MM-DD: staleness counts from here (LEDGER_TODAY) */
  today: string;
  /** the due day the roll-up counts staleness against (default: the majority's monthlyDueDay, else 4) */
  monthlyDueDay?: number;
  /** the catalog every source must be on; default: the majority's (name, version, sha256) */
  catalog?: { name: string; version: string; sha256?: string };
  /** sources that could not be read, to be named */
  rejected?: RejectedSource[];
}
