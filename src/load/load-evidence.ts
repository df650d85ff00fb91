import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/diagnostic.js';
import { evidenceIndexSchema, type MaterialEntry } from '../model/schemas/evidence-index.js';
import {
  placeEvidencePath,
  type EvidenceFile,
  type EvidenceFolder,
  type EvidenceTree,
  type FolderExceptions,
  type NamedEntry,
} from '../model/evidence-tree.js';
import { entryKind, MAX_STATEMENT_BYTES, MAX_YAML_BYTES } from '../util/read-safely.js';
import { walkTree } from '../util/walk-tree.js';
import { indicatorIdFromFolder } from '../model/indicator-id.js';
import { linkLeavesWorkspace, readWorkspaceText, workspaceFolder } from './read-workspace-file.js';
import { parseYaml } from './parse-yaml.js';
import type { SourceMap } from '../model/source-map.js';

/**
 * The most entries one folder under evidence/ may hold. A material folder of scanned case files
 * holds hundreds; 10,000 identical one-page PDFs take about 25 s and 160 MB to check. Beyond it
 * the folder gets `folder-too-many-files` and only its first 10,000 entries (by name) are examined,
 * so a folder of 100,000 files costs no more than one of 10,000.
 */
export const MAX_FOLDER_ENTRIES = 10_000;

/** Files that keep an empty folder in git: never a finding. */
const SILENT = /^\.git(?:keep|ignore)$/i;
/** Operating-system and editor litter: never evidence, always worth deleting (and it may carry a marking: `._机密.pdf`). */
const LITTER = /^(?:\.DS_Store|Thumbs\.db|desktop\.ini|~\$.*|\._.*)$/i;

/**
 * List every file under `<root>/evidence`, mapped to its indicator and material(s), with each
 * folder's index.yaml parsed (registered in `sources` so findings can point into it) and the text
 * of every 情况说明 source. Symlinks are listed, never followed.
 */
export function loadEvidence(root: string, sources: SourceMap): EvidenceTree {
  const base = path.join(root, 'evidence');
  const tree: EvidenceTree = { files: [], folders: [], stray: [], litter: [], notUtf8: [], exceptions: new Map(), diagnostics: [] };
  const { files, folders, stray, exceptions, diagnostics } = tree;
  const top = workspaceFolder(root, 'evidence');
  if (top !== 'folder') {
    if (top !== 'absent') diagnostics.push(top);
    return tree;
  }
  walkTree(
    base,
    (abs, walkRel, st, entry) => {
      const rel = `evidence/${walkRel}`;
      const name = path.basename(abs);
      const placed = placeEvidencePath(st.isDirectory() ? `${rel}/-` : rel);
      if (entry.nameNotUtf8) tree.notUtf8.push({ rel, name, indicator: placed.indicator, folder: st.isDirectory() });
      if (st.isDirectory()) {
        if (path.dirname(abs) === base) folders.push({ name, indicator: indicatorIdFromFolder(name) });
        return;
      }
      if (SILENT.test(name)) return;
      if (LITTER.test(name)) {
        tree.litter.push({ rel, name, indicator: placed.indicator, folder: false });
        return;
      }
      if (st.isSymbolicLink()) visitFile(abs, rel, st, { target: readLink(entry.raw), outside: false }, entry.pathNotUtf8);
      else if (st.isFile()) visitFile(abs, rel, st, null, entry.pathNotUtf8);
      else
        diagnostics.push(diag('file-not-regular', { kind: entryKind(st), expected: 'file' }, { file: rel, indicator: placed.indicator }));
    },
    undefined,
    {
      maxEntries: MAX_FOLDER_ENTRIES,
      onTooMany: (_abs, walkRel, count) => {
        const dir = walkRel ? `evidence/${walkRel}` : 'evidence';
        const { indicator } = placeEvidencePath(`${dir}/x`);
        diagnostics.push(diag('folder-too-many-files', { count, limit: MAX_FOLDER_ENTRIES }, { file: dir, indicator, folder: true }));
      },
    },
  );
  return tree;

  function visitFile(abs: string, rel: string, st: fs.Stats, symlink: EvidenceFile['symlink'], nameNotUtf8: boolean): void {
    if (symlink) symlink.outside = linkLeavesWorkspace(root, abs, symlink.target);
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
      ...(nameNotUtf8 ? { nameNotUtf8 } : {}),
    };
    if (!folder) {
      if (rel.toLowerCase() !== 'evidence/readme.md') stray.push(file);
      return;
    }
    // A name that is not UTF-8 cannot be opened by the path shown; its finding rules the file out.
    if (file.kind === 'statement' && !symlink && !nameNotUtf8) readStatement(root, file, diagnostics);
    if (file.kind === 'index' && !symlink && !nameNotUtf8) {
      const ex = readExceptions(root, `evidence/${folder}/index.yaml`, sources, diagnostics);
      if (ex) exceptions.set(folder, ex);
    }
    files.push(file);
  }
}

function readStatement(root: string, file: EvidenceFile, diagnostics: Diagnostic[]): void {
  const read = readWorkspaceText(root, file.rel, MAX_STATEMENT_BYTES, { indicator: file.indicator, material: file.materials?.[0] ?? null });
  if (read.finding) {
    file.text = null;
    file.readError = read.finding.code;
    diagnostics.push(read.finding);
  } else file.text = read.text;
}

function readExceptions(root: string, file: string, sources: SourceMap, diagnostics: Diagnostic[]): FolderExceptions | null {
  const read = readWorkspaceText(root, file, MAX_YAML_BYTES);
  if (read.finding) {
    diagnostics.push(read.finding);
    return null;
  }
  const parsed = parseYaml(read.text, file, evidenceIndexSchema);
  diagnostics.push(...parsed.diagnostics);
  sources.add(file, parsed.doc, parsed.lineCounter);
  if (!parsed.value) return null;
  const byMaterial = new Map<number, MaterialEntry>();
  for (const [k, v] of Object.entries(parsed.value.materials)) byMaterial.set(Number(k), v);
  return { file, byMaterial };
}

function readLink(raw: Buffer): string {
  try {
    return fs.readlinkSync(raw, 'utf8');
  } catch {
    return ''; // unreadable link: still reported
  }
}
