import fs from 'node:fs';
import {
  PdfDict,
  PdfName,
  PdfRef,
  PdfStream,
  PdfString,
  isAction,
  type PageSource,
  type PdfValue,
  type SourcePage,
} from '../../pdf/index.js';
import { name, ref, type PdfWriter } from './pdf-writer.js';
import { ActionFilter } from './safe-actions.js';

/** Keys of a page that a bundle does not carry over: its place in the old tree, thumbnails, metadata, articles, its actions. */
const DROPPED_PAGE_KEYS = new Set([
  'Parent',
  'B',
  'Thumb',
  'Metadata',
  'PieceInfo',
  'CropBox',
  'BleedBox',
  'TrimBox',
  'ArtBox',
  'Type',
  'Rotate',
  'AA',
  'Annots',
]);
/**
 * Keys dropped everywhere: metadata streams (possibly stored in clear inside an encrypted file),
 * additional actions (page open/close, widget keystroke and format scripts), embedded and
 * associated files. A submission carries no action but internal links and plain web links.
 */
const DROPPED_KEYS = new Set(['Metadata', 'AA', 'EF', 'AF', 'RichMediaContent']);

const CHUNK = 1 << 20;

/** How a copied page is finished: its new box and the stamp drawn over it. */
export interface PageFinish {
  /** the new visible box (MediaBox = CropBox) in the page's own user space */
  box: [number, number, number, number];
  /** content streams drawn after the page's own (already written) */
  overlay: number[];
  /** shared streams holding `q` and `Q`, to isolate the page's graphics state */
  saveRestore: [number, number];
  /** resources the overlay needs, added to the page's: /Font name → object */
  fonts: Record<string, number>;
}

/** The geometry of a source page, read before copying (to plan its stamp). */
export interface PageGeometry {
  /** the visible box (CropBox within MediaBox) */
  box: [number, number, number, number];
  rotate: 0 | 90 | 180 | 270;
}

function asBox(v: PdfValue): [number, number, number, number] | undefined {
  if (!Array.isArray(v) || v.length !== 4 || !v.every((x) => typeof x === 'number')) return undefined;
  const [a, b, c, d] = v as number[];
  return [Math.min(a!, c!), Math.min(b!, d!), Math.max(a!, c!), Math.max(b!, d!)];
}

/** The page's visible box and rotation, with what it inherits; A4 when the file says nothing usable. */
export function pageGeometry(source: PageSource, page: SourcePage): PageGeometry {
  const r = source.resolver;
  const get = (key: 'MediaBox' | 'CropBox' | 'Rotate'): PdfValue => r.resolve(page.dict.get(key) ?? page.inherited[key]);
  const resolveBox = (v: PdfValue): [number, number, number, number] | undefined =>
    asBox(Array.isArray(v) ? v.map((x) => r.resolve(x)) : v);
  let box = resolveBox(get('MediaBox')) ?? [0, 0, 595.28, 841.89];
  const crop = resolveBox(get('CropBox'));
  if (crop) {
    const inter: [number, number, number, number] = [
      Math.max(box[0], crop[0]),
      Math.max(box[1], crop[1]),
      Math.min(box[2], crop[2]),
      Math.min(box[3], crop[3]),
    ];
    if (inter[2] - inter[0] > 1 && inter[3] - inter[1] > 1) box = inter;
  }
  if (box[2] - box[0] < 1 || box[3] - box[1] < 1) box = [0, 0, 595.28, 841.89];
  return { box, rotate: normalRotate(r.resolve(get('Rotate'))) };
}

/** /Rotate as a multiple of 90 in 0–270: readers refuse or differ on /Rotate 45 or 1e30. */
function normalRotate(v: PdfValue): PageGeometry['rotate'] {
  const quarter = typeof v === 'number' && Number.isFinite(v) ? Math.round(v / 90) % 4 : 0;
  return (((quarter + 4) % 4) * 90) as PageGeometry['rotate'];
}

/**
 * Copies pages of one source into the writer: every object a page needs is written once, straight
 * from the source (streams keep their encoding; an encrypted file's strings and streams are
 * decrypted). References to pages that are not copied, to page-tree nodes and to the catalog become
 * null, so nothing else of the source document comes along.
 */
export class PageCopier {
  private readonly numbers = new Map<number, number>();
  private readonly queue: number[] = [];
  private readonly buf = Buffer.allocUnsafe(CHUNK);
  private readonly actions: ActionFilter;

