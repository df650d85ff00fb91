import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { EvidenceTree, FolderExceptions } from '../../model/evidence-tree.js';
import { maxEvidenceBytes, type Workspace } from '../../model/workspace.js';
import type { IndicatorCoverage } from '../../model/coverage.js';
import { evidenceFolderOf } from '../../model/evidence-folder.js';
import { computeCoverage } from './compute-coverage.js';
import { coveringFiles } from './covering-files.js';
import { documentFindings } from './document-rules.js';
import { duplicateFindings } from './duplicate-rules.js';
import { evidenceFolders, filesInEvidenceFolders } from './evidence-files.js';
import { folderFindings } from './folder-rules.js';
import type { InspectedFiles } from './inspect-evidence.js';
import { linkFindings, type LinkProbe } from './link-rules.js';
import { litterAndEncodingFindings } from './litter-rules.js';
import { nameFindings } from './name-rules.js';
import { pathFindings } from './path-rules.js';
import { placementFindings, strayFindings } from './placement-rules.js';
import { statementFindings } from './statement-rules.js';
import { unitFolderFindings } from './unit-folder-rules.js';
import { shareRule } from '../../model/unit-share.js';

export interface EvidenceResult {
  diagnostics: Diagnostic[];
  /** every indicator that takes materials, by id */
  coverage: Map<string, IndicatorCoverage>;
}

/**
 * Every evidence finding and the coverage of every material, from the loaded tree and what the
 * inspection step found: calls the rules, one family per file, in a fixed order. Pure: reads
 * nothing from disk. A file with an error-level finding of its own never covers a material; it is
 * listed as rejected, with that finding (covering-files.ts).
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
  out.push(...strayFindings(tree));
  out.push(...litterAndEncodingFindings(tree));

  const files = filesInEvidenceFolders(tree, folders);
  const inFolders = new Set(files);
  // Names outside the evidence folders are judged too: a 涉密 marking is never hidden by a wrong place.
  out.push(...pathFindings([...files, ...tree.files.filter((f) => !inFolders.has(f))]));
  for (const f of tree.stray) out.push(...nameFindings([f.rel.split('/').pop() ?? ''], { file: f.rel }));
  for (const f of files) out.push(...placementFindings(catalog, f, catalog.byId.get(f.indicator!)!));
  out.push(...unitFolderFindings(catalog, files, shareRule(ws)));

  const documents = files.filter((f) => f.kind === 'document' && !f.symlink && f.materials !== null);
  const rules = { maxBytes: maxEvidenceBytes(ws), evidenceSince: ws.config.evidence_since, ...(today ? { today } : {}) };
  out.push(...documentFindings(documents, inspected, rules));
  const statements = files.filter((f) => f.kind === 'statement' && !f.symlink && f.materials !== null);
  out.push(...statementFindings(statements, ws.config.rules.statement_max_chars));
  out.push(...duplicateFindings(documents, inspected.sha256));

  const covering = coveringFiles(catalog, [...documents, ...statements], out, inspected);

  const exceptions = new Map<string, FolderExceptions>();
  for (const [id, names] of folders) {
    for (const name of names) {
      const ex = tree.exceptions.get(name);
      if (ex) exceptions.set(id, ex);
    }
  }
  const folderOf = (id: string): string => evidenceFolderOf(folders.get(id) ?? [], id);
  const links = linkFindings(ws, exceptions, probes);
  out.push(...links.diagnostics);
  const validLinks = (owner: string, no: number) => links.valid.get(owner)?.get(no) ?? [];
  const { coverage, diagnostics } = computeCoverage(ws, covering, exceptions, folderOf, inspected.sha256, validLinks);
  out.push(...diagnostics);
  return { diagnostics: out, coverage };
}
