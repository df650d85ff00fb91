import type { OrgSnapshot, RollupOptions, SnapshotCatalog } from '../../model/rollup-source.js';

export function sameSnapshotCatalog(a: SnapshotCatalog, b: { name: string; version: string; sha256?: string }): boolean {
  return a.name === b.name && a.version === b.version && (b.sha256 === undefined || a.sha256 === b.sha256);
}

/**
 * The catalog the merge is on: the one asked for (`--catalog`), else the one most sources are on
 * (ties: the highest version, then name and digest, so the pick never depends on argument order).
 */
export function pickCatalog(snapshots: readonly OrgSnapshot[], asked: RollupOptions['catalog']): SnapshotCatalog | null {
  if (asked) {
    const found = snapshots.find((s) => sameSnapshotCatalog(s.catalog, asked));
    return found ? found.catalog : { name: asked.name, version: asked.version, sha256: asked.sha256 ?? '' };
  }
  const counts = new Map<string, { catalog: SnapshotCatalog; n: number }>();
  for (const s of snapshots) {
    const key = JSON.stringify([s.catalog.name, s.catalog.version, s.catalog.sha256]);
    const c = counts.get(key) ?? { catalog: s.catalog, n: 0 };
    c.n++;
    counts.set(key, c);
  }
  const order = (x: SnapshotCatalog): string => `${x.version}\u0000${x.name}\u0000${x.sha256}`;
  const best = [...counts.values()].sort((a, b) => b.n - a.n || (order(b.catalog) > order(a.catalog) ? 1 : -1))[0];
  return best?.catalog ?? null;
}
