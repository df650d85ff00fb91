import type { CatalogEntry } from './catalog.js';

/** Short indicator titles for headings: the first clause of the text, at most 24 characters. */
export function indicatorTitles(entries: CatalogEntry[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of entries) {
    const first = e.text.split(/[。；;]/)[0] ?? e.text;
    const chars = [...first];
    out.set(e.id, chars.length > 24 ? `${chars.slice(0, 24).join('')}…` : first);
  }
  return out;
}
