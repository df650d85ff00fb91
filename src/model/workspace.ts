import type { ResponsibilitiesFile } from './schemas/responsibilities.js';
import type { CatalogNotesFile } from './schemas/catalog-notes.js';
import type { Document } from 'yaml';
import type { Catalog } from './catalog.js';
import type { ProblemList } from './problems.js';
import type { AssignmentsFile } from './schemas/assignments.js';
import type { LedgerConfig } from './schemas/ledger-config.js';
import type { UnitsFile } from './schemas/units.js';
import type { SourceMap } from './source-map.js';
import type { UnitIndex } from './units.js';

export interface UnitAssignments {
  /** workspace-relative file */
  file: string;
  /** the unit id the file name gives */
  fileUnit: string;
  value: AssignmentsFile;
  doc: Document;
}

export interface Workspace {
  root: string;
  config: LedgerConfig;
  unitsFile: UnitsFile | null;
  units: UnitIndex;
  catalog: Catalog;
  /** whether the catalog came from the workspace's own `indicators/` (the layout before responsibilities.yaml) */
  catalogIsLocal: boolean;
  /** responsibilities.yaml as written (null: none, or a workspace of the earlier layout) */
  responsibilities?: ResponsibilitiesFile | null;
  /** catalog-notes.yaml, the organisation's annotations of the pinned catalog (null: none) */
  catalogNotes?: CatalogNotesFile | null;
  assignments: UnitAssignments[];
  /** unit ids (from file names) whose assignments file exists but could not be used */
  unreadableAssignments: Set<string>;
  /** problems.yaml (the 整改 problem list); null when the workspace has none */
  problems: ProblemList | null;
  sources: SourceMap;
}

/** The largest file read as evidence (`rules.max_pdf_mb`): past it only the size is reported. */
export const maxEvidenceBytes = (ws: Pick<Workspace, 'config'>): number => ws.config.rules.max_pdf_mb * 1048576;
