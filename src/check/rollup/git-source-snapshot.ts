import { readGitSource, type GitSourceRead } from '../../load/git-source/read-git-source.js';
import { parseYaml } from '../../load/parse-yaml.js';
import { evidenceOwner, type Catalog } from '../../model/catalog.js';
import { catalogDigest, type CatalogId } from '../../model/catalog-identity.js';
import { withResponsibilities } from '../../model/responsibilities.js';
import type { ManifestEntry, OrgSnapshot, RejectedSource, SnapshotIndicator, SnapshotUnit } from '../../model/rollup-source.js';
import { ledgerConfigSchema } from '../../model/schemas/ledger-config.js';
import { responsibilitiesFileSchema } from '../../model/schemas/responsibilities.js';
import { unitsFileSchema } from '../../model/schemas/units.js';
import { indexUnits, unitName } from '../../model/units.js';
import { placeEvidencePath } from '../../model/evidence-tree.js';
import { blobFacts, commitFacts, coverageByName, yamlBlobs, type BlobFacts } from '../status/commit-facts.js';
import type { TreeFile } from '../../load/git-history.js';
import type { MaterialCoverage } from '../../model/coverage.js';
import { evidenceIndexSchema } from '../../model/schemas/evidence-index.js';

/** The catalog a source pins (null: a workspace of an earlier release, which pins none). */
export type CatalogResolver = (pinned: CatalogId | null) => { id: CatalogId; catalog: Catalog } | null;

export type GitSnapshotResult =
  { ok: true; snapshot: OrgSnapshot } | { ok: false; reason: 'no-config' | 'unknown-catalog'; detail: string };

/**
 * A git source's figures as the roll-up merges them, COUNTED BY FILE NAME (countedBy
 * 'file-names'): a file covers the materials its name gives, whatever it holds — the rule the
 * trend uses on a commit's tree (commit-facts.ts), on the same placement (placeEvidencePath).
 * No PDF was read, so there are no findings and no sizes or hashes.
 */
export function gitSourceSnapshot(read: GitSourceRead, resolve: CatalogResolver, tool: string): GitSnapshotResult {
  const config = parseYaml(read.yaml.get('ledger.yaml') ?? '', 'ledger.yaml', ledgerConfigSchema).value;
  if (!config) return { ok: false, reason: 'no-config', detail: read.commit };
  const resolved = resolve(config.catalog ?? null);
  if (!resolved)
    return { ok: false, reason: 'unknown-catalog', detail: config.catalog ? `${config.catalog.name}@${config.catalog.version}` : '' };

  const responsibilities = parseYaml(
    read.yaml.get('responsibilities.yaml') ?? '',
    'responsibilities.yaml',
    responsibilitiesFileSchema,
  ).value;
  const catalog = withResponsibilities(resolved.catalog, responsibilities);
  const units = indexUnits(parseYaml(read.yaml.get('units.yaml') ?? '', 'units.yaml', unitsFileSchema).value);

  // The YAML texts are keyed by path: the path stands for the blob id commit-facts keys them by.
  const tree: TreeFile[] = [...read.evidence.map((f) => ({ path: f.path, blob: f.blob, size: 0 }))];
  for (const p of read.yaml.keys()) if (p.startsWith('assignments/')) tree.push({ path: p, blob: p, size: 0 });
  const blobs = new Map<string, BlobFacts>();
  for (const { blob, kind } of yamlBlobs(tree)) {
    const text = kind === 'assignments' ? read.yaml.get(blob) : undefined;
    if (text !== undefined) blobs.set(`${kind}:${blob}`, blobFacts(kind, text));
  }
  const facts = commitFacts(tree, blobs);
  // What covers a material without a file, per folder: an entry with only a review covers nothing.
  const exceptions = exceptionsByFolder(read);
  facts.excepted = Object.fromEntries([...exceptions].map(([folder, m]) => [folder, [...m.keys()]]));
  const byIndicator = new Map([...exceptions].map(([folder, m]) => [placeEvidencePath(`evidence/${folder}/x`).indicator, m]));
  const coverage = coverageByName(catalog, facts);
  const named = namedFiles(read);

  const indicators: SnapshotIndicator[] = catalog.entries.map((e) => {
    const c = coverage.get(e.id);
    return {
      id: e.id,
      owner: evidenceOwner(e),
      complete: c?.complete ?? false,
      materials: (c?.materials ?? []).map((m) => {
        const files = named.get(`${c!.owner}/${m.no}`) ?? 0;
        const by = files > 0 ? 'file' : (byIndicator.get(c!.owner)?.get(m.no) ?? null);
        return { no: m.no, covered: m.covered, by: m.covered ? by : null, files, rejected: 0 };
      }),
      lead: [...e.responsible.lead],
      cooperate: [...e.responsible.cooperate],
    };
  });

  const counted = new Set<string>();
  let covered = 0;
  let required = 0;
  for (const i of indicators) {
    if (counted.has(i.owner) || i.materials.length === 0) continue;
    counted.add(i.owner);
    required += i.materials.length;
    covered += i.materials.filter((m) => m.covered).length;
  }

  const unitLines: SnapshotUnit[] = Object.entries(facts.ledgers).map(([unit, statuses]) => {
    const carried = indicators.filter((i) => Object.hasOwn(statuses, i.id) && i.materials.length > 0);
    return {
      id: unit,
      name: unitName(units, unit),
      indicators: Object.keys(statuses).length,
      covered: carried.reduce((n, i) => n + i.materials.filter((m) => m.covered).length, 0),
      required: carried.reduce((n, i) => n + i.materials.length, 0),
      complete: carried.filter((i) => i.complete).length,
      ledgerDone: Object.values(statuses).filter((s) => s === '已完成').length,
      errors: 0,
      stalled: false,
    };
  });
  unitLines.sort((a, b) => a.id.localeCompare(b.id));

  return {
    ok: true,
    snapshot: {
      organization: config.organization,
      source: `${read.source.url}${read.source.ref ? `@${read.source.ref}` : ''}`,
      catalog: { ...resolved.id, sha256: catalogDigest(resolved.catalog.entries) },
      tool,
      commit: read.commit,
      commitDate: read.date,
      generated: read.date,
      countedBy: 'file-names',
      monthlyDueDay: config.monthly_due_day,
      totals: {
        indicators: indicators.length,
        complete: indicators.filter((i) => i.complete).length,
        materials: { covered, required },
        errors: 0,
        warnings: 0,
      },
      indicators,
      units: unitLines,
      findings: { errors: 0, warnings: 0, byCode: {} },
      files: read.evidence.map(manifestEntry).filter((f): f is ManifestEntry => f !== null),
    },
  };
}

