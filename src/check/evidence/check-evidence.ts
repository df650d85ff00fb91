import { diag, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { EvidenceFile, EvidenceTree, FolderExceptions } from '../../load/load-evidence.js';
import type { Workspace } from '../../load/load-workspace.js';
import { evidenceOwner as ownerOf, materialsOf, type Catalog } from '../../model/catalog.js';
import type { IndicatorCoverage } from '../../model/coverage.js';
import { folderIdFor } from '../../model/indicator-id.js';
import { computeCoverage, type CoveringFile } from './coverage-rules.js';
import { duplicateFindings } from './duplicate-rules.js';
import type { InspectedFiles } from './inspect-evidence.js';
import { nameFindings } from './name-rules.js';
import { pdfFindings } from './pdf-rules.js';
import { statementFindings } from './statement-rules.js';

/** Which indicators a run judges: all, some (one unit's, `--indicator`), or those a change touched. */
export interface EvidenceScope {
  /** only these indicators; null for all */
  only: Set<string> | null;
  /** indicators whose evidence changed since the `--changed` ref; null when not limited by git */
  changed: Set<string> | null;
}

export interface EvidenceResult {
  diagnostics: Diagnostic[];
  coverage: Map<string, IndicatorCoverage>;
  /** indicators whose evidence was examined (all when not limited by --changed) */
  examined: Set<string>;
}

/** Whether an indicator's evidence is judged. A change to a merged-cell indicator's folder touches its owner and vice versa. */
export function inScope(catalog: Catalog, scope: EvidenceScope, id: string | null): boolean {
  const { only, changed } = scope;
  if (only && (id === null || !only.has(id))) return false;
  if (!changed) return true;
  if (id === null) return false;
  const e = catalog.byId.get(id);
  return (
    changed.has(id) ||
    (e !== undefined && changed.has(ownerOf(e))) ||
    catalog.entries.some((x) => x.materialsFrom === id && changed.has(x.id))
  );
}

/** Folder names by the indicator they belong to, for indicators that take evidence. */
function foldersByIndicator(catalog: Catalog, tree: EvidenceTree): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of tree.folders) {
    const entry = f.indicator ? catalog.byId.get(f.indicator) : undefined;
    if (entry && materialsOf(catalog, entry).length > 0) out.set(entry.id, [...(out.get(entry.id) ?? []), f.name]);
  }
  return out;
}

/** The files in scope that sit in a known indicator's folder. */
function filesInScope(ws: Workspace, tree: EvidenceTree, scope: EvidenceScope): EvidenceFile[] {
  const folders = foldersByIndicator(ws.catalog, tree);
  return tree.files.filter((f) => f.indicator !== null && folders.has(f.indicator) && inScope(ws.catalog, scope, f.indicator));
}

/** The files the inspection step must read: documents (PDF or not) in scope, symlinks excepted. */
export function documentsToInspect(ws: Workspace, tree: EvidenceTree, scope: EvidenceScope): EvidenceFile[] {
  return filesInScope(ws, tree, scope).filter((f) => f.kind === 'document' && !f.symlink);
}

/**
 * Every evidence finding and the coverage of every material, from the loaded tree and what the
 * inspection step found. Pure: reads nothing from disk.
 */
