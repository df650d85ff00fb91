import { PdfDamage, PdfLocked, damage } from '../errors.js';
import { decodeStream } from '../streams/filters.js';
import { readStreamRaw } from '../streams/raw-stream.js';
import type { ByteSource } from '../syntax/byte-source.js';
import { parseIndirectObject } from '../syntax/object-parser.js';
import { PdfRef, PdfStream, asIndex, isName, type PdfValue } from '../syntax/pdf-values.js';
import { parseWindowed } from '../syntax/windowed-parse.js';
import { ObjectStream } from './object-stream.js';
import type { XrefMap } from './xref-map.js';

/** What the resolver needs from the security handler. */
export interface StreamDecryptor {
  decryptStream(data: Buffer, num: number, gen: number): Buffer;
}

export interface Resolved {
  value: PdfValue;
  num: number;
  gen: number;
  /** stored directly in the file (its strings are encrypted), not inside an object stream */
  direct: boolean;
}

/** A free, missing or (in lenient mode) unreadable object reads as null, as ISO 32000 §7.3.10 says. */
function nullObject(num: number): Resolved {
  return { value: null, num, gen: 0, direct: false };
}

const MAX_CACHED_OBJSTM_BYTES = 64 * 1024 * 1024;
/** How much of an object a peek reads; larger page objects are parsed instead. */
const PEEK_BYTES = 2048;

/**
 * Loads objects on demand through the xref. In strict mode any inconsistency is damage (the
 * caller then rebuilds the xref); in lenient mode (after a rebuild) a bad object is just null.
 */
export class ObjectResolver {
  decryptor: StreamDecryptor | undefined;
  locked = false;
  private readonly cache = new Map<number, Resolved>();
  private objStms = new Map<number, ObjectStream>();
  private objStmBytes = 0;
  private lastUncached: { num: number; os: ObjectStream } | undefined;
  private readonly loading = new Set<number>();

  constructor(
    private readonly src: ByteSource,
    readonly xref: XrefMap,
    private readonly base: number,
    readonly strict: boolean,
  ) {}

  /**
   * Use the object streams `other` decoded (same file, same xref): bundle walks the page tree with
   * a strict resolver and copies with a lenient one, and must not inflate each stream twice.
   */
  shareObjectStreams(other: ObjectResolver): void {
    this.objStms = other.objStms;
    this.objStmBytes = other.objStmBytes;
    this.lastUncached = other.lastUncached;
  }

  /**
   * Forget the objects parsed so far (they are read again if asked for). A copier that has written
   * an object keeps its own note of it, so a long copy need not keep every page's dictionaries:
   * 20,000 pages kept ~10 KB each.
   */
  releaseParsed(): void {
    this.cache.clear();
  }

  /** Follow a reference (chains too); anything else is returned as is. */
  resolve(v: PdfValue | undefined): PdfValue {
    for (let hops = 0; v instanceof PdfRef; hops++) {
      if (hops > 32) return null;
      v = this.get(v.num).value;
    }
    return v ?? null;
  }

  get(num: number): Resolved {
    const hit = this.cache.get(num);
    if (hit) return hit;
    if (this.loading.has(num)) return nullObject(num); // /Length 5 0 R inside 5 0 obj
    this.loading.add(num);
    try {
      const r = this.load(num);
      this.cache.set(num, r);
      return r;
    } catch (err) {
      if (this.strict || !(err instanceof PdfDamage)) throw err;
      return nullObject(num);
    } finally {
      this.loading.delete(num);
    }
  }

  private load(num: number): Resolved {
    const e = num === 0 ? undefined : this.xref.get(num); // object 0 is always free (ISO 32000-1 §7.5.4)
    if (!e || e.type === 0) return nullObject(num);
    if (e.type === 2) return { value: this.objectStream(e.stream).get(num) ?? null, num, gen: 0, direct: false };
    let firstError: unknown;
    for (const offset of [e.offset, ...(e.alternatives ?? [])]) {
      try {
        const obj = parseWindowed(this.src, this.base + offset, parseIndirectObject);
        if (obj.num !== num) damage(`object ${num} is not at offset ${offset} (found object ${obj.num})`);
        return { value: obj.value, num, gen: obj.gen, direct: true };
      } catch (err) {
        firstError ??= err instanceof PdfDamage ? new PdfDamage(`object ${num} at offset ${offset}: ${err.message}`) : err;
      }
    }
    throw firstError;
  }

  /**
   * Whether object `num` is plainly a leaf page (/Type /Page, no /Kids), judged from its raw text
   * without parsing it. Leaves are most of a long document's objects and the page-tree walk needs
   * nothing else from them. undefined means "not sure": the caller parses the object. A leaf's
   * raw text is returned, for the caller to see whether it is worth parsing after all.
   */
  peekLeafPage(num: number): string | undefined {
    if (this.cache.has(num)) return undefined;
    const e = this.xref.get(num);
    if (!e || e.type === 0) return undefined;
    let body: string | undefined;
    try {
      if (e.type === 2) body = this.objectStream(e.stream).rawText(num, PEEK_BYTES);
      else {
        const text = this.src.read(this.base + e.offset, PEEK_BYTES).toString('latin1');
        const head = /^\s*(\d+)\s+\d+\s+obj\b/.exec(text);
        const end = text.indexOf('endobj');
        if (head && Number(head[1]) === num && end > 0 && !text.slice(0, end).includes('stream')) body = text.slice(head[0].length, end);
      }
    } catch (err) {
      if (err instanceof PdfDamage) return undefined;
      throw err;
    }
    if (body === undefined || body.includes('/Kids')) return undefined;
    return /\/Type\s*\/Page(?![A-Za-z0-9#])/.test(body) ? body : undefined;
  }

  /** A stream's bytes: raw, decrypted when the file is encrypted (unless told it is stored in
   *  clear, as /EncryptMetadata false allows for XMP), then decoded. */
  streamBytes(stream: PdfStream, num: number, gen: number, decrypt = true): Buffer {
    const length = asIndex(this.resolve(stream.dict.get('Length')));
    const raw = readStreamRaw(this.src, stream.dataStart, length);
    if (raw.recovered && this.strict) damage(`stream of object ${num} has a wrong /Length`);
    let data = raw.data;
    if (decrypt && !isName(stream.dict.get('Type'), 'XRef')) {
      if (this.locked) throw new PdfLocked('stream is encrypted with an unknown password');
      if (this.decryptor) data = this.decryptor.decryptStream(data, num, gen);
    }
    return decodeStream(data, stream.dict);
  }

  objectStream(num: number): ObjectStream {
    const cached = this.objStms.get(num) ?? (this.lastUncached?.num === num ? this.lastUncached.os : undefined);
    if (cached) return cached;
    const holder = this.get(num);
    const stream = holder.value;
    if (!(stream instanceof PdfStream) || !holder.direct) damage(`object stream ${num} is missing`);
    const os = new ObjectStream(this.streamBytes(stream, num, holder.gen), stream.dict);
    if (this.objStmBytes + os.byteLength <= MAX_CACHED_OBJSTM_BYTES) {
      this.objStms.set(num, os);
      this.objStmBytes += os.byteLength;
    } else {
      // No room: it still stays until the next one is needed, so that a page tree whose kids all
      // live in one big stream (or a file built to make us inflate it per kid) decodes it once.
      this.lastUncached = { num, os };
    }
    return os;
  }
}