  constructor(
    private readonly out: PdfWriter,
    private readonly source: PageSource,
    /** source page object number → the number it gets in the bundle */
    private readonly pageNumbers: Map<number, number>,
    /** the source file, opened by the caller, for straight reads of large streams */
    private readonly fd: number,
  ) {
    this.actions = new ActionFilter(source);
  }

  /** Write one page (as object `num`, child of `parent`) and everything it uses. */
  copyPage(page: SourcePage, num: number, parent: number, finish: PageFinish): void {
    const r = this.source.resolver;
    const out = new PdfDict();
    out.map.set('Type', name('Page'));
    out.map.set('Parent', ref(parent));
    const direct = page.num !== null ? r.get(page.num) : null;
    const ctx = { num: direct?.num ?? 0, gen: direct?.gen ?? 0, direct: direct?.direct ?? false };
    for (const [k, v] of page.dict.map) {
      if (DROPPED_PAGE_KEYS.has(k) || k === 'Contents' || k === 'Resources' || k === 'MediaBox') continue;
      out.map.set(k, this.translate(v, ctx));
    }
    out.map.set('MediaBox', [...finish.box]);
    out.map.set('CropBox', [...finish.box]);
    const rotate = page.dict.get('Rotate') ?? page.inherited.Rotate;
    if (rotate !== undefined) out.map.set('Rotate', normalRotate(r.resolve(rotate)));
    out.map.set('Resources', this.resources(page, ctx, finish.fonts));
    const annots = this.safeAnnotations(page.dict.get('Annots'), ctx);
    if (annots.length > 0) out.map.set('Annots', annots);
    const contents = r.resolve(page.dict.get('Contents') ?? null);
    const own = page.dict.get('Contents');
    const original: PdfValue[] = Array.isArray(contents)
      ? contents.map((c) => this.translate(c, ctx))
      : own instanceof PdfRef
        ? [this.translate(own, ctx)]
        : [];
    const [q, bigQ] = finish.saveRestore;
    const streams = original.filter((c) => c instanceof PdfRef);
    out.map.set('Contents', [...(streams.length ? [ref(q), ...streams, ref(bigQ)] : []), ...finish.overlay.map((n) => ref(n))]);
    this.out.object(num, out);
    this.drain();
  }

  /** The page's resources (inherited ones included) with the overlay's fonts added. */
  private resources(page: SourcePage, ctx: Ctx, fonts: Record<string, number>): PdfDict {
    const r = this.source.resolver;
    const original = r.resolve(page.dict.get('Resources') ?? page.inherited.Resources ?? null);
    const res = new PdfDict();
    if (original instanceof PdfDict) for (const [k, v] of original.map) if (k !== 'Font') res.map.set(k, this.translate(v, ctx));
    const fontDict = new PdfDict();
    const oldFonts = original instanceof PdfDict ? r.resolve(original.get('Font')) : null;
    if (oldFonts instanceof PdfDict) for (const [k, v] of oldFonts.map) fontDict.map.set(k, this.translate(v, ctx));
    for (const [k, n] of Object.entries(fonts)) fontDict.map.set(k, ref(n));
    res.map.set('Font', fontDict);
    return res;
  }

  /**
   * The page's annotations without those that run, launch, send, fetch, play or hold a file: a
   * link is kept only when it goes to a place in the document or to an http(s) address. In an
   * encrypted file the URI is decrypted before it is judged.
   */
  private safeAnnotations(v: PdfValue | undefined, ctx: Ctx): PdfValue[] {
    const r = this.source.resolver;
    const list = r.resolve(v ?? null);
    if (!Array.isArray(list)) return [];
    const kept: PdfValue[] = [];
    for (const a of list) {
      const annot = r.resolve(a);
      if (!(annot instanceof PdfDict)) continue;
      if (this.actions.annotationIsSafe(annot, a instanceof PdfRef ? r.get(a.num) : ctx)) kept.push(this.translate(a, ctx));
    }
    return kept;
  }

  /** A value with its references renumbered (and queued for writing) and strings decrypted. */
  private translate(v: PdfValue, ctx: Ctx): PdfValue {
    if (v instanceof PdfRef) return this.reference(v);
    if (v instanceof PdfString) {
      const d = this.source.decryptor;
      return d && ctx.direct ? new PdfString(d.decryptString(v.bytes, ctx.num, ctx.gen)) : v;
    }
    if (Array.isArray(v)) return v.map((x) => this.translate(x, ctx));
    if (v instanceof PdfDict) {
      const out = new PdfDict();
      for (const [k, x] of v.map) {
        if (DROPPED_KEYS.has(k) || (k === 'A' && !this.actions.actionIsSafe(x, ctx))) continue;
        out.map.set(k, this.translate(x, ctx));
      }
      return out;
    }
    return v;
  }

