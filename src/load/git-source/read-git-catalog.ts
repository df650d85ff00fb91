import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MAX_YAML_BYTES } from '../../util/read-safely.js';
import { publishedCatalogFrom, type PublishedCatalogResult } from '../published-catalog.js';
import { parseGitUrl } from './git-url.js';
import { fetchBlobTexts, fetchTree } from './read-git-source.js';

export type GitCatalogResult =
  | { ok: true; value: Extract<PublishedCatalogResult, { ok: true }>['value']; commit: string }
  | { ok: false; reason: 'not-git' | 'unsafe' | 'no-git' | 'fetch-failed'; detail: string }
  | Extract<PublishedCatalogResult, { ok: false }>;

/**
 * A catalog published in a git repository (catalog.json and the indicator files at its root), read
 * at URL[@ref] with a blobless fetch and only the root's JSON and YAML blobs.
 */
export async function readGitCatalog(source: string): Promise<GitCatalogResult> {
  const parsed = parseGitUrl(source);
  if (!parsed.ok) return { ok: false, reason: parsed.reason, detail: source };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-git-catalog-'));
  try {
    const fetched = await fetchTree(dir, parsed.value);
    if (!fetched.ok) return fetched;
    const root = fetched.value.tree.filter((f) => !f.path.includes('/') && /\.(json|ya?ml)$/i.test(f.path));
    const blobs = await fetchBlobTexts(dir, parsed.value, root, MAX_YAML_BYTES);
    if (!blobs.ok) return blobs;
    const r = publishedCatalogFrom((name) => blobs.value.texts.get(name) ?? null, source);
    return r.ok ? { ok: true, value: r.value, commit: fetched.value.commit } : r;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
