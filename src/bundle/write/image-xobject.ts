import fs from 'node:fs';
import zlib from 'node:zlib';
import { PNG } from 'pngjs';
import { MAX_IMAGE_PIXELS, readImageHeader, type ImageHeader } from '../../util/image-header.js';
import { dict, name, ref, type PdfWriter } from './pdf-writer.js';
import { readHead } from '../../util/read-head.js';

/** An image ready to place: its header (size, orientation) and how to write it. */
export interface PreparedImage {
  header: ImageHeader;
  /** displayed size in pixels, EXIF orientation applied */
  width: number;
  height: number;
}

/**
 * Read an image file's header; a reason string when it is not a usable JPEG or PNG, or has more
 * pixels than the check allows: such a file is never decoded (4 bytes a pixel) nor embedded as it
 * is (a decompression bomb for whoever opens the submission), whatever changed since the check.
 */
export function prepareImage(abs: string): PreparedImage | string {
  const h = readImageHeader(readHead(abs, 256 * 1024));
  if (typeof h === 'string') return h;
  if (h.width * h.height > MAX_IMAGE_PIXELS)
    return `${h.width}×${h.height} pixels, over the limit of ${MAX_IMAGE_PIXELS.toLocaleString('en-US')}`;
  const swapped = h.orientation >= 5;
  return { header: h, width: swapped ? h.height : h.width, height: swapped ? h.width : h.height };
}

/**
 * Write an image XObject: a JPEG as it is (DCTDecode: no re-compression, no quality loss), a PNG
 * decoded and deflated, with its transparency as a soft mask. Returns the object number.
 */
export function writeImage(out: PdfWriter, abs: string, img: PreparedImage): number {
  const h = img.header;
  // Prepared from the header; checked again here, the one place pixels are decoded.
  if (h.width * h.height > MAX_IMAGE_PIXELS) throw new Error(`image over ${MAX_IMAGE_PIXELS} pixels: ${abs}`);
  const num = out.alloc();
  if (h.format === 'jpeg') {
    const colorSpace = h.components === 1 ? 'DeviceGray' : h.components === 4 ? 'DeviceCMYK' : 'DeviceRGB';
    const d = dict({
      Type: name('XObject'),
      Subtype: name('Image'),
      Width: h.width,
      Height: h.height,
      ColorSpace: name(colorSpace),
      BitsPerComponent: 8,
      Filter: name('DCTDecode'),
      // Adobe writes CMYK JPEGs inverted.
      Decode: h.components === 4 && h.adobe ? [1, 0, 1, 0, 1, 0, 1, 0] : undefined,
    });
    out.stream(num, d, fs.readFileSync(abs));
    return num;
  }
  const png = PNG.sync.read(fs.readFileSync(abs));
  const pixels = png.width * png.height;
  const rgb = Buffer.alloc(pixels * 3);
  const alpha = Buffer.alloc(pixels);
  let translucent = false;
  for (let i = 0; i < pixels; i++) {
    rgb[i * 3] = png.data[i * 4]!;
    rgb[i * 3 + 1] = png.data[i * 4 + 1]!;
    rgb[i * 3 + 2] = png.data[i * 4 + 2]!;
    alpha[i] = png.data[i * 4 + 3]!;
    if (alpha[i] !== 255) translucent = true;
  }
  let smask: number | undefined;
  if (translucent) {
    smask = out.alloc();
    const md = dict({
      Type: name('XObject'),
      Subtype: name('Image'),
      Width: png.width,
      Height: png.height,
      ColorSpace: name('DeviceGray'),
      BitsPerComponent: 8,
      Filter: name('FlateDecode'),
    });
    out.stream(smask, md, zlib.deflateSync(alpha));
  }
  const d = dict({
    Type: name('XObject'),
    Subtype: name('Image'),
    Width: png.width,
    Height: png.height,
    ColorSpace: name('DeviceRGB'),
    BitsPerComponent: 8,
    Filter: name('FlateDecode'),
    SMask: smask !== undefined ? ref(smask) : undefined,
  });
  out.stream(num, d, zlib.deflateSync(rgb));
  return num;
}

/**
 * The matrix that draws an image (the unit square) into the rectangle x, y, w, h — w and h as
 * displayed — turned and mirrored as its EXIF orientation says.
 */
export function orientedMatrix(
  orientation: number,
  x: number,
  y: number,
  w: number,
  h: number,
): [number, number, number, number, number, number] {
  switch (orientation) {
    case 2:
      return [-w, 0, 0, h, x + w, y];
    case 3:
      return [-w, 0, 0, -h, x + w, y + h];
    case 4:
      return [w, 0, 0, -h, x, y + h];
    case 5:
      return [0, -h, -w, 0, x + w, y + h];
    case 6:
      return [0, -h, w, 0, x, y + h];
    case 7:
      return [0, h, w, 0, x, y];
    case 8:
      return [0, h, -w, 0, x + w, y];
    default:
      return [w, 0, 0, h, x, y];
  }
}
