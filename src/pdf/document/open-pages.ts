import { evaluateEncryption } from '../crypt/encrypt-dict.js';
import type { Decryptor } from '../crypt/decryptor.js';
import { damage, messageOf } from '../errors.js';
import { FileSource } from '../syntax/byte-source.js';
import { PdfDict, PdfRef, PdfStream, asBytes, isName, type PdfValue } from '../syntax/pdf-values.js';
import { ObjectResolver } from '../xref/object-resolver.js';
import { addObjectStreamEntries, rebuildXref } from '../xref/rebuild-xref.js';
import { findStartXref } from '../xref/startxref.js';
import { loadXrefChain } from '../xref/xref-chain.js';
import { findHeader } from './header.js';

/** Page attributes a page may inherit from its ancestors in the page tree (ISO 32000 §7.7.3.4). */
const INHERITABLE = ['Resources', 'MediaBox', 'CropBox', 'Rotate'] as const;

/** One leaf of the page tree, with what it inherits filled in. */
export interface SourcePage {
  /** the page object's number, or null for a page written directly in its parent's /Kids */
  num: number | null;
  dict: PdfDict;
  inherited: Partial<Record<(typeof INHERITABLE)[number], PdfValue>>;
}

/** A PDF opened for copying its pages: objects are read on demand through `resolver`. */
export interface PageSource {
  src: FileSource;
  resolver: ObjectResolver;
  pages: SourcePage[];
  /** present when the file is encrypted and opens with the empty password (owner-restricted) */
  decryptor: Decryptor | undefined;
  /** the cross-reference table had to be rebuilt by scanning the file */
  repaired: boolean;
  close(): void;
}

/** Why a file cannot be copied (no header, a password needed, no readable page). */
export class PageSourceError extends Error {
  override readonly name = 'PageSourceError';
}

const MAX_PAGES = 100_000;

/**
 * Open a PDF for copying its pages: the xref as written, else rebuilt by scanning (a damaged but
 * repairable file); an owner-restricted file is decrypted with the empty password. Throws
 * PageSourceError when no page can be read.
 */
export function openPageSource(filePath: string): PageSource {
  let src: FileSource;
  try {
    src = FileSource.open(filePath);
  } catch (err) {
    throw new PageSourceError(`cannot read the file: ${messageOf(err)}`);
  }
  try {
    const header = findHeader(src);
    if (!header) throw new PageSourceError('not a PDF file');
    let firstError: unknown;
    try {
      const start = findStartXref(src);
      if (!start) damage('no startxref');
      const chain = loadXrefChain(src, start.offset, header.offset);
      // Strict while the page tree is walked (any inconsistency means: rebuild), lenient for copying.
      const strict = new ObjectResolver(src, chain.map, chain.base, true);
      const opened = finish(src, strict, chain.trailers, false);
      const lenient = new ObjectResolver(src, chain.map, chain.base, false);
      lenient.decryptor = strict.decryptor;
      lenient.shareObjectStreams(strict);
      return { ...opened, resolver: lenient };
    } catch (err) {
      if (err instanceof PageSourceError && err.message.includes('password')) throw err;
      firstError = err;
    }
    try {
      const rebuilt = rebuildXref(src);
      const r = new ObjectResolver(src, rebuilt.map, 0, false);
      return finish(src, r, rebuilt.trailers, true, () => addObjectStreamEntries(r, rebuilt.objectStreams));
    } catch (err) {
      throw new PageSourceError(`${messageOf(firstError)}; rebuilding failed: ${messageOf(err)}`);
    }
  } catch (err) {
    src.close();
    throw err instanceof PageSourceError ? err : new PageSourceError(messageOf(err));
  }
}

function finish(src: FileSource, r: ObjectResolver, trailers: PdfDict[], repaired: boolean, afterKeys?: () => void): PageSource {
  const pick = (key: string): PdfValue | undefined => trailers.find((t) => t.get(key) !== undefined)?.get(key);
  let decryptor: Decryptor | undefined;
  const encrypt = pick('Encrypt');
  if (encrypt !== undefined && encrypt !== null) {
    const dict = r.resolve(encrypt);
    if (!(dict instanceof PdfDict)) throw new PageSourceError('the encryption dictionary is unreadable: a password is needed');
    const ids = r.resolve(pick('ID'));
    const id0 = Array.isArray(ids) ? asBytes(r.resolve(ids[0])) : undefined;
    const state = evaluateEncryption(dict, id0, (v) => r.resolve(v));
    if (state.status === 'open-password') throw new PageSourceError(`a password is needed to open this file (${state.detail ?? ''})`);
    decryptor = state.decryptor;
    r.decryptor = decryptor;
  }
  afterKeys?.();
  // Every trailer's /Root, newest first, as the inspector reads them: a catalog no trailer names is not the document's.
  const roots = trailers.map((t) => t.get('Root')).filter((v): v is PdfValue => v !== undefined);
  let lastError: unknown = new Error('the trailer has no /Root');
  for (const root of roots) {
    try {
      if (r.strict && root !== roots[0]) break;
      const catalog = r.resolve(root);
      if (!(catalog instanceof PdfDict)) damage('the document catalog is missing');
      const pages = collectPages(r, catalog);
      if (pages.length === 0) damage('the page tree holds no readable page');
      return { src, resolver: r, pages, decryptor, repaired, close: () => src.close() };
    } catch (err) {
      lastError = err;
    }
  }
  throw lastError;
}

/** The leaves of the page tree in order, each with its inherited attributes; loops are cut. */
function collectPages(r: ObjectResolver, catalog: PdfDict): SourcePage[] {
  const rootRef = catalog.get('Pages');
  const root = r.resolve(rootRef);
  if (!(root instanceof PdfDict)) damage('the catalog has no /Pages dictionary');
  const out: SourcePage[] = [];
  const seen = new Set<number>(rootRef instanceof PdfRef ? [rootRef.num] : []);
  const walk = (node: PdfDict, num: number | null, inherited: SourcePage['inherited'], depth: number): void => {
    if (depth > 64 || out.length > MAX_PAGES) return;
    const kids = r.resolve(node.get('Kids'));
    const isLeaf = isName(node.get('Type'), 'Page') || !Array.isArray(kids);
    if (isLeaf) {
      out.push({ num, dict: node, inherited });
      return;
    }
    const next = { ...inherited };
    for (const key of INHERITABLE) if (node.get(key) !== undefined) next[key] = node.get(key);
    for (const kid of kids as PdfValue[]) {
      const kidNum = kid instanceof PdfRef ? kid.num : null;
      if (kidNum !== null) {
        if (seen.has(kidNum)) continue;
        seen.add(kidNum);
      }
      const child = r.resolve(kid);
      if (child instanceof PdfDict) walk(child, kidNum, next, depth + 1);
      else if (child instanceof PdfStream) out.push({ num: kidNum, dict: withoutStreamKeys(child.dict), inherited: next });
      else if (r.strict) damage(`the page tree refers to a missing object`);
    }
  };
  walk(root, rootRef instanceof PdfRef ? rootRef.num : null, {}, 0);
  return out;
}

const STREAM_KEYS = new Set(['Length', 'Filter', 'DecodeParms', 'DL', 'F', 'FFilter', 'FDecodeParms']);

/** A page written as a stream (every reader shows it): its dictionary, less what describes the stream's data. */
function withoutStreamKeys(d: PdfDict): PdfDict {
  const out = new PdfDict();
  for (const [k, v] of d.map) if (!STREAM_KEYS.has(k)) out.map.set(k, v);
  return out;
}
