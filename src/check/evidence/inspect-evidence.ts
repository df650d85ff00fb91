import fs from 'node:fs';
import type { EvidenceFile } from '../../model/evidence-tree.js';
import { inspectMany, type PdfInspection } from '../../pdf/index.js';
import { hashFile } from '../../util/hash-file.js';
import type { InspectCache } from './inspect-cache.js';
import { inspectImage, looksLikeImage, type ImageInspection } from './inspect-image.js';
import { pushTo } from '../../util/push-to.js';
import { readHead } from '../../util/read-head.js';

/** What reading the documents found: the only part of a check that opens evidence files. */
export interface InspectedFiles {
  /** by workspace-relative path */
  pdf: Map<string, PdfInspection>;
  /** JPEG and PNG files (by content, whatever their extension) */
  image: Map<string, ImageInspection>;
  /** the first bytes of files that are not PDFs, to say what they really are */
  head: Map<string, Uint8Array>;
  /**
   * SHA-256 of the files a rule compares: every file whose size another file shares (only those can
   * be duplicates) and every file a 初评 review names (did it change since?). One that cannot be read is absent.
   */
  sha256: Map<string, string>;
}

/**
 * Inspect the documents (reusing cached verdicts for unchanged files): images by their content,
 * the rest as PDFs; sniff what is neither, hash same-size files and the files reviews name
 * (`reviewed`: listed by the evidence tree, so a path outside the workspace is never read).
 * Never throws for a bad file: what cannot be read is described, not raised.
 */
export async function inspectEvidence(
  documents: EvidenceFile[],
  cache: InspectCache,
  onProgress?: (done: number, total: number) => void,
  reviewed: EvidenceFile[] = [],
): Promise<InspectedFiles> {
  const pdf = new Map<string, PdfInspection>();
  const image = new Map<string, ImageInspection>();
  const misses: EvidenceFile[] = [];
  // First bytes read to tell an image, kept for saying what a file that is not a PDF really is.
  const heads = new Map<string, Uint8Array>();
  for (const f of documents) {
    const hit = cache.inspection(f.rel, f);
    const imageHit = cache.image(f.rel, f);
    if (hit) pdf.set(f.rel, hit);
    else if (imageHit) image.set(f.rel, imageHit);
    else {
      const first = headOf(f.abs);
      heads.set(f.rel, first);
      if (!looksLikeImage(first)) misses.push(f);
      else {
        const r = inspectImage(f.abs);
        image.set(f.rel, r);
        if (unchanged(f)) cache.setImage(f.rel, f, r);
      }
    }
  }
  if (misses.length) {
    const fresh = await inspectMany(
      misses.map((f) => f.abs),
      { onProgress },
    );
    misses.forEach((f, i) => {
      const r = fresh[i]!;
      pdf.set(f.rel, r);
      if (unchanged(f)) cache.setInspection(f.rel, f, r);
    });
  }
  const head = new Map<string, Uint8Array>();
  for (const f of documents) if (!image.has(f.rel) && !pdf.get(f.rel)?.isPdf) head.set(f.rel, heads.get(f.rel) ?? headOf(f.abs));
  const sha256 = hashSameSize(documents, cache);
  for (const f of reviewed) {
    const h = sha256.has(f.rel) ? undefined : cachedHash(f, cache);
    if (h) sha256.set(f.rel, h);
  }
  return { pdf, image, head, sha256 };
}

/** A file's SHA-256 from the cache, else read and cached; undefined when it cannot be read. */
function cachedHash(f: EvidenceFile, cache: InspectCache): string | undefined {
  let h = cache.hash(f.rel, f);
  if (h) return h;
  try {
    h = hashFile(f.abs);
  } catch {
    return undefined; // unreadable: reported elsewhere
  }
  cache.setHash(f.rel, f, h);
  return h;
}

/** Re-stat: a file changed while it was read must not be cached under its old stamp. */
function unchanged(f: EvidenceFile): boolean {
  const st = fs.statSync(f.abs, { throwIfNoEntry: false });
  return st !== undefined && st.size === f.size && st.mtimeMs === f.mtimeMs;
}

/** The first 8 bytes of a file, zero-padded; zeros when it cannot be read. */
function headOf(abs: string): Uint8Array {
  const buf = Buffer.alloc(8);
  try {
    readHead(abs, 8).copy(buf);
  } catch {
    /* unreadable: no hint */
  }
  return buf;
}

/**
 * Hash only files whose size matches another file's, so a cold run does not read every byte of a
 * large folder to find duplicates.
 */
function hashSameSize(files: EvidenceFile[], cache: InspectCache): Map<string, string> {
  const bySize = new Map<number, EvidenceFile[]>();
  for (const f of files) {
    if (f.size === 0) continue;
    pushTo(bySize, f.size, f);
  }
  const out = new Map<string, string>();
  for (const group of bySize.values()) {
    if (group.length < 2) continue;
    for (const f of group) {
      const h = cachedHash(f, cache);
      if (h) out.set(f.rel, h); // unreadable: reported elsewhere, never a duplicate
    }
  }
  return out;
}
