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
    if (marker === 0xe1 && seg.toString('latin1', 0, 6) === 'Exif\0\0') orientation = exifOrientation(seg.subarray(6)) ?? orientation;
    if (marker === 0xee && seg.toString('latin1', 0, 5) === 'Adobe') adobe = true;
    const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isSof) {
      if (seg.length < 6) return 'JPEG truncated in its frame header';
      const height = seg.readUInt16BE(1);
      const width = seg.readUInt16BE(3);
      if (!width || !height) return 'JPEG of zero size';
      return { format: 'jpeg', width, height, orientation, components: seg[5]!, adobe };
    }
    if (marker === 0xd9 || marker === 0xda) break;
    pos += 2 + len;
  }
  return 'JPEG truncated before its frame header';
}

/** Tag 0x0112 of IFD0 of a TIFF structure (the EXIF payload). */
function exifOrientation(t: Buffer): number | undefined {
  if (t.length < 8) return undefined;
  const le = t.toString('latin1', 0, 2) === 'II';
  const u16 = (o: number): number => (le ? t.readUInt16LE(o) : t.readUInt16BE(o));
  const u32 = (o: number): number => (le ? t.readUInt32LE(o) : t.readUInt32BE(o));
  const ifd = u32(4);
  if (ifd + 2 > t.length) return undefined;
  const count = u16(ifd);
  for (let i = 0; i < count; i++) {
    const e = ifd + 2 + i * 12;
    if (e + 12 > t.length) return undefined;
    if (u16(e) === 0x0112) {
      const v = u16(e + 8);
      return v >= 1 && v <= 8 ? v : undefined;
    }
  }
  return undefined;
}
