import fs from 'node:fs';
import path from 'node:path';
import type { Catalog } from '../model/catalog.js';
import { BUILTIN_CATALOG, sameCatalog, type CatalogId } from '../model/catalog-identity.js';
import { loadBuiltinCatalog } from './load-catalog.js';
import { catalogFolderName } from '../model/catalog-version.js';
import { catalogManifestSchema } from '../model/schemas/catalog-manifest.js';
import { MAX_YAML_BYTES, readTextSafely } from '../util/read-safely.js';
import { parseYaml } from './parse-yaml.js';
import { CATALOG_MANIFEST, readPublishedCatalog, type PublishedCatalogResult } from './published-catalog.js';

/** The folder of a workspace holding copies of catalogs handed down from above: `catalogs/<name>@<version>/`. */
export const CATALOGS_DIR = 'catalogs';

/** A catalog version this workspace knows of, and where: shipped with ledger, or a copy in catalogs/. */
export interface KnownCatalog {
  id: CatalogId;
  /** 'builtin', or the workspace-relative folder of the copy */
  where: string;
}

/**
 * The catalogs a workspace knows: the one shipped with ledger and each `catalogs/*\/catalog.json`
 * that names itself (its content is checked only when pinned). A newer version among these is
 * what `check` reports as `catalog-newer-known`.
 */
export function knownCatalogs(root: string): KnownCatalog[] {
  const known: KnownCatalog[] = [{ id: BUILTIN_CATALOG, where: 'builtin' }];
  const dir = path.join(root, CATALOGS_DIR);
  if (!fs.lstatSync(dir, { throwIfNoEntry: false })?.isDirectory()) return known;
  for (const name of fs.readdirSync(dir).sort()) {
    const r = readTextSafely(path.join(dir, name, CATALOG_MANIFEST), MAX_YAML_BYTES);
    if (!('text' in r)) continue;
    const m = parseYaml(r.text, `${CATALOGS_DIR}/${name}/${CATALOG_MANIFEST}`, catalogManifestSchema).value;
    if (m) known.push({ id: { name: m.name, version: m.version }, where: `${CATALOGS_DIR}/${name}` });
  }
  return known;
}

/** The workspace's copy of a pinned catalog (`catalogs/<name>@<version>/`), or null when it has none. */
export function workspaceCatalog(root: string, pinned: CatalogId): PublishedCatalogResult | null {
  const rel = `${CATALOGS_DIR}/${catalogFolderName(pinned)}`;
  const dir = path.join(root, ...rel.split('/'));
  if (!fs.lstatSync(dir, { throwIfNoEntry: false })?.isDirectory()) return null;
  return readPublishedCatalog(dir, rel);
}

/**
 * The catalogs a roll-up can count a source against: the shipped one, and the copies in the
 * `catalogs/` of `root` (the roll-up's own workspace or repository), by pinned name and version.
 */
export function knownCatalogResolver(root: string | null): (pinned: CatalogId | null) => { id: CatalogId; catalog: Catalog } | null {
  let builtin: Catalog | null = null;
  return (pinned) => {
    if (pinned === null || sameCatalog(pinned, BUILTIN_CATALOG))
      return { id: BUILTIN_CATALOG, catalog: (builtin ??= loadBuiltinCatalog().catalog) };
    const copy = root ? workspaceCatalog(root, pinned) : null;
    return copy?.ok && sameCatalog(copy.value.id, pinned) ? { id: pinned, catalog: copy.value.catalog } : null;
  };
}
