import fs from 'node:fs';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { diag } from '../../diagnostics/diagnostic.js';
import { evidenceOwner as ownerOf, materialsOf } from '../../model/catalog.js';
import { folderIdFor } from '../../model/indicator-id.js';
import type { Workspace } from '../../load/load-workspace.js';
import type { IndicatorCoverage, CoveringFile } from '../../model/coverage.js';
import { computeCoverage } from './coverage-rules.js';
import { duplicateFindings } from './duplicate-rules.js';
import { loadExceptions, type FolderExceptions } from '../../load/load-exceptions.js';
import { changedIndicators } from '../../load/git-changes.js';
import { InspectCache } from './inspect-cache.js';
import { inspectFiles } from './inspect-evidence.js';
import { nameFindings } from './name-rules.js';
import { pdfFindings } from './pdf-rules.js';
import { scanEvidence, type EvidenceFile } from '../../load/load-evidence.js';
import { statementFindings } from './statement-rules.js';

export interface EvidenceOptions {
  /** use and refresh `.ledger-cache/` (default true) */
  cache?: boolean;
  /** only indicators with evidence changes since this git ref */
  changedSince?: string;
  onProgress?: (done: number, total: number) => void;
  /** only these indicators (e.g. one unit's) */
  only?: Set<string> | null;
}

export interface EvidenceResult {
  diagnostics: Diagnostic[];
  coverage: Map<string, IndicatorCoverage>;
  /** indicators whose evidence was examined (all when not limited by --changed) */
  examined: Set<string>;
}

/** The first bytes of a file, to say what a non-PDF really is. */
function readHead(abs: string): Uint8Array {
  const buf = Buffer.alloc(8);
  try {
    const fd = fs.openSync(abs, 'r');
    try {
      fs.readSync(fd, buf, 0, 8, 0);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    /* unreadable: no hint */
  }
  return buf;
}

export async function checkEvidence(ws: Workspace, opts: EvidenceOptions): Promise<EvidenceResult> {
  const out: Diagnostic[] = [];
  const scan = scanEvidence(ws.root);
  const { catalog } = ws;
  const changed = opts.changedSince ? changedIndicators(ws.root, opts.changedSince) : null;
  // A change to a merged-cell indicator's folder touches its owner and vice versa.
  const inScope = (id: string | null): boolean => {
    if (opts.only && (id === null || !opts.only.has(id))) return false;
    if (!changed) return true;
    if (id === null) return false;
    const e = catalog.byId.get(id);
    return changed.has(id) || (e !== undefined && changed.has(ownerOf(e))) || catalog.entries.some((x) => x.materialsFrom === id && changed.has(x.id));
  };

  // Folders: each must belong to an indicator that takes evidence, once.
  const foldersById = new Map<string, string[]>();
  for (const f of scan.folders) {
    const entry = f.indicator ? catalog.byId.get(f.indicator) : undefined;
    if (!entry || materialsOf(catalog, entry).length === 0) {
      if (!changed && !opts.only) out.push(diag('evidence-folder-unknown', { folder: f.name }, { file: `evidence/${f.name}` }));
      continue;
    }
    foldersById.set(entry.id, [...(foldersById.get(entry.id) ?? []), f.name]);
  }
  for (const [id, names] of foldersById) {
    if (names.length > 1 && inScope(id)) out.push(diag('evidence-folder-duplicate', { id, folders: names.join(', ') }, { file: `evidence/${names[1]}`, indicator: id }));
  }

  const exceptions = new Map<string, FolderExceptions>();
  for (const [id, names] of foldersById) {
    for (const name of names) {
      const ex = loadExceptions(ws.root, name, ws.sources, out);
      if (ex) exceptions.set(id, ex);
    }
  }

  for (const f of scan.stray) out.push(diag('file-unassigned', {}, { file: f.rel }));

  const files = scan.files.filter((f) => inScope(f.indicator) && f.indicator !== null && foldersById.has(f.indicator));
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
      out.push(diag('symlink', { target: f.symlink.target, outside: f.symlink.outside ? 'yes' : 'no' }, { ...at, severity: f.symlink.outside ? 'error' : 'warning' }));
      continue;
    }
    if (f.kind === 'index' || f.kind === 'readme') continue;
    const entry = catalog.byId.get(f.indicator!)!;
    const count = materialsOf(catalog, entry).length;
    if (f.materials === null) out.push(diag('file-unassigned', {}, at));
    else for (const m of f.materials.filter((n) => n > count)) out.push(diag('material-unknown', { id: ownerOf(entry), material: m, count }, { ...at, material: m }));
    if (f.kind === 'document') documents.push(f);
  }

  const cache = InspectCache.forWorkspace(ws.root, opts.cache !== false);
  const inspections = await inspectFiles(documents, cache, opts.onProgress);
  const rules = { maxBytes: ws.config.rules.max_pdf_mb * 1048576, evidenceSince: ws.config.evidence_since };
  const covering: CoveringFile[] = [];
  for (const f of documents) {
    const at = { file: f.rel, indicator: f.indicator, material: f.materials?.length === 1 ? f.materials[0]! : null };
    const r = inspections.get(f.rel)!;
    const found = pdfFindings(r, f.size, f.inner[f.inner.length - 1] ?? '', rules, at, r.isPdf ? undefined : readHead(f.abs));
    out.push(...found.diagnostics);
    if (f.materials) covering.push({ rel: f.rel, owner: ownerOf(catalog.byId.get(f.indicator!)!), materials: f.materials, kind: 'document', inspection: r, valid: found.valid });
  }
  const statements = files.filter((f) => f.kind === 'statement' && !f.symlink);
  out.push(...statementFindings(statements, ws.config.rules.statement_max_chars));
  for (const f of statements) {
    if (f.materials) covering.push({ rel: f.rel, owner: ownerOf(catalog.byId.get(f.indicator!)!), materials: f.materials, kind: 'statement', valid: true });
  }

  out.push(...duplicateFindings(documents, cache));
  cache.save(new Set(scan.files.map((f) => f.rel)));

  const examined = new Set(catalog.entries.filter((e) => inScope(e.id)).map((e) => e.id));
  const { coverage, diagnostics } = computeCoverage(ws, covering, exceptions, examined, (id) => foldersById.get(id)?.[0] ?? folderIdFor(id));
  out.push(...diagnostics);
  return { diagnostics: out, coverage, examined };
}
