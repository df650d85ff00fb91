/** Indicator ids: "1"…"115", then "B1", "B2" (加分项), then "V1", "V2" (否决项). */
const ID_PATTERN = /^(?:[1-9]\d{0,2}|B[1-9]\d?|V[1-9]\d?)$/;

export function isIndicatorId(s: string): boolean {
  return ID_PATTERN.test(s);
}

function rank(id: string): [number, number] {
  if (id.startsWith('B')) return [1, Number(id.slice(1))];
  if (id.startsWith('V')) return [2, Number(id.slice(1))];
  const n = Number(id);
  return Number.isFinite(n) ? [0, n] : [3, 0];
}

export function compareIndicatorIds(a: string, b: string): number {
  const [ka, na] = rank(a);
  const [kb, nb] = rank(b);
  return ka - kb || na - nb || (a < b ? -1 : a > b ? 1 : 0);
}

/** Folder name for an indicator: numeric ids are zero-padded to three digits. */
export function folderIdFor(id: string): string {
  return /^\d+$/.test(id) ? id.padStart(3, '0') : id;
}

/** Parse the id part of an evidence folder name (`009`, `009-双随机一公开`, `B1-表彰`). */
export function indicatorIdFromFolder(name: string): string | null {
  const m = /^(\d{3}|B\d+|V\d+)(?:-.*)?$/.exec(name.normalize('NFC'));
  if (!m || m[1] === undefined) return null;
  const raw = m[1];
  return /^\d+$/.test(raw) ? String(Number(raw)) : raw;
}
