import { diag, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { EvidenceFile, EvidenceTree, FolderExceptions } from '../../load/load-evidence.js';
import type { Workspace } from '../../load/load-workspace.js';
import { evidenceOwner as ownerOf, materialsOf, type Catalog, type CatalogEntry } from '../../model/catalog.js';
import type { IndicatorCoverage } from '../../model/coverage.js';
import { folderIdFor } from '../../model/indicator-id.js';
import { MAX_PATH_CHARS } from '../../model/file-names.js';
import { suggestMaterialName } from '../../model/material-numbers.js';
import { computeCoverage, type CoveringFile } from './coverage-rules.js';
import { duplicateFindings } from './duplicate-rules.js';
import { extensionFinding, imageFindings } from './image-rules.js';
import type { InspectedFiles } from './inspect-evidence.js';
import { linkFindings, type LinkProbe } from './link-rules.js';
import { nameFindings } from './name-rules.js';
import { pdfFindings, sizeFinding } from './pdf-rules.js';
import { statementFindings } from './statement-rules.js';

export interface EvidenceResult {
  diagnostics: Diagnostic[];
  /** every indicator that takes materials, by id */
  coverage: Map<string, IndicatorCoverage>;
}

/** Folder names of the indicators whose folder holds evidence (merged cells and 否决项 have none). */
function evidenceFolders(catalog: Catalog, tree: EvidenceTree): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of tree.folders) {
    const entry = f.indicator ? catalog.byId.get(f.indicator) : undefined;
    if (entry && entry.materialsFrom === undefined && entry.materials.length > 0) out.set(entry.id, [...(out.get(entry.id) ?? []), f.name]);
  }
  return out;
}

/** The files in a folder that holds evidence. */
function filesInEvidenceFolders(tree: EvidenceTree, folders: Map<string, string[]>): EvidenceFile[] {
  return tree.files.filter((f) => f.indicator !== null && folders.get(f.indicator)?.includes(f.folder));
}

/** The largest file read as evidence (`rules.max_pdf_mb`): past it only the size is reported. */
const maxEvidenceBytes = (ws: Workspace): number => ws.config.rules.max_pdf_mb * 1048576;

/**
 * The files the inspection step must read: every document in an evidence folder, symlinks excepted.
 * A file over the size limit is not read at all (not parsed, not hashed): its limit finding says enough.
 */
export function documentsToInspect(ws: Workspace, tree: EvidenceTree): EvidenceFile[] {
  const max = maxEvidenceBytes(ws);
  return filesInEvidenceFolders(tree, evidenceFolders(ws.catalog, tree)).filter(
    (f) => f.kind === 'document' && !f.symlink && !f.nameNotUtf8 && f.size <= max,
  );
}

/**
 * The files 初评 reviews name, as the evidence tree lists them (links excepted): only these are
 * hashed to tell whether a reviewed material changed. A named path the tree does not hold — gone,
 * or outside evidence/ altogether — is never opened.
 */
export function filesNamedInReviews(ws: Workspace, tree: EvidenceTree): EvidenceFile[] {
  const named = new Set<string>();
  for (const ex of tree.exceptions.values())
    for (const entry of ex.byMaterial.values()) for (const rel of Object.keys(entry.review?.files ?? {})) named.add(rel);
  // One over the size limit is not hashed: it no longer counts, so the review is stale anyway.
  const max = maxEvidenceBytes(ws);
  return tree.files.filter((f) => named.has(f.rel) && !f.symlink && f.size <= max);
}

/** Findings about the evidence folders themselves: unknown, duplicate, or a merged indicator's. */
function folderFindings(catalog: Catalog, tree: EvidenceTree, folders: Map<string, string[]>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of tree.folders) {
    const at = { file: `evidence/${f.name}`, folder: true };
    const entry = f.indicator ? catalog.byId.get(f.indicator) : undefined;
    if (entry?.materialsFrom !== undefined) {
      // 48 is evidenced in 047/, 92–94 in 091/: files here would be silently ignored.
      const owner = entry.materialsFrom;
      out.push(diag('evidence-folder-merged', { id: entry.id, owner, folder: folderIdFor(owner) }, { ...at, indicator: entry.id }));
    } else if (!entry || entry.materials.length === 0) {
      const suggestion = /^\d{1,2}(?:-.*)?$/.test(f.name) ? f.name.replace(/^\d+/, (n) => n.padStart(3, '0')) : undefined;
      out.push(diag('evidence-folder-unknown', { folder: f.name, suggestion }, at));
    }
  }
  for (const [id, names] of folders) {
    if (names.length > 1) {
      out.push(
        diag('evidence-folder-duplicate', { id, folders: names.join(', ') }, { file: `evidence/${names[1]}`, indicator: id, folder: true }),
      );
    }
  }
  return out;
}

