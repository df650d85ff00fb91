import { evidenceOwner, takesEvidence } from '../model/catalog.js';
import { BUILTIN_CATALOG, catalogDigest, catalogLabel, sameCatalog } from '../model/catalog-identity.js';
import { newerVersion } from '../model/catalog-version.js';
import { loadWorkspace } from './load-workspace.js';
import { loadBuiltinCatalog } from './load-catalog.js';
import { knownCatalogs } from './workspace-catalogs.js';

/** What `ledger catalog` shows (and prints as JSON): the catalog in force, where it comes from, its size. */
export interface CatalogFacts {
  catalog: { name: string; version: string; sha256: string };
  /** 'builtin', or the workspace folder of its copy (`catalogs/<name>@<version>`) */
  where: string;
  counts: { areas: number; indicators: number; evidence: number; materials: number };
  /** a newer version known (shipped or in catalogs/), or null */
  newer: { label: string; where: string } | null;
}

/** The facts of the workspace's pinned catalog (outside a workspace: the shipped one). */
export function catalogFacts(root: string | null): CatalogFacts {
  const ws = root ? loadWorkspace(root).workspace : null;
  const id = ws?.config.catalog ?? BUILTIN_CATALOG;
  const catalog = ws?.catalog ?? loadBuiltinCatalog().catalog;
  const known = root ? knownCatalogs(root) : [{ id: BUILTIN_CATALOG, where: 'builtin' }];
  const where = ws?.catalogIsLocal ? 'indicators' : (known.find((k) => sameCatalog(k.id, id))?.where ?? 'builtin');
  const owners = catalog.entries.filter((e) => takesEvidence(e) && evidenceOwner(e) === e.id);
  const newer = newerVersion(
    id,
    known.map((k) => k.id),
  );
  return {
    catalog: { ...id, sha256: catalogDigest(catalog.entries) },
    where,
    counts: {
      areas: new Set(catalog.entries.map((e) => e.area)).size,
      indicators: catalog.entries.length,
      evidence: catalog.entries.filter(takesEvidence).length,
      materials: owners.reduce((n, e) => n + e.materials.length, 0),
    },
    newer: newer ? { label: catalogLabel(newer), where: known.find((k) => sameCatalog(k.id, newer))!.where } : null,
  };
}
