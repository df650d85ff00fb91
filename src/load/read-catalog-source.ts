import fs from 'node:fs';
import path from 'node:path';
import type { Catalog } from '../model/catalog.js';
import { BUILTIN_CATALOG, catalogDigest, sameCatalog, type CatalogId } from '../model/catalog-identity.js';
import { looksLikeGitUrl } from './git-source/git-url.js';
import { readGitCatalog } from './git-source/read-git-catalog.js';
import { loadBuiltinCatalog } from './load-catalog.js';
import { isPublishedCatalog, readPublishedCatalog } from './published-catalog.js';

/** A catalog read from a source, ready to pin: `files` null when it is the one shipped with ledger (never copied). */
export interface CatalogFromSource {
  id: CatalogId;
  sha256: string;
  catalog: Catalog;
  files: Map<string, string> | null;
}

export type CatalogSourceResult =
  | { ok: true; value: CatalogFromSource }
  | { ok: false; problem: 'unknown' | 'packet' | 'no-git' }
  | { ok: false; problem: 'failed'; reason: string; detail: string };

/**
 * Read the catalog a source holds: `builtin` (shipped with ledger), a git URL[@ref] (catalog.json at
 * the repository's root), or a folder holding catalog.json. A report packet records only the
 * catalog's name, version and digest, so it cannot be a source.
 */
export async function readCatalogSource(source: string, cwd: string): Promise<CatalogSourceResult> {
  if (source === 'builtin') return { ok: true, value: builtin() };
  if (/\.zip$/i.test(source)) return { ok: false, problem: 'packet' };
  if (looksLikeGitUrl(source)) {
    const r = await readGitCatalog(source);
    if (r.ok) return { ok: true, value: shippedOrCopy(r.value) };
    return r.reason === 'no-git' ? { ok: false, problem: 'no-git' } : { ok: false, problem: 'failed', reason: r.reason, detail: r.detail };
  }
  const dir = path.resolve(cwd, source);
  if (!fs.lstatSync(dir, { throwIfNoEntry: false })?.isDirectory() || !isPublishedCatalog(dir)) return { ok: false, problem: 'unknown' };
  const r = readPublishedCatalog(dir, source);
  return r.ok ? { ok: true, value: shippedOrCopy(r.value) } : { ok: false, problem: 'failed', reason: r.reason, detail: r.detail };
}

function builtin(): CatalogFromSource {
  const catalog = loadBuiltinCatalog().catalog;
  return { id: BUILTIN_CATALOG, sha256: catalogDigest(catalog.entries), catalog, files: null };
}

/** The shipped catalog published as a folder is still the shipped one: nothing to copy. */
function shippedOrCopy(p: CatalogFromSource & { files: Map<string, string> }): CatalogFromSource {
  if (!sameCatalog(p.id, BUILTIN_CATALOG)) return p;
  const shipped = builtin();
  return p.sha256 === shipped.sha256 ? shipped : p;
}
