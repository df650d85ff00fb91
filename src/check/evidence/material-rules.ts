import { diag, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { FolderExceptions } from '../../model/evidence-tree.js';
import type { Workspace } from '../../model/workspace.js';
import { evidenceOwner, type Material } from '../../model/catalog.js';
import type { MaterialCoverage } from '../../model/coverage.js';
import type { NewsLink } from '../../model/schemas/evidence-index.js';
import { unitName } from '../../model/units.js';
import type { CoveringFile } from './covering-files.js';
import { sameAsFinding, sameAsHolds, secretFileFindings } from './exception-rules.js';

/** What deciding one folder's materials needs to know. */
export interface FolderContext {
  ws: Workspace;
  /** the indicator whose folder it is */
  owner: string;
  /** its index.yaml exceptions, when it has one */
  ex: FolderExceptions | undefined;
  covering: CoveringFile[];
  /** the units carrying the folder (model/responsibility.ts), and their names as the finding shows them */
  units: string[];
  unitNames: string[];
  folderOf: (id: string) => string;
  linksOf: (owner: string, no: number) => NewsLink[];
  /** whether a material holds a document itself (the test a same_as target must pass) */
  hasFile: (owner: string, no: number) => boolean;
}

/** The status a unit's ledger gives an indicator evidenced in `owner`'s folder. */
function ledgerStatus(ws: Workspace, unit: string, owner: string): string | undefined {
  const a = ws.assignments.find((x) => x.value.unit === unit);
  const ids = ws.catalog.entries.filter((e) => evidenceOwner(e) === owner).map((e) => e.id);
  return ids.map((id) => a?.value.indicators[id]?.status).find((st) => st !== undefined);
}

/**
 * How one material is covered, in this order: an index.yaml `secret` (a file present is then an
 * error), a valid file or 情况说明, valid news links, `not_applicable`, a `same_as` that holds.
 * Otherwise material-missing, naming the files that cannot count and the units whose ledger says 不涉及.
 */
export function coverMaterial(c: FolderContext, m: Material): { coverage: MaterialCoverage; diagnostics: Diagnostic[] } {
  const { ws, owner, ex } = c;
  const out: Diagnostic[] = [];
  const named = c.covering.filter((f) => f.owner === owner && f.materials.includes(m.no));
  const files = named.filter((f) => !f.rejectedBy);
  const mc: MaterialCoverage = {
    no: m.no,
    text: m.text,
    covered: false,
    by: null,
    files: files.map((f) => ({ rel: f.rel, pages: f.pages, kind: f.kind })),
    rejected: named.flatMap((f) => (f.rejectedBy ? [{ rel: f.rel, ...f.rejectedBy }] : [])),
    links: c.linksOf(owner, m.no),
  };
  const done = (coverage: MaterialCoverage) => ({ coverage, diagnostics: out });
  const e = ex?.byMaterial.get(m.no);
  const at = e ? { ...ws.sources.locate(ex!.file, ['materials', String(m.no)], true), indicator: owner, material: m.no } : null;
  if (e?.secret !== undefined) {
    out.push(...secretFileFindings(c.covering, owner, m.no));
    return done({ ...mc, covered: true, by: 'secret', exception: e.secret });
  }
  if (files.length) return done({ ...mc, covered: true, by: files.some((f) => f.kind !== 'statement') ? 'file' : 'statement' });
  if (mc.links.length) return done({ ...mc, covered: true, by: 'link' });
  if (e?.not_applicable !== undefined) return done({ ...mc, covered: true, by: 'not_applicable', exception: e.not_applicable });
  if (e?.same_as !== undefined) {
    if (sameAsHolds(ws.catalog, e.same_as, c.hasFile)) return done({ ...mc, covered: true, by: 'same_as', exception: e.same_as });
    out.push(sameAsFinding(e.same_as, at!));
  }
  // A unit that says 不涉及 in its ledger should record it where the check can see it.
  const notApplicableBy = c.units.filter((u) => ledgerStatus(ws, u, owner) === '不涉及').map((u) => unitName(ws.units, u));
  out.push(
    diag(
      'material-missing',
      {
        material: m.no,
        materialText: m.text,
        units: c.unitNames,
        rejected: mc.rejected.map((r) => r.rel.split('/').pop()!),
        notApplicableBy,
      },
      {
        file: `evidence/${c.folderOf(owner)}`,
        folder: true,
        indicator: owner,
        material: m.no,
        unit: c.units.length === 1 ? c.units[0]! : null,
      },
    ),
  );
  return done(mc);
}
