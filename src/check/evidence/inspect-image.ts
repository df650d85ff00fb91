import fs from 'node:fs';
import { PNG } from 'pngjs';
import { readImageHeader } from '../../util/image-header.js';
import { readHead } from '../../util/read-head.js';
import { MAX_IMAGE_PIXELS } from '../../util/image-header.js';

/** What reading a JPEG or PNG found. Never thrown: a file that cannot be read is described. */
export interface ImageInspection {
  format: 'jpeg' | 'png' | null;
  /** stored pixel size (before EXIF orientation); 0 when the header cannot be read */
  width: number;
  height: number;
  orientation: number;
  /** EXIF DateTimeOriginal, YYYY-MM-DD */
  taken?: string;
  /**
   * Why it cannot serve as evidence: 'unreadable' (no decodable header, or an encoding a PDF cannot
   * carry), 'truncated' (cut short: no JPEG end marker, a PNG chunk running past the end, no IEND).
   */
  broken?: { kind: 'unreadable' | 'truncated'; detail: string };
}

/** JPEG or PNG by its first bytes (the extension is not asked). */
export function looksLikeImage(head: Uint8Array): boolean {
  const jpeg = head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff;
  const png = head[0] === 0x89 && head[1] === 0x50 && head[2] === 0x4e && head[3] === 0x47;
  return jpeg || png;
}

/** Files above this are judged by their header alone: the size limit rules them out anyway. */
const WHOLE_FILE_LIMIT = 256 * 1048576;
/** The header is looked for in this much of the file first (EXIF blocks before a JPEG's frame header are at most 64 KB each). */
const HEAD_BYTES = 256 * 1024;

/** The most pixels an image may have (util/image-header.ts says why). */
export { MAX_IMAGE_PIXELS };

/**
 * Read an image the way the bundle will need it: signature, header, size, EXIF date — from its first
 * bytes; then, when its pixel count is within MAX_IMAGE_PIXELS, the whole file, to see that it ends
 * where it should (a copy cut short by a failed transfer is the common damage) and, for a PNG, that it decodes.
 */
export function inspectImage(abs: string): ImageInspection {
  let data: Buffer;
  let size: number;
  try {
    size = fs.statSync(abs).size;
    data = readHead(abs, Math.min(size, HEAD_BYTES));
  } catch (e) {
    return unreadable((e as NodeJS.ErrnoException).code ?? String(e));
  }
  let h = readImageHeader(data);
  // A header past the first bytes (many EXIF or ICC blocks): look through the whole file, once.
  let whole = data.length === size;
  if (typeof h === 'string' && !whole && size <= WHOLE_FILE_LIMIT) {
    try {
      data = fs.readFileSync(abs);
    } catch (e) {
      return unreadable((e as NodeJS.ErrnoException).code ?? String(e));
    }
    whole = true;
    h = readImageHeader(data);
  }
  if (typeof h === 'string') return { ...unreadable(h), ...(/truncated/.test(h) ? { broken: { kind: 'truncated', detail: h } } : {}) };
  const base: ImageInspection = {
    format: h.format,
    width: h.width,
    height: h.height,
    orientation: h.orientation,
    ...(h.taken ? { taken: h.taken } : {}),
  };
  if (h.format === 'jpeg') {
    // PDF readers decode 8-bit baseline and progressive Huffman JPEGs; not lossless, arithmetic or 12-bit ones.
    const sof = h.sof ?? 0xc0;
    if (h.precision !== 8 || ![0xc0, 0xc1, 0xc2].includes(sof))
      return { ...base, broken: { kind: 'unreadable', detail: `JPEG coding not supported in PDF (SOF${sof - 0xc0}, ${h.precision}-bit)` } };
    if (![1, 3, 4].includes(h.components))
      return { ...base, broken: { kind: 'unreadable', detail: `JPEG with ${h.components} colour components` } };
  }
  // Judged by its header alone: too many pixels to decode (the rule says so), or over the size limit anyway.
  if (h.width * h.height > MAX_IMAGE_PIXELS || size > WHOLE_FILE_LIMIT) return base;
  if (!whole) {
    try {
      data = fs.readFileSync(abs);
    } catch (e) {
      return unreadable((e as NodeJS.ErrnoException).code ?? String(e));
    }
  }
  if (h.format === 'jpeg') {
    if (!jpegEnds(data, h.frameEnd ?? 2)) return { ...base, broken: { kind: 'truncated', detail: 'JPEG without its end marker (EOI)' } };
    return base;
  }
  const chunks = pngChunks(data);
  if (chunks) return { ...base, broken: { kind: 'truncated', detail: chunks } };
  try {
    PNG.sync.read(data);
  } catch (e) {
    return { ...base, broken: { kind: 'unreadable', detail: `PNG does not decode: ${e instanceof Error ? e.message : String(e)}` } };
  }
  return base;
}

function unreadable(detail: string): ImageInspection {
  return { format: null, width: 0, height: 0, orientation: 1, broken: { kind: 'unreadable', detail } };
}

/**
 * Whether a JPEG's data, from the end of its frame header, reaches an EOI marker. Markers inside
 * the entropy-coded data are stuffed (FF 00) or restarts (FF D0–D7); segments between the scans of
 * a progressive JPEG are skipped by their length. Data after EOI (a phone's appended video) is fine.
 */
export function jpegEnds(b: Buffer, from: number): boolean {
  let pos = from;
  for (;;) {
    const i = b.indexOf(0xff, pos);
    if (i < 0 || i + 1 >= b.length) return false;
    const m = b[i + 1]!;
    if (m === 0xd9) return true;
    if (m === 0x00 || m === 0xff || m === 0x01 || (m >= 0xd0 && m <= 0xd7)) {
      pos = i + 1;
      continue;
    }
    if (i + 4 > b.length) return false;
    pos = i + 2 + b.readUInt16BE(i + 2);
  }
}

/** Why a PNG's chunk list is cut short, or null when it runs whole to IEND with image data before it. */
export function pngChunks(b: Buffer): string | null {
  let pos = 8;
  let idat = false;
  while (pos + 8 <= b.length) {
    const len = b.readUInt32BE(pos);
    const type = b.toString('latin1', pos + 4, pos + 8);
    if (pos + 12 + len > b.length) return `PNG chunk ${type} runs past the end of the file`;
    if (type === 'IDAT') idat = true;
    if (type === 'IEND') return idat ? null : 'PNG without image data (IDAT)';
    pos += 12 + len;
  }
  return 'PNG without its end chunk (IEND)';
}