  private reference(v: PdfRef): PdfValue {
    const page = this.pageNumbers.get(v.num);
    if (page !== undefined) return ref(page);
    const known = this.numbers.get(v.num);
    if (known !== undefined) return ref(known);
    const target = this.source.resolver.get(v.num).value;
    const typed = target instanceof PdfDict ? target : null;
    const type = typed?.get('Type');
    // Another page, a page-tree node or the catalog: following it would drag the whole document in.
    if (type instanceof PdfName && ['Page', 'Pages', 'Catalog'].includes(type.name)) return null;
    // An attachment or media annotation reached another way (a popup's /Parent), or an action object.
    const got = this.source.resolver.get(v.num);
    if (typed && !this.actions.annotationIsSafe(typed, got)) return null;
    if (typed && isAction(typed) && !this.actions.actionIsSafe(typed, got)) return null;
    if (target === null) return null;
    const n = this.out.alloc();
    this.numbers.set(v.num, n);
    this.queue.push(v.num);
    return ref(n);
  }

  /** Write every queued object (and what they refer to, queued as they are translated). */
  private drain(): void {
    const r = this.source.resolver;
    while (this.queue.length) {
      const srcNum = this.queue.pop()!;
      const n = this.numbers.get(srcNum)!;
      const got = r.get(srcNum);
      const ctx = { num: got.num, gen: got.gen, direct: got.direct };
      if (got.value instanceof PdfStream) this.copyStream(n, got.value, ctx);
      else this.out.object(n, this.translate(got.value, ctx));
    }
  }

  /** A stream's bytes as stored (still encoded), decrypted when the file is encrypted. */
  private copyStream(n: number, s: PdfStream, ctx: Ctx): void {
    const r = this.source.resolver;
    const d = this.translate(s.dict, ctx) as PdfDict;
    d.map.delete('Length');
    const declared = r.resolve(s.dict.get('Length'));
    const length = typeof declared === 'number' && declared >= 0 ? this.checkedLength(s.dataStart, declared) : undefined;
    const { src } = this.source;
    if (length !== undefined && !this.source.decryptor) {
      // Straight through, a window at a time: a 50 MB scan never sits in memory whole.
      this.out.streamStart(n, d, length);
      for (let off = 0; off < length;) {
        const got = fs.readSync(this.fd, this.buf, 0, Math.min(CHUNK, length - off), s.dataStart + off);
        if (got <= 0) throw new Error('the file shrank while it was copied');
        this.out.streamChunk(this.buf.subarray(0, got));
        off += got;
      }
      this.out.streamEnd();
      return;
    }
    let data = length !== undefined ? Buffer.from(src.read(s.dataStart, length)) : this.searchEnd(s.dataStart);
    if (this.source.decryptor) data = this.source.decryptor.decryptStream(data, ctx.num, ctx.gen);
    this.out.stream(n, d, data);
  }

  /** /Length when `endstream` follows it; undefined when the length is wrong. */
  private checkedLength(start: number, length: number): number | undefined {
    const { src } = this.source;
    if (start + length > src.size) return undefined;
    return /^[\s\0]*endstream/.test(src.read(start + length, 64).toString('latin1')) ? length : undefined;
  }

  /** A stream with a wrong /Length: its data runs to the next `endstream`. */
  private searchEnd(start: number): Buffer {
    const { src } = this.source;
    const parts: Buffer[] = [];
    for (let pos = start; pos < src.size; pos += CHUNK) {
      const chunk = src.read(pos, CHUNK + 16);
      const at = chunk.indexOf('endstream');
      if (at >= 0) {
        parts.push(Buffer.from(chunk.subarray(0, at)));
        break;
      }
      parts.push(Buffer.from(chunk.subarray(0, Math.min(CHUNK, chunk.length))));
    }
    let data = Buffer.concat(parts);
    if (data[data.length - 1] === 0x0a) data = data.subarray(0, -1);
    if (data[data.length - 1] === 0x0d) data = data.subarray(0, -1);
    return data;
  }
}

/** Where a value was read: the object holding it (its key decrypts its strings). */
export interface Ctx {
  num: number;
  gen: number;
  direct: boolean;
}
