import { placeEvidencePath } from '../../model/evidence-tree.js';
import type { TreeFile } from '../../load/git-history.js';
import { parseYaml } from '../../load/parse-yaml.js';
import { evidenceOwner, takesEvidence, type Catalog } from '../../model/catalog.js';
import type { IndicatorCoverage, MaterialCoverage } from '../../model/coverage.js';
import { indicatorIdFromFolder } from '../../model/indicator-id.js';
import { nameCanCount } from '../../model/name-counts.js';
import { assignmentsFileSchema } from '../../model/schemas/assignments.js';
import { evidenceIndexSchema } from '../../model/schemas/evidence-index.js';

/**
 * What the trend needs from one commit, read from its tree and a few YAML blobs, never from a PDF:
 * a file counts for the materials its name gives (`2-典型案例.pdf` covers material 2) when its
 * name is one the check can accept (model/name-counts.ts: a PDF or image, a 情况说明, no 秘密 in
 * it), whatever it holds, so a broken PDF counts in a past point while `check` rejects it.
 * Plain data (cached as JSON by commit id), independent of the catalog.
 */
export interface CommitFacts {
  /** evidence folder name → material numbers named by a document or 情况说明 file in it */
  named: Record<string, number[]>;
  /**
   * the same per place a unit files in: `<folder>` for files outside unit folders, `<folder>/@<unit>`
   * for a unit folder's (absent in facts made before unit folders: all outside them)
   */
  namedAt?: Record<string, number[]>;
  /** evidence folder name → material numbers its index.yaml records an exception for (taken as recorded) */
  excepted: Record<string, number[]>;
  /** unit id → indicator id → ledger status, from each assignments file that parses */
  ledgers: Record<string, Record<string, string>>;
}

/** What one YAML blob contributes: a ledger or an index's excepted materials; null when it does not parse. */
export type BlobFacts = { unit: string; statuses: Record<string, string> } | { materials: number[] } | null;

/** The YAML blobs of a tree whose content the facts need, with the kind each is read as. */
export function yamlBlobs(tree: TreeFile[]): { blob: string; kind: 'assignments' | 'index' }[] {
  const out: { blob: string; kind: 'assignments' | 'index' }[] = [];
  for (const f of tree) {
    if (/^assignments\/[^/]+\.ya?ml$/i.test(f.path)) out.push({ blob: f.blob, kind: 'assignments' });
    else if (f.path.startsWith('evidence/') && placeEvidencePath(f.path).kind === 'index') out.push({ blob: f.blob, kind: 'index' });
  }
  return out;
}

/** Parse one YAML blob as the schema of its kind (the same schemas the check uses). */
export function blobFacts(kind: 'assignments' | 'index', text: string): BlobFacts {
  if (kind === 'assignments') {
    const v = parseYaml(text, 'assignments.yaml', assignmentsFileSchema).value;
    return v ? { unit: v.unit, statuses: Object.fromEntries(Object.entries(v.indicators).map(([id, a]) => [id, a.status])) } : null;
  }
  const v = parseYaml(text, 'index.yaml', evidenceIndexSchema).value;
  return v ? { materials: Object.keys(v.materials).map(Number) } : null;
}

/** The facts of a commit from its tree and the facts of its YAML blobs (keyed `<kind>:<blob id>`). */
export function commitFacts(tree: TreeFile[], blobs: Map<string, BlobFacts>): CommitFacts {
  const named: Record<string, Set<number>> = {};
  const namedAt: Record<string, Set<number>> = {};
  const facts: CommitFacts & { namedAt: Record<string, number[]> } = { named: {}, namedAt: {}, excepted: {}, ledgers: {} };
  for (const f of tree) {
    if (f.path.startsWith('assignments/')) {
      const b = blobs.get(`assignments:${f.blob}`);
      if (b && 'unit' in b) facts.ledgers[b.unit] = b.statuses;
      continue;
    }
    const place = placeEvidencePath(f.path);
    if (!place.folder) continue;
    if (place.kind === 'index') {
      const b = blobs.get(`index:${f.blob}`);
      if (b && 'materials' in b) facts.excepted[place.folder] = b.materials;
    } else if (nameCanCount(place)) {
      const set = (named[place.folder] ??= new Set());
      const at = (namedAt[place.unitFolder === null ? place.folder : `${place.folder}/@${place.unitFolder}`] ??= new Set());
      for (const n of place.materials!) {
        set.add(n);
        at.add(n);
      }
    }
  }
  for (const [folder, set] of Object.entries(named)) facts.named[folder] = [...set].sort((a, b) => a - b);
  for (const [at, set] of Object.entries(namedAt)) facts.namedAt[at] = [...set].sort((a, b) => a - b);
  return facts;
}

/**
 * Coverage of every indicator at a commit, by file names and recorded exceptions: the shape
 * `summarize` takes, so a trend point is counted exactly as today's numbers are. Each place files
 * were named in stands as one file (`evidence/<folder>[/@<unit>]/-`), so the unit rule credits it.
 */
export function coverageByName(catalog: Catalog, facts: CommitFacts): Map<string, IndicatorCoverage> {
  const filesAt = new Map<string, Map<number, MaterialCoverage['files']>>();
  for (const [at, nos] of Object.entries(facts.namedAt ?? facts.named)) {
    const id = indicatorIdFromFolder(at.split('/')[0]!);
    if (id === null) continue;
    const byNo = filesAt.get(id) ?? new Map<number, MaterialCoverage['files']>();
    for (const n of nos) byNo.set(n, [...(byNo.get(n) ?? []), { rel: `evidence/${at}/-`, pages: null, kind: 'pdf' }]);
    filesAt.set(id, byNo);
  }
  const excepted = new Map<string, Set<number>>();
  for (const [folder, nos] of Object.entries(facts.excepted)) {
    const id = indicatorIdFromFolder(folder);
    if (id !== null) excepted.set(id, new Set([...(excepted.get(id) ?? []), ...nos]));
  }
  const covered = new Map<string, Set<number>>();
  for (const source of [facts.named, facts.excepted]) {
    for (const [folder, nos] of Object.entries(source)) {
      const id = indicatorIdFromFolder(folder);
      if (id === null) continue;
      const set = covered.get(id) ?? new Set<number>();
      for (const n of nos) set.add(n);
      covered.set(id, set);
    }
  }
  const byOwner = new Map<string, MaterialCoverage[]>();
  for (const e of catalog.entries) {
    if (!takesEvidence(e)) continue;
    const set = covered.get(e.id);
    byOwner.set(
      e.id,
      e.materials.map((m) => {
        const ok = set?.has(m.no) ?? false;
        const files = filesAt.get(e.id)?.get(m.no) ?? [];
        // A recorded exception covers the folder as a whole (every unit); named files, the units that filed them.
        const by = !ok ? null : excepted.get(e.id)?.has(m.no) ? 'not_applicable' : 'file';
        return { no: m.no, text: m.text, covered: ok, by, files, rejected: [], links: [] };
      }),
    );
  }
  const coverage = new Map<string, IndicatorCoverage>();
  for (const e of catalog.entries) {
    const list = byOwner.get(evidenceOwner(e));
    if (list) coverage.set(e.id, { id: e.id, owner: evidenceOwner(e), materials: list, complete: list.every((m) => m.covered) });
  }
  return coverage;
}