/** Name findings of every folder on a file's path (once each), then of the file. */
function pathFindings(files: EvidenceFile[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const checkedDirs = new Set<string>();
  for (const f of files) {
    const segments = [f.folder, ...f.inner];
    segments.slice(0, -1).forEach((seg, i) => {
      const dir = ['evidence', ...segments.slice(0, i + 1)].join('/');
      if (checkedDirs.has(dir)) return;
      checkedDirs.add(dir);
      out.push(...nameFindings([seg], { file: dir, indicator: f.indicator, folder: true }));
    });
    const at = { file: f.rel, indicator: f.indicator, material: soleMaterial(f) };
    out.push(...nameFindings([segments[segments.length - 1]!], at));
    if (f.rel.length > MAX_PATH_CHARS) out.push(diag('path-too-long', { length: f.rel.length }, at));
  }
  return out;
}

/** Litter to delete (an error when its name carries a marking), and names that are not UTF-8. */
function litterAndEncodingFindings(tree: EvidenceTree): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const l of tree.litter) {
    const at = { file: l.rel, indicator: l.indicator };
    out.push(diag('file-litter', { name: l.name }, at), ...nameFindings([l.name], at).filter((d) => d.code === 'confidential-marking'));
  }
  for (const n of tree.notUtf8)
    out.push(diag('filename-not-utf8', { name: n.name }, { file: n.rel, indicator: n.indicator, folder: n.folder }));
  return out;
}

/** Findings about a folder's name that rule out what is inside it. */
const FOLDER_NAME_CODES = new Set(['filename-unsafe', 'confidential-marking', 'file-unassigned', 'symlink', 'filename-not-utf8']);

const soleMaterial = (f: EvidenceFile): number | null => (f.materials?.length === 1 ? f.materials[0]! : null);

/** Files that cannot be placed: no material number, a number the indicator does not have, a link. */
function placementFindings(catalog: Catalog, f: EvidenceFile, entry: CatalogEntry): Diagnostic[] {
  const at = { file: f.rel, indicator: f.indicator, material: soleMaterial(f) };
  if (f.symlink) {
    // A link out of the workspace may expose anything; one inside only breaks on Windows checkouts.
    const severity = f.symlink.outside ? 'error' : 'warning';
    return [diag('symlink', { target: f.symlink.target, outside: f.symlink.outside ? 'yes' : 'no' }, { ...at, severity })];
  }
  if (f.kind === 'index' || f.kind === 'readme') return [];
  const count = materialsOf(catalog, entry).length;
  if (f.materials === null) {
    // A file inside an unnumbered subfolder: the folder is what lacks the number.
    const name = f.inner[0] ?? '';
    const blame = f.inner.length > 1 ? { file: `evidence/${f.folder}/${name}`, folder: true } : {};
    const args = { name, inFolder: f.inner.length > 1 ? 'yes' : 'no', suggestion: suggestMaterialName(name, count) };
    return [diag('file-unassigned', args, { ...at, ...blame })];
  }
  return f.materials
    .filter((n) => n > count)
    .map((m) => diag('material-unknown', { id: ownerOf(entry), material: m, count }, { ...at, material: m }));
}

/**
 * Every evidence finding and the coverage of every material, from the loaded tree and what the
 * inspection step found. Pure: reads nothing from disk. A file with an error-level finding of its
 * own never covers a material; it is listed as rejected, with that finding.
 */
