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
  /** segments below the indicator folder */
  inner: string[];
  /** material numbers the first inner segment names; null when it names none */
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
export type EvidencePlace = Pick<EvidenceFile, 'folder' | 'indicator' | 'inner' | 'materials' | 'kind'>;

/**
 * Read a workspace-relative path below evidence/ (`evidence/009-x/2-典型案例.pdf`) as the
 * indicator folder, the material numbers its first inner segment names and the kind of file.
 * The one reading of a name: the check uses it on the folder on disk, the trend on a commit's tree.
 */
export function placeEvidencePath(rel: string): EvidencePlace {
  const parts = rel.split('/').slice(1);
  const folder = parts.length > 1 ? parts[0]! : '';
  const inner = parts.slice(1);
  return {
    folder,
    indicator: folder ? indicatorIdFromFolder(folder) : null,
    inner,
    materials: inner.length ? materialNumbers(inner[0]!) : null,
    kind: inner.length ? kindOf(inner) : 'document',
  };
}
