import { evaluateEncryption, type EncryptionState } from '../crypt/encrypt-dict.js';
import { PdfDamage, PdfLocked, damage } from '../errors.js';
import { rethrowLimit } from '../limits.js';
import type { PdfInfo } from '../inspect/result.js';
import type { ByteSource } from '../syntax/byte-source.js';
import { PdfDict, PdfName, PdfRef, asBytes, type PdfValue } from '../syntax/pdf-values.js';
import { ObjectResolver } from '../xref/object-resolver.js';
import { addObjectStreamEntries, rebuildXref } from '../xref/rebuild-xref.js';
import { findStartXref } from '../xref/startxref.js';
import { loadXrefChain } from '../xref/xref-chain.js';
import { laterVersion, type PdfHeader } from './header.js';
import { documentActiveContent, type ActiveKind } from './active-content.js';
import { readInfo } from './info-dict.js';
import { countPages } from './page-tree.js';
import { markingCandidates } from './metadata-strings.js';
import { readXmp } from './xmp.js';

export interface OpenedDocument {
  encryption: EncryptionState;
  /** null when the page tree is inside encrypted streams we cannot decrypt */
  pages: number | null;
  /** faults worth a 'repaired' judgement even though the xref itself was fine */
  problems: string[];
  version?: string;
  info: PdfInfo;
  /** see PdfInspection.metadataText */
  metadataText: string[];
  /** see PdfInspection.activeContent */
  activeContent: ActiveKind[];
}

/** The fast path: trust startxref and the xref chain; any inconsistency throws. */
export function openFast(src: ByteSource, header: PdfHeader): OpenedDocument {
  const start = findStartXref(src);
  if (!start) damage('no startxref at the end of the file (truncated or damaged)');
  const chain = loadXrefChain(src, start.offset, header.offset);
  const r = new ObjectResolver(src, chain.map, chain.base, true);
  const doc = finishOpen(r, chain.trailers, header);
  if (chain.malformed) doc.problems.unshift('cross-reference entries do not follow the standard layout');
  if (start.trailingBytes > 0) doc.problems.unshift(`${start.trailingBytes} bytes of unexplained data follow the last %%EOF`);
  return doc;
}

/**
 * The slow path: rebuild the xref by scanning, then take the first catalog that has pages. As in
 * poppler and qpdf, a file with no trailer dictionary at all (cut short before its end, where
 * the trailer is) cannot be opened, and neither can one whose page tree is lost: pages are never
 * guessed from stray page objects or a linearization dictionary.
 */
export function openRebuilt(src: ByteSource, header: PdfHeader): OpenedDocument {
  const rebuilt = rebuildXref(src);
  if (rebuilt.trailers.length === 0) damage('no trailer dictionary anywhere in the file (it was cut short or is incomplete)');
  const r = new ObjectResolver(src, rebuilt.map, 0, false);
  return finishOpen(r, rebuilt.trailers, header, () => addObjectStreamEntries(r, rebuilt.objectStreams));
}

function finishOpen(r: ObjectResolver, trailers: PdfDict[], header: PdfHeader, afterKeys?: () => void): OpenedDocument {
  const pick = (key: string): PdfValue | undefined => trailers.find((t) => t.get(key) !== undefined)?.get(key);
  const encryption = openEncryption(r, pick('Encrypt'), pick('ID'));
  afterKeys?.();
  // Every trailer's /Root, newest first. Like poppler and qpdf we never go looking for an object
  // that calls itself /Type /Catalog: a catalog no trailer names is not the document's.
  const byKey = new Map<unknown, PdfValue>();
  for (const t of trailers) {
    const root = t.get('Root');
    if (root !== undefined)
      byKey.set(root instanceof PdfRef ? root.num : root, byKey.get(root instanceof PdfRef ? root.num : root) ?? root);
  }
  const roots = [...byKey.values()];
  if (roots.length === 0) damage('the trailer has no /Root (document catalog)');
  let lastError: unknown;
  for (const root of roots) {
    try {
      const catalog = r.resolve(root);
      if (!(catalog instanceof PdfDict)) damage('the document catalog (/Root) is missing or not a dictionary');
      const tree = countPages(r, catalog);
      const { info, metadataText } = readMetadata(r, catalog, pick('Info'), encryption);
      // Like broken metadata, an unreadable annotation never fails the open.
      const activeContent = readIgnoringDamage(() => documentActiveContent(r, catalog, tree.annotated)) ?? [];
      const catalogVersion = r.resolve(catalog.get('Version'));
      const version = laterVersion(header.version, catalogVersion instanceof PdfName ? catalogVersion.name : undefined);
      return {
        encryption,
        pages: tree.pages,
        problems: tree.problems,
        info,
        metadataText,
        activeContent,
        ...(version ? { version } : {}),
      };
    } catch (err) {
      if (err instanceof PdfLocked)
        return { encryption, pages: null, problems: [], info: {}, metadataText: [], activeContent: [], version: header.version };
      rethrowLimit(err);
      if (r.strict) throw err;
      lastError = err;
    }
  }
  throw lastError;
}

/**
 * Info dictionary and XMP. XMP fills what Info lacks (many writers, and PDF 2.0, keep title and
 * keywords only there); both are read in full for the marking checks, even where they disagree.
 */
function readMetadata(
  r: ObjectResolver,
  catalog: PdfDict,
  infoValue: PdfValue | undefined,
  encryption: EncryptionState,
): { info: PdfInfo; metadataText: string[] } {
  if (r.locked) return { info: {}, metadataText: [] };
  // Broken metadata never fails the open: every reader ignores it (Ghostscript 10.0's fast-web-view
  // export cuts its Info's /Creator string short, and the next object starts inside it).
  const dict = readIgnoringDamage(() => readInfo(r, infoValue, encryption.decryptor)) ?? { info: {}, texts: [] };
  const xmp = readIgnoringDamage(() => readXmp(r, catalog));
  const info = { ...xmp?.info, ...dict.info };
  return { info, metadataText: markingCandidates([...dict.texts, ...(xmp ? [xmp.text] : [])]) };
}

function readIgnoringDamage<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch (err) {
    if (!(err instanceof PdfDamage)) throw err;
    return undefined;
  }
}

function openEncryption(r: ObjectResolver, encrypt: PdfValue | undefined, id: PdfValue | undefined): EncryptionState {
  if (encrypt === undefined || encrypt === null) return { status: 'none' };
  const dict = r.resolve(encrypt);
  if (!(dict instanceof PdfDict)) {
    if (r.strict) damage('the /Encrypt dictionary is missing');
    r.locked = true;
    return { status: 'open-password', detail: 'the /Encrypt dictionary is unreadable' };
  }
  const ids = r.resolve(id);
  const id0 = Array.isArray(ids) ? asBytes(r.resolve(ids[0])) : undefined;
  const state = evaluateEncryption(dict, id0, (v) => r.resolve(v));
  r.decryptor = state.decryptor;
  r.locked = state.status === 'open-password';
  return state;
}
