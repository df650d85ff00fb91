import { clip } from '../util/truncate.js';
import type { CatalogEntry } from './catalog.js';

/** A short title for an indicator: the first clause of its text (up to 。 or ；), at most `n` characters. */
export function shortTitle(text: string, n = 24): string {
  return clip(text.split(/[。；;]/u)[0] ?? text, n);
}

/** Short titles for headings, by indicator id. */
export function indicatorTitles(entries: CatalogEntry[]): Map<string, string> {
  return new Map(entries.map((e) => [e.id, shortTitle(e.text)]));
}
