import { BUILTIN_CATALOG, catalogLabel, sameCatalog, type CatalogId } from '../../model/catalog-identity.js';
import type { Catalog } from '../../model/catalog.js';
import { catalogChanges, type CatalogChanges } from '../../model/catalog-changes.js';
import { catalogFolderName, compareCatalogVersions } from '../../model/catalog-version.js';
import type { EvidenceTree } from '../../model/evidence-tree.js';
import type { Workspace } from '../../model/workspace.js';
import type { FileChange } from '../file-changes.js';
import { editYaml } from '../yaml/yaml-edit.js';
import { catalogUpdateEffects, type CatalogUpdateEffects } from './catalog-update-effects.js';

/** A catalog to move to: its identity, content, and the files a workspace copy holds (none for the shipped one). */
export interface CatalogSource {
  id: CatalogId;
  sha256: string;
  catalog: Catalog;
  /** catalog.json and indicator files by name; null: the catalog shipped with ledger (not copied) */
  files: Map<string, string> | null;
}

export type CatalogUpdateRefusal =
  | { key: 'catalog.update.other-name'; args: { pinned: string; source: string } }
  | { key: 'catalog.update.older'; args: { pinned: string; source: string } }
  | { key: 'catalog.update.copy-differs'; args: { folder: string } }
  | { key: 'catalog.update.upgrade-first'; args: Record<never, never> };

export interface CatalogUpdatePlan {
  from: CatalogId;
  to: CatalogId;
  /** already pinned, same content: nothing to do */
  current: boolean;
  changes: CatalogChanges;
  effects: CatalogUpdateEffects;
  refusal: CatalogUpdateRefusal | null;
  /** ledger.yaml's new pin and the copy in catalogs/; evidence is never moved or deleted */
  writes: FileChange[];
}

/**
 * `ledger catalog update`: compare the pinned catalog with the source's, say what that does to the
 * workspace, and plan the writes (ledger.yaml's pin; the copy under catalogs/<name>@<version>/
 * unless it is the shipped catalog). A copy already there with other content is refused, never replaced.
 */
export function planCatalogUpdate(
  ws: Workspace,
  tree: EvidenceTree,
  source: CatalogSource,
  read: (rel: string) => string | null,
): CatalogUpdatePlan {
  const from = ws.config.catalog ?? BUILTIN_CATALOG;
  const changes = catalogChanges(ws.catalog.entries, source.catalog.entries);
  const effects = catalogUpdateEffects(ws, tree, source.catalog, changes);
  const plan: CatalogUpdatePlan = { from, to: source.id, current: false, changes, effects, refusal: null, writes: [] };
  const labels = { pinned: catalogLabel(from), source: catalogLabel(source.id) };
  if (ws.catalogIsLocal || !ws.config.catalog) return { ...plan, refusal: { key: 'catalog.update.upgrade-first', args: {} } };
  if (source.id.name !== from.name) return { ...plan, refusal: { key: 'catalog.update.other-name', args: labels } };
  if (compareCatalogVersions(source.id.version, from.version) < 0)
    return { ...plan, refusal: { key: 'catalog.update.older', args: labels } };

  if (source.files) {
    const folder = `catalogs/${catalogFolderName(source.id)}`;
    for (const [name, text] of source.files) {
      const rel = `${folder}/${name}`;
      const there = read(rel);
      if (there === text) continue;
      if (there !== null) return { ...plan, refusal: { key: 'catalog.update.copy-differs', args: { folder } } };
      plan.writes.push({ path: rel, content: text });
    }
  }
  if (sameCatalog(from, source.id)) return { ...plan, current: plan.writes.length === 0 };
  const pinned = editYaml(read('ledger.yaml') ?? '', [
    { path: ['catalog', 'name'], value: source.id.name },
    { path: ['catalog', 'version'], value: source.id.version },
  ]);
  plan.writes.push({ path: 'ledger.yaml', content: pinned });
  return plan;
}