export function checkEvidence(ws: Workspace, tree: EvidenceTree, inspected: InspectedFiles, scope: EvidenceScope): EvidenceResult {
  const out: Diagnostic[] = [...tree.diagnostics];
  const { catalog } = ws;
  const limited = scope.changed !== null || scope.only !== null;
  const folders = foldersByIndicator(catalog, tree);

  // Folders: each must belong to an indicator that takes evidence, once.
  for (const f of tree.folders) {
    const entry = f.indicator ? catalog.byId.get(f.indicator) : undefined;
    if ((!entry || materialsOf(catalog, entry).length === 0) && !limited) {
      out.push(diag('evidence-folder-unknown', { folder: f.name }, { file: `evidence/${f.name}` }));
    }
  }
  for (const [id, names] of folders) {
    if (names.length > 1 && inScope(catalog, scope, id)) {
      out.push(diag('evidence-folder-duplicate', { id, folders: names.join(', ') }, { file: `evidence/${names[1]}`, indicator: id }));
    }
  }
  const exceptions = new Map<string, FolderExceptions>();
  for (const [id, names] of folders) {
    for (const name of names) {
      const ex = tree.exceptions.get(name);
      if (ex) exceptions.set(id, ex);
    }
  }

  for (const f of tree.stray) out.push(diag('file-unassigned', {}, { file: f.rel }));

  const files = filesInScope(ws, tree, scope);
  const checkedDirs = new Set<string>();
  const documents: EvidenceFile[] = [];
  for (const f of files) {
    const at = { file: f.rel, indicator: f.indicator, material: f.materials?.length === 1 ? f.materials[0]! : null };
    // Names of folders on the path are checked once each.
    const segments = [f.folder, ...f.inner];
    segments.slice(0, -1).forEach((seg, i) => {
      const dir = ['evidence', ...segments.slice(0, i + 1)].join('/');
      if (checkedDirs.has(dir)) return;
      checkedDirs.add(dir);
      out.push(...nameFindings([seg], { file: dir, indicator: f.indicator }));
    });
    out.push(...nameFindings([segments[segments.length - 1]!], at));
    if (f.symlink) {
      // A link out of the workspace may expose anything; one inside only breaks on Windows checkouts.
      const severity = f.symlink.outside ? 'error' : 'warning';
      out.push(diag('symlink', { target: f.symlink.target, outside: f.symlink.outside ? 'yes' : 'no' }, { ...at, severity }));
      continue;
    }
    if (f.kind === 'index' || f.kind === 'readme') continue;
    const entry = catalog.byId.get(f.indicator!)!;
    const count = materialsOf(catalog, entry).length;
    if (f.materials === null) out.push(diag('file-unassigned', {}, at));
    else
      for (const m of f.materials.filter((n) => n > count))
        out.push(diag('material-unknown', { id: ownerOf(entry), material: m, count }, { ...at, material: m }));
    if (f.kind === 'document') documents.push(f);
  }

  const rules = { maxBytes: ws.config.rules.max_pdf_mb * 1048576, evidenceSince: ws.config.evidence_since };
  const covering: CoveringFile[] = [];
  for (const f of documents) {
    const at = { file: f.rel, indicator: f.indicator, material: f.materials?.length === 1 ? f.materials[0]! : null };
    const r = inspected.pdf.get(f.rel);
    if (!r) continue; // not inspected: cannot happen when the inspection step was given documentsToInspect
    const found = pdfFindings(r, f.size, f.inner[f.inner.length - 1] ?? '', rules, at, inspected.head.get(f.rel));
    out.push(...found.diagnostics);
    if (f.materials)
      covering.push({
        rel: f.rel,
        owner: ownerOf(entryOf(catalog, f)),
        materials: f.materials,
        kind: 'document',
        pages: r.pages,
        valid: found.valid,
      });
  }
  const statements = files.filter((f) => f.kind === 'statement' && !f.symlink);
  out.push(...statementFindings(statements, ws.config.rules.statement_max_chars));
  for (const f of statements) {
    if (f.materials && typeof f.text === 'string')
      covering.push({
        rel: f.rel,
        owner: ownerOf(entryOf(catalog, f)),
        materials: f.materials,
        kind: 'statement',
        pages: null,
        valid: true,
      });
  }

  out.push(...duplicateFindings(documents, inspected.sha256));

  const examined = new Set(catalog.entries.filter((e) => inScope(catalog, scope, e.id)).map((e) => e.id));
  const { coverage, diagnostics } = computeCoverage(ws, covering, exceptions, examined, (id) => folders.get(id)?.[0] ?? folderIdFor(id));
  out.push(...diagnostics);
  return { diagnostics: out, coverage, examined };
}

function entryOf(catalog: Catalog, f: EvidenceFile) {
  return catalog.byId.get(f.indicator!)!;
}
