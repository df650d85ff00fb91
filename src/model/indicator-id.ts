/**
 * The one grammar of indicator ids: "1"…"115" (no leading zero), then "B1", "B2" (加分项), then
 * "V1", "V2" (否决项). Schemas, folder names, `same_as` references and command arguments all use it.
 */
export const INDICATOR_ID_SOURCE = '(?:[1-9]\\d{0,2}|B[1-9]\\d?|V[1-9]\\d?)';
const ID_PATTERN = new RegExp(`^${INDICATOR_ID_SOURCE}$`);
/** `<indicator>/<material>`, as in `same_as: "47/1"`. */
export const MATERIAL_REF_PATTERN = new RegExp(`^(${INDICATOR_ID_SOURCE})/([1-9]\\d{0,2})$`);

export function isIndicatorId(s: string): boolean {
  return ID_PATTERN.test(s);
}

/** `"47/1"` → { id: "47", material: 1 }; null when it does not follow the grammar. */
export function parseMaterialRef(ref: string): { id: string; material: number } | null {
  const m = MATERIAL_REF_PATTERN.exec(ref);
  return m ? { id: m[1]!, material: Number(m[2]) } : null;
}

/** What a person types for an id (`9`, `009`, `b1`) as the id itself, or null when it cannot be one. */
export function normalizeIndicatorInput(input: string): string | null {
  const s = input.trim().normalize('NFKC');
  const id = /^\d+$/.test(s) ? String(Number(s)) : s.toUpperCase();
  return isIndicatorId(id) ? id : null;
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
  const m = /^(\d{3}|[BV]\d+)(?:-.*)?$/.exec(name.normalize('NFC'));
  if (!m?.[1]) return null;
  const id = /^\d+$/.test(m[1]) ? String(Number(m[1])) : m[1];
  return isIndicatorId(id) ? id : null;
}
