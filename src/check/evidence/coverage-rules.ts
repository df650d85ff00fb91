import { diag, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { evidenceOwner as ownerOf, materialsOf } from '../../model/catalog.js';
import type { Workspace } from '../../model/workspace.js';
import type { IndicatorCoverage, MaterialCoverage } from '../../model/coverage.js';
import type { FolderExceptions } from '../../model/evidence-tree.js';
import type { NewsLink } from '../../model/schemas/evidence-index.js';
import { parseMaterialRef } from '../../model/indicator-id.js';
import { unitName } from '../../model/units.js';
import { judgeReview } from './review-rules.js';

/** A file named for materials, and whether it may cover them. */
export interface CoveringFile {
  rel: string;
  /** the indicator whose folder it is in (merged cells resolved) */
  owner: string;
  materials: number[];
  kind: 'pdf' | 'image' | 'statement';
  /** page count of a PDF, null when unknown */
  pages: number | null;
  /** the file's own error-level finding, when it has one: then it covers nothing */
  rejectedBy: { code: string; args: Record<string, string | number | undefined> } | null;
}

/** The status a unit's ledger gives an indicator evidenced in `owner`'s folder. */
function ledgerStatus(ws: Workspace, unit: string, owner: string): string | undefined {
  const a = ws.assignments.find((x) => x.value.unit === unit);
  const ids = ws.catalog.entries.filter((e) => ownerOf(e) === owner).map((e) => e.id);
  return ids.map((id) => a?.value.indicators[id]?.status).find((st) => st !== undefined);
}

/** Names of the units whose files carry any indicator evidenced in `owner`'s folder. */
function carriers(ws: Workspace, owner: string): string[] {
  const ids = ws.catalog.entries.filter((e) => ownerOf(e) === owner).map((e) => e.id);
  // The few ids looked up in each file, not each file's keys scanned (a file may carry thousands).
  return ws.assignments.filter((a) => ids.some((id) => Object.hasOwn(a.value.indicators, id))).map((a) => a.value.unit);
}

/**
 * Per material: covered by a valid file (PDF or image), a 情况说明 source, valid news links or an
 * index.yaml exception, unless the 初评 review returned it. Reports each uncovered material, bad
 * exceptions, returned and stale reviews (`fileHashes`: the SHA-256 the inspection step took, among them of every
 * file a review names), and 已完成 claims without evidence.
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
  // A same_as target must hold the document itself: a valid file, or the news reports (link-duplicate suggests same_as).
  const hasFile = (owner: string, no: number): boolean =>
    covering.some((c) => c.owner === owner && !c.rejectedBy && c.materials.includes(no)) || linksOf(owner, no).length > 0;
  const byOwner = new Map<string, MaterialCoverage[]>();

  for (const entry of catalog.entries) {
    if (entry.materialsFrom !== undefined || entry.materials.length === 0) continue;
    const owner = entry.id;
    const ex = exceptions.get(owner);
    for (const [no] of ex?.byMaterial ?? []) {
      if (no > entry.materials.length) {
        out.push(
          diag(
            'exception-invalid',
            { material: no, reason: `indicator ${owner} has ${entry.materials.length} material(s)` },
            { ...ws.sources.locate(ex!.file, ['materials', String(no)], true), indicator: owner, material: no },
          ),
        );
      }
    }
    const units = carriers(ws, owner);
    const unitNames = units.map((u) => unitName(ws.units, u)).join('、') || entry.responsibleRaw;
    const evidenced = (m: (typeof entry.materials)[number]): MaterialCoverage => {
      const named = covering.filter((c) => c.owner === owner && c.materials.includes(m.no));
      const files = named.filter((c) => !c.rejectedBy);
      const mc: MaterialCoverage = {
        no: m.no,
        text: m.text,
        covered: false,
        by: null,
        files: files.map((c) => ({ rel: c.rel, pages: c.pages, kind: c.kind })),
        rejected: named.flatMap((c) => (c.rejectedBy ? [{ rel: c.rel, ...c.rejectedBy }] : [])),
        links: linksOf(owner, m.no),
      };
      const e = ex?.byMaterial.get(m.no);
      const at = e ? { ...ws.sources.locate(ex!.file, ['materials', String(m.no)], true), indicator: owner, material: m.no } : null;
      if (e?.secret !== undefined) {
        const present = covering.filter((c) => c.owner === owner && c.materials.includes(m.no));
        for (const c of present)
          out.push(diag('secret-file-present', { material: m.no }, { file: c.rel, indicator: owner, material: m.no }));
        return { ...mc, covered: true, by: 'secret', exception: e.secret };
      }
      if (files.length) return { ...mc, covered: true, by: files.some((f) => f.kind !== 'statement') ? 'file' : 'statement' };
      if (mc.links.length) return { ...mc, covered: true, by: 'link' };
      if (e?.not_applicable !== undefined) return { ...mc, covered: true, by: 'not_applicable', exception: e.not_applicable };
      if (e?.same_as !== undefined) {
        const ref = parseMaterialRef(e.same_as);
        const target = ref ? catalog.byId.get(ref.id) : undefined;
        const ok =
          ref !== null &&
          target !== undefined &&
          ref.material <= materialsOf(catalog, target).length &&
          hasFile(ownerOf(target), ref.material);
        if (ok) return { ...mc, covered: true, by: 'same_as', exception: e.same_as };
        out.push(diag('same-as-invalid', { target: e.same_as, reason: 'missing' }, at!));
      }
      // A unit that says 不涉及 in its ledger should record it where the check can see it.
      const notApplicableBy = units.filter((u) => ledgerStatus(ws, u, owner) === '不涉及').map((u) => unitName(ws.units, u));
      out.push(
        diag(
          'material-missing',
          {
            material: m.no,
            materialText: m.text,
            units: unitNames,
            rejected: mc.rejected.map((r) => r.rel.split('/').pop()).join('、'),
            notApplicableBy: notApplicableBy.join('、'),
          },
          {
            file: `evidence/${folderOf(owner)}`,
            folder: true,
            indicator: owner,
            material: m.no,
            unit: units.length === 1 ? units[0]! : null,
          },
        ),
      );
      return mc;
    };
    // The 初评 verdict last: a returned material does not count, whatever evidences it.
    const reviewed = (mc: MaterialCoverage): MaterialCoverage => {
      const review = ex?.byMaterial.get(mc.no)?.review;
      if (!review) return mc;
      const path = ['materials', String(mc.no), 'review'];
      const where = { indicator: owner, material: mc.no };
      const judged = judgeReview(
        review,
        mc.no,
        mc.files.map((f) => f.rel),
        fileHashes,
        {
          review: { ...ws.sources.locate(ex!.file, path, true), ...where },
          file: (rel) => ({ ...ws.sources.locate(ex!.file, [...path, 'files', rel], true), ...where }),
        },
      );
      out.push(...judged.diagnostics);
      return { ...mc, covered: mc.covered && review.verdict !== '退回', review: judged.state };
    };
    const list = entry.materials.map((m) => reviewed(evidenced(m)));
    byOwner.set(owner, list);
  }

  const coverage = new Map<string, IndicatorCoverage>();
  for (const entry of catalog.entries) {
    const list = byOwner.get(ownerOf(entry));
    if (!list) continue;
    coverage.set(entry.id, { id: entry.id, owner: ownerOf(entry), materials: list, complete: list.every((m) => m.covered) });
  }

  for (const a of ws.assignments) {
    for (const [id, item] of Object.entries(a.value.indicators)) {
      const cov = coverage.get(id);
      if (item.status !== '已完成' || !cov || cov.complete) continue;
      const uncovered = cov.materials.filter((m) => !m.covered);
      // A material the 初评 returned has files: say it was returned, not that nothing is there.
      const returned = uncovered.filter((m) => m.review?.verdict === '退回').map((m) => m.no);
      const missing = uncovered.filter((m) => m.review?.verdict !== '退回').map((m) => m.no);
      out.push(
        diag(
          'claim-without-evidence',
          { materials: missing.join('、'), returned: returned.join('、') },
          { ...ws.sources.locate(a.file, ['indicators', id, 'status']), indicator: id, unit: a.value.unit },
        ),
      );
    }
  }
  return { coverage, diagnostics: out };
}
