import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { FolderExceptions } from '../../model/evidence-tree.js';
import type { Workspace } from '../../model/workspace.js';
import { evidenceOwner } from '../../model/catalog.js';
import type { IndicatorCoverage, MaterialCoverage } from '../../model/coverage.js';
import { unitsCarryingFolder } from '../../model/responsibility.js';
import type { NewsLink } from '../../model/schemas/evidence-index.js';
import { unitName } from '../../model/units.js';
import { claimFindings } from './claim-rules.js';
import type { CoveringFile } from './covering-files.js';
import { exceptionNumberFindings } from './exception-rules.js';
import { coverMaterial } from './material-rules.js';
import { applyReview } from './review-rules.js';

/**
 * Per material: covered by a valid file (PDF or image), a 情况说明 source, valid news links or an
 * index.yaml exception, unless the 初评 review returned it. Calls the rules in order, for each
 * folder: exception-rules (bad numbers), material-rules (coverage, material-missing and the
 * exceptions' findings), review-rules (returned and stale reviews; `fileHashes`: the SHA-256 the
 * inspection step took, among them of every file a review names); then claim-rules (已完成
 * claims without evidence).
 */
export function computeCoverage(
  ws: Workspace,
  covering: CoveringFile[],
  exceptions: Map<string, FolderExceptions>,
  folderOf: (id: string) => string,
  fileHashes: Map<string, string> = new Map(),
  /** the news links of a material that count (link-rules.ts judged them) */
  linksOf: (owner: string, no: number) => NewsLink[] = () => [],
): { coverage: Map<string, IndicatorCoverage>; diagnostics: Diagnostic[] } {
  const out: Diagnostic[] = [];
  const { catalog } = ws;
  const hasFile = (owner: string, no: number): boolean =>
    covering.some((c) => c.owner === owner && !c.rejectedBy && c.materials.includes(no)) || linksOf(owner, no).length > 0;
  const byOwner = new Map<string, MaterialCoverage[]>();

  for (const entry of catalog.entries) {
    if (entry.materialsFrom !== undefined || entry.materials.length === 0) continue;
    const owner = entry.id;
    const ex = exceptions.get(owner);
    out.push(...exceptionNumberFindings(ws, entry, ex));
    const units = unitsCarryingFolder(catalog, ws.assignments, owner);
    // No unit carries it yet: the catalog's own wording of who is responsible.
    const unitNames = units.length ? units.map((u) => unitName(ws.units, u)) : entry.responsibleRaw ? [entry.responsibleRaw] : [];
    const folder = { ws, owner, ex, covering, units, unitNames, folderOf, linksOf, hasFile };
    const list = entry.materials.map((m) => {
      const evidenced = coverMaterial(folder, m);
      out.push(...evidenced.diagnostics);
      // The 初评 verdict last: a returned material does not count, whatever evidences it.
      const review = ex?.byMaterial.get(m.no)?.review;
      if (!review) return evidenced.coverage;
      const path = ['materials', String(m.no), 'review'];
      const where = { indicator: owner, material: m.no };
      const reviewed = applyReview(evidenced.coverage, review, fileHashes, {
        review: { ...ws.sources.locate(ex!.file, path, true), ...where },
        file: (rel) => ({ ...ws.sources.locate(ex!.file, [...path, 'files', rel], true), ...where }),
      });
      out.push(...reviewed.diagnostics);
      return reviewed.coverage;
    });
    byOwner.set(owner, list);
  }

  const coverage = new Map<string, IndicatorCoverage>();
  for (const entry of catalog.entries) {
    const list = byOwner.get(evidenceOwner(entry));
    if (!list) continue;
    coverage.set(entry.id, { id: entry.id, owner: evidenceOwner(entry), materials: list, complete: list.every((m) => m.covered) });
  }
  out.push(...claimFindings(ws, coverage));
  return { coverage, diagnostics: out };
}
