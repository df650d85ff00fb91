import fs from 'node:fs';
import path from 'node:path';
import type { Catalog } from '../model/catalog.js';
import { catalogDigest, type CatalogId } from '../model/catalog-identity.js';
import { catalogManifestSchema } from '../model/schemas/catalog-manifest.js';
import { MAX_YAML_BYTES, readTextSafely } from '../util/read-safely.js';
import { catalogFromTexts } from './load-catalog.js';
import { parseYaml } from './parse-yaml.js';

/** The file that makes a folder (or a repository's root) a published catalog. */
export const CATALOG_MANIFEST = 'catalog.json';

/** A catalog as the level above publishes it: catalog.json and the indicator files it names. */
export interface PublishedCatalog {
  id: CatalogId;
  sha256: string;
  catalog: Catalog;
  /** catalog.json and the indicator files, by name, as published (what a workspace copy holds) */
  files: Map<string, string>;
}

export type PublishedCatalogFailure = {
  reason: 'no-manifest' | 'manifest-invalid' | 'file-missing' | 'catalog-invalid' | 'digest-mismatch';
  /** what to name: the file, the first finding, or the digest the content has */
  detail: string;
};

export type PublishedCatalogResult = { ok: true; value: PublishedCatalog } | ({ ok: false } & PublishedCatalogFailure);

/**
 * Read a published catalog through `read` (a folder, a git tree): the manifest, the files it lists,
 * and the content's digest, which must be the one the manifest states — a catalog edited after
 * publishing is refused, not silently taken for the version it claims.
 */
export function publishedCatalogFrom(read: (name: string) => string | null, display: string): PublishedCatalogResult {
  const manifestText = read(CATALOG_MANIFEST);
  if (manifestText === null) return { ok: false, reason: 'no-manifest', detail: `${display}/${CATALOG_MANIFEST}` };
  // JSON is YAML: one parser reports its errors with positions, as for every other file.
  const manifest = parseYaml(manifestText, `${display}/${CATALOG_MANIFEST}`, catalogManifestSchema);
  if (!manifest.value) {
    const first = manifest.diagnostics[0];
    return { ok: false, reason: 'manifest-invalid', detail: `${display}/${CATALOG_MANIFEST}${first?.line ? `:${first.line}` : ''}` };
  }
  const files = new Map<string, string>([[CATALOG_MANIFEST, manifestText]]);
  for (const name of manifest.value.files) {
    const text = read(name);
    if (text === null) return { ok: false, reason: 'file-missing', detail: `${display}/${name}` };
    files.set(name, text);
  }
  const texts = manifest.value.files.map((n): [string, string] => [n, files.get(n)!]);
  const loaded = catalogFromTexts(texts, display);
  const error = loaded.diagnostics.find((d) => d.severity === 'error');
  if (error || loaded.catalog.entries.length === 0) {
    return { ok: false, reason: 'catalog-invalid', detail: error ? `${error.file}${error.line ? `:${error.line}` : ''}` : display };
  }
  const sha256 = catalogDigest(loaded.catalog.entries);
  if (sha256 !== manifest.value.sha256) return { ok: false, reason: 'digest-mismatch', detail: sha256 };
  const id = { name: manifest.value.name, version: manifest.value.version };
  return { ok: true, value: { id, sha256, catalog: loaded.catalog, files } };
}

/** A published catalog in a folder (files read safely, under the YAML cap). */
export function readPublishedCatalog(dir: string, display = dir): PublishedCatalogResult {
  return publishedCatalogFrom((name) => {
    const r = readTextSafely(path.join(dir, name), MAX_YAML_BYTES);
    return 'text' in r ? r.text : null;
  }, display);
}

/** Whether a folder holds a published catalog (its manifest). */
export function isPublishedCatalog(dir: string): boolean {
  return fs.lstatSync(path.join(dir, CATALOG_MANIFEST), { throwIfNoEntry: false })?.isFile() === true;
}
