import type { EvidencePlace } from './evidence-tree.js';
import { secretMarking, windowsUnsafeReason } from './file-names.js';

/** The extensions of what the check accepts as evidence documents: PDF and the two image formats. */
const DOCUMENT_EXTENSIONS = /\.(?:pdf|jpe?g|png)$/i;

/**
 * Whether a file's name alone lets it count for the materials it names, as far as a name can
 * tell what the check will say: a 情况说明 source, or a PDF or image by its extension, with no
 * classification marking and nothing Windows cannot open on its path (the check rules those out
 * by name). The trend's past commits are counted this way (status/commit-facts.ts); `check`
 * still judges each file by content, and today's numbers are the check's.
 */
export function nameCanCount(place: Pick<EvidencePlace, 'folder' | 'inner' | 'materials' | 'kind'>): boolean {
  if (!place.materials || (place.kind !== 'document' && place.kind !== 'statement')) return false;
  const name = place.inner[place.inner.length - 1] ?? '';
  if (place.kind === 'document' && !DOCUMENT_EXTENSIONS.test(name)) return false;
  return [place.folder, ...place.inner].every((seg) => !secretMarking(seg) && !windowsUnsafeReason(seg));
}
