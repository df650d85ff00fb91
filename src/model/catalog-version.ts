import type { CatalogId } from './catalog-identity.js';

/**
 * Order two catalog versions (`2021.1` < `2021.2` < `2021.10` < `2024.1`): dot-separated parts,
 * compared as numbers when both are numbers, else as text; a version with more parts is newer.
 */
export function compareCatalogVersions(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = /^\d+$/.test(x) ? Number(x) : NaN;
    const ny = /^\d+$/.test(y) ? Number(y) : NaN;
    const c = Number.isNaN(nx) || Number.isNaN(ny) ? x.localeCompare(y) : nx - ny;
    if (c !== 0) return Math.sign(c);
  }
  return 0;
}

/** The newest version of the same catalog (by name) that is newer than `pinned`, or null. */
export function newerVersion(pinned: CatalogId, known: readonly CatalogId[]): CatalogId | null {
  let best: CatalogId | null = null;
  for (const k of known) {
    if (k.name !== pinned.name || compareCatalogVersions(k.version, pinned.version) <= 0) continue;
    if (!best || compareCatalogVersions(k.version, best.version) > 0) best = k;
  }
  return best;
}

/** The folder of a workspace's copy of a catalog: `catalogs/<name>@<version>`. */
export function catalogFolderName(id: CatalogId): string {
  return `${id.name}@${id.version}`;
}
