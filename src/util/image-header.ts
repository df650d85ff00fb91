/** What the header of a JPEG or PNG file says. */
export interface ImageHeader {
  format: 'jpeg' | 'png';
  /** stored pixel size (before EXIF orientation) */
  width: number;
  height: number;
  /** EXIF orientation 1–8 (1: as stored) */
  orientation: number;
  /** JPEG: colour components (1 grey, 3 RGB/YCbCr, 4 CMYK) */
  components: number;
  /** JPEG: an Adobe APP14 marker (its CMYK data is stored inverted) */
  adobe: boolean;
  /** EXIF DateTimeOriginal (when the photo was taken) as YYYY-MM-DD, when the header has one */
  taken?: string;
  /** JPEG: where the frame header ends; the image data (and its EOI marker) can only come after it */
  frameEnd?: number;
  /** JPEG: the SOF marker (0xc0 baseline, 0xc2 progressive…); arithmetic coding and lossless frames are rare */
  sof?: number;
  /** JPEG: bits per sample (8 almost always; 12 is not embeddable in PDF) */
  precision?: number;
}

/**
 * Read a JPEG's or PNG's header: format, size, EXIF orientation. Returns a reason string when the
 * bytes are not a readable image (wrong signature, truncated before the size, zero size).
 */
export function readImageHeader(data: Uint8Array): ImageHeader | string {
  const b = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (b.length >= 24 && b.readUInt32BE(0) === 0x89504e47 && b.readUInt32BE(4) === 0x0d0a1a0a) {
    if (b.toString('latin1', 12, 16) !== 'IHDR') return 'PNG without an IHDR chunk';
    const width = b.readUInt32BE(16);
    const height = b.readUInt32BE(20);
    if (!width || !height) return 'PNG of zero size';
    return { format: 'png', width, height, orientation: 1, components: 0, adobe: false };
  }
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) return jpegHeader(b);
  return 'not a JPEG or PNG image';
}

function jpegHeader(b: Buffer): ImageHeader | string {
  let orientation = 1;
  let adobe = false;
  let taken: string | undefined;
  let pos = 2;
  while (pos + 4 <= b.length) {
    if (b[pos] !== 0xff) return 'JPEG marker expected';
    const marker = b[pos + 1]!;
    if (marker === 0xff) {
      pos++;
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      pos += 2;
      continue;
    }
    const len = b.readUInt16BE(pos + 2);
    const seg = b.subarray(pos + 4, pos + 2 + len);
    if (marker === 0xe1 && seg.toString('latin1', 0, 6) === 'Exif\0\0') {
      orientation = exifOrientation(seg.subarray(6)) ?? orientation;
      taken = exifTaken(seg.subarray(6)) ?? taken;
    }
    if (marker === 0xee && seg.toString('latin1', 0, 5) === 'Adobe') adobe = true;
    const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isSof) {
      if (seg.length < 6) return 'JPEG truncated in its frame header';
      const height = seg.readUInt16BE(1);
      const width = seg.readUInt16BE(3);
      if (!width || !height) return 'JPEG of zero size';
      const frame = { frameEnd: pos + 2 + len, sof: marker, precision: seg[0]! };
      return { format: 'jpeg', width, height, orientation, components: seg[5]!, adobe, ...(taken ? { taken } : {}), ...frame };
    }
    if (marker === 0xd9 || marker === 0xda) break;
    pos += 2 + len;
  }
  return 'JPEG truncated before its frame header';
}

/** Readers of a TIFF structure (the EXIF payload) in its byte order; offsets are checked by the caller. */
function tiffReader(t: Buffer): { u16: (o: number) => number; u32: (o: number) => number } {
  const le = t.toString('latin1', 0, 2) === 'II';
  return {
    u16: (o) => (le ? t.readUInt16LE(o) : t.readUInt16BE(o)),
    u32: (o) => (le ? t.readUInt32LE(o) : t.readUInt32BE(o)),
  };
}

/** The offset of the 12-byte entry of `tag` in the IFD at `ifd`, if present and whole. */
function ifdEntry(t: Buffer, ifd: number, tag: number): number | undefined {
  const { u16 } = tiffReader(t);
  if (ifd + 2 > t.length) return undefined;
  const count = u16(ifd);
  for (let i = 0; i < count; i++) {
    const e = ifd + 2 + i * 12;
    if (e + 12 > t.length) return undefined;
    if (u16(e) === tag) return e;
  }
  return undefined;
}

/** Tag 0x0112 of IFD0 of a TIFF structure (the EXIF payload). */
function exifOrientation(t: Buffer): number | undefined {
  if (t.length < 8) return undefined;
  const { u16, u32 } = tiffReader(t);
  const e = ifdEntry(t, u32(4), 0x0112);
  if (e === undefined) return undefined;
  const v = u16(e + 8);
  return v >= 1 && v <= 8 ? v : undefined;
}

/**
 * DateTimeOriginal (0x9003 in the EXIF sub-IFD that IFD0's tag 0x8769 points to), "YYYY:MM:DD hh:mm:ss",
 * as YYYY-MM-DD. Cameras without a set clock write zeros or blanks: no date then.
 */
function exifTaken(t: Buffer): string | undefined {
  if (t.length < 8) return undefined;
  const { u32 } = tiffReader(t);
  const pointer = ifdEntry(t, u32(4), 0x8769);
  if (pointer === undefined) return undefined;
  const e = ifdEntry(t, u32(pointer + 8), 0x9003);
  if (e === undefined) return undefined;
  const at = u32(e + 8);
  if (at + 10 > t.length) return undefined;
  const m = /^(\d{4}):(\d{2}):(\d{2})/.exec(t.toString('latin1', at, at + 10));
  if (!m || m[1] === '0000' || m[2] === '00') return undefined;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/**
 * The most pixels an image may have. Decoding takes 4 bytes a pixel (a 2 MB all-zero PNG of
 * 23000×23000 took 6.1 GB), and a bundle embeds the image as it is, a decompression bomb for whoever
 * opens the submission. 60 million is a 60-megapixel photo or an A3 page scanned at 600 dpi (70 MP
 * would not fit: scan at 300–400 dpi). Past it the pixels are never read: `image-too-many-pixels` in
 * check, and `bundle` refuses the file before decoding or embedding anything of it.
 */
export const MAX_IMAGE_PIXELS = 60_000_000;