/**
 * THE entry for `ledger rollup <git URL[@ref]>`: read the source without its PDFs and count it by
 * file name; a source that cannot be read or counted comes back as a RejectedSource to be named.
 * (cli/rollup-sources.ts dispatches `kind: 'git'` here.)
 */
export async function snapshotFromGitUrl(
  url: string,
  resolve: CatalogResolver,
  tool: string,
): Promise<{ ok: true; snapshot: OrgSnapshot } | { ok: false; rejected: RejectedSource }> {
  const read = await readGitSource(url);
  if (!read.ok) return { ok: false, rejected: { source: url, reason: `git-${read.reason}`, detail: read.detail } };
  const counted = gitSourceSnapshot(read.value, resolve, tool);
  return counted.ok ? counted : { ok: false, rejected: { source: url, reason: counted.reason, detail: counted.detail } };
}

/** Per evidence folder, the materials its index.yaml covers without a file, and how. */
function exceptionsByFolder(read: GitSourceRead): Map<string, Map<number, Exclude<MaterialCoverage['by'], null>>> {
  const out = new Map<string, Map<number, Exclude<MaterialCoverage['by'], null>>>();
  for (const f of read.evidence) {
    const place = placeEvidencePath(f.path);
    const text = place.kind === 'index' ? read.yaml.get(f.path) : undefined;
    const index = text === undefined ? null : parseYaml(text, f.path, evidenceIndexSchema).value;
    if (!index) continue;
    const m = new Map<number, Exclude<MaterialCoverage['by'], null>>();
    for (const [no, e] of Object.entries(index.materials)) {
      const by = e.not_applicable ? 'not_applicable' : e.secret ? 'secret' : e.same_as ? 'same_as' : e.links ? 'link' : null;
      if (by) m.set(Number(no), by);
    }
    out.set(place.folder, m);
  }
  return out;
}

/** How many documents name each material: `<folder's indicator>/<material>` → files. */
function namedFiles(read: GitSourceRead): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of read.evidence) {
    const p = placeEvidencePath(f.path);
    if (!p.indicator || (p.kind !== 'document' && p.kind !== 'statement')) continue;
    for (const no of p.materials ?? []) out.set(`${p.indicator}/${no}`, (out.get(`${p.indicator}/${no}`) ?? 0) + 1);
  }
  return out;
}

/** An evidence file by name: size and hash unknown (-1, null) because its blob was never fetched. */
function manifestEntry(f: { path: string }): ManifestEntry | null {
  const p = placeEvidencePath(f.path);
  if (p.kind !== 'document' && p.kind !== 'statement') return null;
  return { path: f.path, size: -1, sha256: null, indicator: p.indicator, materials: p.materials ?? [], unit: null };
}
