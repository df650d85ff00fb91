import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { indicatorIdFromFolder } from './indicator-id.js';
import { materialNumbers } from './material-numbers.js';
import type { MaterialEntry } from './schemas/evidence-index.js';

export type EvidenceKind = 'document' | 'statement' | 'index' | 'readme';

/** One file found under evidence/. */
export interface EvidenceFile {
  /** workspace-relative, `/`-separated */
  rel: string;
  abs: string;
  /** the indicator folder's name (`009-双随机一公开`) and the id it gives */
  folder: string;
  indicator: string | null;
  /** segments below the indicator folder (a unit folder `@<unit>` among them) */
  inner: string[];
  /** the unit a first inner segment `@<unit>` names, as written (id, name or alias); null outside a unit folder */
  unitFolder: string | null;
  /** material numbers the first inner segment below any unit folder names; null when it names none */
  materials: number[] | null;
  kind: EvidenceKind;
  symlink: { target: string; outside: boolean } | null;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  /** a 情况说明 source's text; null when it could not be read (then `readError` says why) */
  text?: string | null;
  readError?: string;
  /** its name or a folder's above it is not UTF-8: never opened, ruled out by that finding */
  nameNotUtf8?: boolean;
}

/** The exceptions an `evidence/<folder>/index.yaml` records, per material number. */
export interface FolderExceptions {
  /** workspace-relative index.yaml */
  file: string;
  byMaterial: Map<number, MaterialEntry>;
}

export interface EvidenceFolder {
  name: string;
  indicator: string | null;
}

/** A name under evidence/ that is not evidence and not simply ignored. */
export interface NamedEntry {
  /** workspace-relative, names that are not UTF-8 shown decoded as GB18030 */
  rel: string;
  name: string;
  indicator: string | null;
  folder: boolean;
}

/** Everything under evidence/, read from disk once; the checks work on this alone. */
export interface EvidenceTree {
  files: EvidenceFile[];
  folders: EvidenceFolder[];
  /** files lying directly in evidence/ */
  stray: EvidenceFile[];
  /** operating-system and editor litter (`._x`, `~$x`, Thumbs.db…): reported, never evidence */
  litter: NamedEntry[];
  /** files and folders whose own name is not UTF-8 */
  notUtf8: NamedEntry[];
  /** by folder name: its index.yaml, when it has a usable one */
  exceptions: Map<string, FolderExceptions>;
  /** problems reading index.yaml files and 情况说明 sources, and entries that are not files or folders */
  diagnostics: Diagnostic[];
}

function kindOf(inner: string[]): EvidenceKind {
  const name = inner[inner.length - 1] ?? '';
  if (inner.length === 1 && name === 'index.yaml') return 'index';
  if (inner.length === 1 && name.toLowerCase() === 'readme.md') return 'readme';
  if (/\.md$/i.test(name) && name.includes('情况说明')) return 'statement';
  return 'document';
}

/** Where a file under evidence/ belongs, from its path alone. */
export type EvidencePlace = Pick<EvidenceFile, 'folder' | 'indicator' | 'inner' | 'unitFolder' | 'materials' | 'kind'>;

/** The unit a segment `@<unit>` names (`@suo-1`, `@市场监管一所`), or null for any other segment. */
export function unitFolderLabel(segment: string): string | null {
  return segment.length > 1 && segment.startsWith('@') ? segment.slice(1) : null;
}

/**
 * Read a workspace-relative path below evidence/ (`evidence/009-x/2-典型案例.pdf`) as the
 * indicator folder, the unit folder (`evidence/090/@suo-1/2-x.pdf`: a unit's share of a shared
 * indicator, docs/工作区-组织与职责.md), the material numbers the first segment below them names
 * and the kind of file. A unit folder is not a material number: the naming rules start below it.
 * The one reading of a name: the check uses it on the folder on disk, the trend on a commit's tree.
 */
export function placeEvidencePath(rel: string): EvidencePlace {
  const parts = rel.split('/').slice(1);
  const folder = parts.length > 1 ? parts[0]! : '';
  const inner = parts.slice(1);
  const unitFolder = inner.length > 1 ? unitFolderLabel(inner[0]!) : null;
  const named = namedSegments({ inner, unitFolder });
  return {
    folder,
    indicator: folder ? indicatorIdFromFolder(folder) : null,
    inner,
    unitFolder,
    materials: named.length ? materialNumbers(named[0]!) : null,
    kind: inner.length ? kindOf(inner) : 'document',
  };
}

/** The segments where a file's material naming starts: below the indicator folder and its unit folder. */
export function namedSegments(place: Pick<EvidencePlace, 'inner' | 'unitFolder'>): string[] {
  return place.unitFolder === null ? place.inner : place.inner.slice(1);
}
