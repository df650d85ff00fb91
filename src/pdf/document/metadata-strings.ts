/** At most this much metadata text is kept per file (the inspection cache stores it). */
const MAX_CHARS = 32 * 1024;
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * What of the metadata a check for classification markings needs: the runs of non-ASCII
 * characters (机密, 絕密, ㊙, and the invisible format characters written inside them are never
 * ASCII), each once. Keeping only those keeps the result small for the common case of English
 * producer strings, and scanning for them is linear whatever the text holds.
 */
export function markingCandidates(texts: Iterable<string>): string[] {
  const seen = new Set<string>();
  let total = 0;
  for (const text of texts) {
    if (!NON_ASCII.test(text)) continue; // most metadata is ASCII: one scan, no iterator
    for (const m of text.matchAll(/[^\x00-\x7f]+/g)) {
      if (seen.has(m[0])) continue;
      if (total + m[0].length > MAX_CHARS) return [...seen];
      seen.add(m[0]);
      total += m[0].length;
    }
  }
  return [...seen];
}
