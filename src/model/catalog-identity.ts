import { createHash } from 'node:crypto';
import type { CatalogEntry } from './catalog.js';

/** A catalog is named and versioned; `ledger.yaml` pins it by both. */
export interface CatalogId {
  name: string;
  version: string;
}

/**
 * The catalog shipped in `indicators/`: Annex 1 of the work plan as printed. The table says it was
 * made from the 2021 national indicator system (附件1 说明5: 根据2021年全国法治政府建设示范市指标体系
 * 制定), so the version is that edition, `.1` the first transcription of it shipped by ledger; a
 * corrected transcription bumps the last number (and its digest, pinned by a test, changes).
 */
export const BUILTIN_CATALOG: CatalogId = { name: '法治政府建设示范指标体系', version: '2021.1' };

export function catalogLabel(id: CatalogId): string {
  return `${id.name}@${id.version}`;
}

export function sameCatalog(a: CatalogId, b: CatalogId): boolean {
  return a.name === b.name && a.version === b.version;
}

/**
 * SHA-256 of the catalog's canonical content: the printed fields of every entry, in id order, as
 * JSON with a fixed key order. Who carries what is not part of it (that is each bureau's own data).
 */
export function catalogDigest(entries: readonly CatalogEntry[]): string {
  const canonical = entries.map((e) => [
    e.id,
    e.area,
    e.group,
    e.text,
    e.methods,
    e.materials.map((m) => m.text),
    e.materialsFrom ?? null,
    e.leadDepartments,
    e.responsibleRaw,
  ]);
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}