export function checkEvidence(
  ws: Workspace,
  tree: EvidenceTree,
  inspected: InspectedFiles,
  probes?: Map<string, LinkProbe>,
  today?: string,
): EvidenceResult {
  const { catalog } = ws;
  const folders = evidenceFolders(catalog, tree);
  const out: Diagnostic[] = [...tree.diagnostics, ...folderFindings(catalog, tree, folders)];
  for (const f of tree.stray) out.push(diag('file-unassigned', { name: f.rel.split('/').pop() ?? '', inFolder: 'no' }, { file: f.rel }));
  out.push(...litterAndEncodingFindings(tree));

  const files = filesInEvidenceFolders(tree, folders);
  const inFolders = new Set(files);
  // Names outside the evidence folders are judged too: a 涉密 marking is never hidden by a wrong place.
  out.push(...pathFindings([...files, ...tree.files.filter((f) => !inFolders.has(f))]));
  for (const f of tree.stray) out.push(...nameFindings([f.rel.split('/').pop() ?? ''], { file: f.rel }));
  for (const f of files) out.push(...placementFindings(catalog, f, catalog.byId.get(f.indicator!)!));

  const documents = files.filter((f) => f.kind === 'document' && !f.symlink && f.materials !== null);
  const rules = { maxBytes: maxEvidenceBytes(ws), evidenceSince: ws.config.evidence_since, ...(today ? { today } : {}) };
  for (const f of documents) {
    const at = { file: f.rel, indicator: f.indicator, material: soleMaterial(f) };
    const name = f.inner[f.inner.length - 1] ?? '';
    // Not read past the limit, and what could not be opened is said as such (not "not a PDF").
    if (f.size > rules.maxBytes) {
      out.push(sizeFinding(f.size, rules, at)!);
      continue;
    }
    const cannotRead = inspected.unreadable.get(f.rel);
    if (cannotRead) {
      out.push(diag('file-unreadable', { detail: cannotRead }, at));
      continue;
    }
    const img = inspected.image.get(f.rel);
    if (img) {
      out.push(...imageFindings(img, f.size, name, rules, at));
      continue;
    }
    const r = inspected.pdf.get(f.rel);
    if (!r) continue; // not inspected: cannot happen when the inspection step was given documentsToInspect
    out.push(...pdfFindings(r, f.size, name, rules, at, inspected.head.get(f.rel)).diagnostics);
    const ext = r.isPdf ? extensionFinding('pdf', name, at) : null;
    if (ext) out.push(ext);
  }
  const statements = files.filter((f) => f.kind === 'statement' && !f.symlink && f.materials !== null);
  out.push(...statementFindings(statements, ws.config.rules.statement_max_chars));
  out.push(...duplicateFindings(documents, inspected.sha256));

  // The first error-level finding of each file, or of a folder on its path, rules it out.
  const firstError = new Map<string, Diagnostic>();
  for (const d of out) if (d.severity === 'error' && d.file && !firstError.has(d.file)) firstError.set(d.file, d);
  const errorOf = (f: EvidenceFile): Diagnostic | undefined => {
    const own = firstError.get(f.rel);
    if (own) return own;
    // A folder on the path whose name is the problem (unsafe, 涉密, unnumbered) takes its files with it.
    const parts = f.rel.split('/');
    for (let n = parts.length - 1; n >= 2; n--) {
      const hit = firstError.get(parts.slice(0, n).join('/'));
      // The indicator folder's own name rules its files out only when it cannot even be opened by that name.
      if (hit && FOLDER_NAME_CODES.has(hit.code) && (n >= 3 || hit.code === 'filename-not-utf8')) return hit;
    }
    return undefined;
  };
  const covering: CoveringFile[] = [];
  for (const f of [...documents, ...statements]) {
    if (f.kind === 'statement' && typeof f.text !== 'string') continue;
    const owner = ownerOf(catalog.byId.get(f.indicator!)!);
    const error = errorOf(f);
    covering.push({
      rel: f.rel,
      owner,
      materials: f.materials!,
      kind: f.kind === 'statement' ? 'statement' : inspected.image.has(f.rel) ? 'image' : 'pdf',
      pages: inspected.pdf.get(f.rel)?.pages ?? null,
      rejectedBy: error ? { code: error.code, args: error.args } : null,
    });
  }

  const exceptions = new Map<string, FolderExceptions>();
  for (const [id, names] of folders) {
    for (const name of names) {
      const ex = tree.exceptions.get(name);
      if (ex) exceptions.set(id, ex);
    }
  }
  const folderOf = (id: string): string => folders.get(id)?.[0] ?? folderIdFor(id);
  const links = linkFindings(ws, exceptions, probes);
  out.push(...links.diagnostics);
  const validLinks = (owner: string, no: number) => links.valid.get(owner)?.get(no) ?? [];
  const { coverage, diagnostics } = computeCoverage(ws, covering, exceptions, folderOf, inspected.sha256, validLinks);
  out.push(...diagnostics);
  return { diagnostics: out, coverage };
}
