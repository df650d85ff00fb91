import { evaluateEncryption, type EncryptionState } from '../crypt/encrypt-dict.js';
import { PdfLocked, damage, messageOf } from '../errors.js';
import type { PdfInfo } from '../inspect/result.js';
import type { ByteSource } from '../syntax/byte-source.js';
import { PdfDict, PdfName, PdfRef, asBytes, type PdfValue } from '../syntax/pdf-values.js';
import { ObjectResolver } from '../xref/object-resolver.js';
import { addObjectStreamEntries, rebuildXref } from '../xref/rebuild-xref.js';
import { findStartXref } from '../xref/startxref.js';
import { loadXrefChain } from '../xref/xref-chain.js';
import { laterVersion, type PdfHeader } from './header.js';
import { readInfo } from './info-dict.js';
import { recoverPageCount, type RecoveredCount } from './page-recovery.js';
import { countPages } from './page-tree.js';
import { readXmpInfo } from './xmp.js';

export interface OpenedDocument {
  encryption: EncryptionState;
  /** null when the page tree is inside encrypted streams we cannot decrypt */
  pages: number | null;
  /** faults worth a 'repaired' judgement even though the xref itself was fine */
  problems: string[];
  version?: string;
  info: PdfInfo;
}

/** The fast path: trust startxref and the xref chain; any inconsistency throws. */
export function openFast(src: ByteSource, header: PdfHeader): OpenedDocument {
  const start = findStartXref(src);
  if (!start) damage('no startxref at the end of the file (truncated or damaged)');
  const chain = loadXrefChain(src, start.offset, header.offset);
  const r = new ObjectResolver(src, chain.map, chain.base, true);
  const doc = finishOpen(r, chain.trailers, [], header);
  if (chain.malformed) doc.problems.unshift('cross-reference entries do not follow the standard layout');
  if (start.trailingBytes > 0) doc.problems.unshift(`${start.trailingBytes} bytes of unexplained data follow the last %%EOF`);
  return doc;
}

/** The slow path: rebuild the xref by scanning, then take the first catalog that has pages. */
export function openRebuilt(src: ByteSource, header: PdfHeader): OpenedDocument {
  const rebuilt = rebuildXref(src);
  const r = new ObjectResolver(src, rebuilt.map, 0, false);
  const recover = (): RecoveredCount | undefined => recoverPageCount(src, header, r, rebuilt.pageObjects);
  const catalogs = rebuilt.catalogs;
  const afterKeys = (): void => void catalogs.push(...addObjectStreamEntries(r, rebuilt.objectStreams));
  return finishOpen(r, rebuilt.trailers, catalogs, header, afterKeys, recover);
}

function finishOpen(
  r: ObjectResolver,
  trailers: PdfDict[],
  catalogs: number[],
  header: PdfHeader,
  afterKeys?: () => void,
  recover?: () => RecoveredCount | undefined,
): OpenedDocument {
  const pick = (key: string): PdfValue | undefined => trailers.find((t) => t.get(key) !== undefined)?.get(key);
  const encryption = openEncryption(r, pick('Encrypt'), pick('ID'));
  const readInfoDict = (): PdfInfo => (r.locked ? {} : readInfo(r, pick('Info'), encryption.decryptor));
  afterKeys?.();
  const roots: PdfValue[] = [pick('Root'), ...catalogs.map((n) => new PdfRef(n, 0))].filter((v) => v !== undefined);
  if (roots.length === 0) damage('the trailer has no /Root (document catalog)');
  let lastError: unknown;
  for (const root of roots) {
    try {
      const catalog = r.resolve(root);
      if (!(catalog instanceof PdfDict)) damage('the document catalog (/Root) is missing or not a dictionary');
      const tree = countPages(r, catalog);
      const info = readInfoDict();
      if (!r.locked && !(info.title && info.subject && info.keywords)) Object.assign(info, { ...readXmpInfo(r, catalog), ...info });
      const catalogVersion = r.resolve(catalog.get('Version'));
      const version = laterVersion(header.version, catalogVersion instanceof PdfName ? catalogVersion.name : undefined);
      return { encryption, pages: tree.pages, problems: tree.problems, info, ...(version ? { version } : {}) };
    } catch (err) {
      if (err instanceof PdfLocked) return { encryption, pages: null, problems: [], info: {}, version: header.version };
      if (r.strict) throw err;
      lastError = err;
    }
  }
  const recovered = recover?.();
  if (!recovered) throw lastError;
  const why = `no readable page tree (${messageOf(lastError)}); ${recovered.how}`;
  const info = readInfoDict();
  return { encryption, pages: recovered.pages, problems: [why], info, ...(header.version ? { version: header.version } : {}) };
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
