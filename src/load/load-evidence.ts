import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/diagnostic.js';
import { indicatorIdFromFolder } from '../model/indicator-id.js';
import { materialNumbers } from '../model/material-numbers.js';
import { evidenceIndexSchema, type MaterialEntry } from '../model/schemas/evidence-index.js';
import { walkTree } from '../util/walk-tree.js';
import { parseYaml } from './parse-yaml.js';
import type { SourceMap } from './source-map.js';

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

/** Everything under evidence/, read from disk once; the checks work on this alone. */
export interface EvidenceTree {
  files: EvidenceFile[];
  folders: EvidenceFolder[];
  /** files lying directly in evidence/ */
  stray: EvidenceFile[];
  /** by folder name: its index.yaml, when it has a usable one */
  exceptions: Map<string, FolderExceptions>;
  /** problems reading index.yaml files and 情况说明 sources */
  diagnostics: Diagnostic[];
}

/**
 * The most entries one folder under evidence/ may hold. A material folder of scanned case files
 * holds hundreds; 10,000 identical one-page PDFs take about 25 s and 160 MB to check. Beyond it
 * the folder gets `folder-too-many-files` and only its first 10,000 entries (by name) are examined,
 * so a folder of 100,000 files costs no more than one of 10,000.
 */
export const MAX_FOLDER_ENTRIES = 10_000;

/** Operating-system litter that is never evidence and never worth a finding. */
const IGNORED = /^(?:\.DS_Store|Thumbs\.db|desktop\.ini|\.gitkeep|\.gitignore|~\$.*|\._.*)$/i;

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

/** Where a link points, and whether that is outside the workspace. Never followed. */
function linkTarget(abs: string, root: string): { target: string; outside: boolean } {
  let target = '';
  try {
    target = fs.readlinkSync(abs);
  } catch {
    /* unreadable link: still reported */
  }
  const fromRoot = path.relative(root, path.resolve(path.dirname(abs), target));
  return { target, outside: fromRoot.startsWith('..') || path.isAbsolute(fromRoot) };
}

/**
 * List every file under `<root>/evidence`, mapped to its indicator and material(s), with each
 * folder's index.yaml parsed (registered in `sources` so findings can point into it) and the text
 * of every 情况说明 source. Symlinks are listed, never followed.
 */
export function loadEvidence(root: string, sources: SourceMap): EvidenceTree {
  const base = path.join(root, 'evidence');
  const files: EvidenceFile[] = [];
  const stray: EvidenceFile[] = [];
  const folders: EvidenceFolder[] = [];
  const exceptions = new Map<string, FolderExceptions>();
  const diagnostics: Diagnostic[] = [];
  if (!fs.existsSync(base)) return { files, folders, stray, exceptions, diagnostics };
  const ignored = (name: string): boolean => IGNORED.test(name);
  walkTree(
    base,
    (abs, _rel, st) => {
      if (st.isDirectory() && path.dirname(abs) === base)
        folders.push({ name: path.basename(abs), indicator: indicatorIdFromFolder(path.basename(abs)) });
      if (st.isSymbolicLink()) visitFile(abs, st, linkTarget(abs, root));
      else if (st.isFile()) visitFile(abs, st, null);
    },
    ignored,
    {
      maxEntries: MAX_FOLDER_ENTRIES,
      onTooMany: (_abs, rel, count) => {
        const dir = rel ? `evidence/${rel}` : 'evidence';
        const { indicator } = placeEvidencePath(`${dir}/x`);
        diagnostics.push(diag('folder-too-many-files', { count, limit: MAX_FOLDER_ENTRIES }, { file: dir, indicator, folder: true }));
      },
    },
  );
  return { files, folders, stray, exceptions, diagnostics };

  function visitFile(abs: string, st: fs.Stats, symlink: EvidenceFile['symlink']): void {
    const rel = path.relative(root, abs).split(path.sep).join('/');
    const place = placeEvidencePath(rel);
    const { folder } = place;
    const file: EvidenceFile = {
      rel,
      abs,
      ...place,
      symlink,
      size: st.size,
      mtimeMs: st.mtimeMs,
      ctimeMs: st.ctimeMs,
      ino: st.ino,
    };
    if (!folder) {
      if (rel.toLowerCase() !== 'evidence/readme.md') stray.push(file);
      return;
    }
    if (file.kind === 'statement' && !symlink) readStatement(file, diagnostics);
    if (file.kind === 'index' && !symlink) {
      const ex = readExceptions(abs, `evidence/${folder}/index.yaml`, sources, diagnostics);
      if (ex) exceptions.set(folder, ex);
    }
    files.push(file);
  }
}

function readStatement(file: EvidenceFile, diagnostics: Diagnostic[]): void {
  try {
    file.text = fs.readFileSync(file.abs, 'utf8');
  } catch (e) {
    file.text = null;
    file.readError = (e as NodeJS.ErrnoException).code ?? '';
    diagnostics.push(diag('file-unreadable', { detail: file.readError }, { file: file.rel, indicator: file.indicator }));
  }
}

function readExceptions(abs: string, file: string, sources: SourceMap, diagnostics: Diagnostic[]): FolderExceptions | null {
  let text: string;
  try {
    text = fs.readFileSync(abs, 'utf8');
  } catch (e) {
    diagnostics.push(diag('file-unreadable', { detail: (e as NodeJS.ErrnoException).code ?? '' }, { file }));
    return null;
  }
  const parsed = parseYaml(text, file, evidenceIndexSchema);
  diagnostics.push(...parsed.diagnostics);
  sources.add(file, parsed.doc, parsed.lineCounter);
  if (!parsed.value) return null;
  const byMaterial = new Map<number, MaterialEntry>();
  for (const [k, v] of Object.entries(parsed.value.materials)) byMaterial.set(Number(k), v);
  return { file, byMaterial };
}
