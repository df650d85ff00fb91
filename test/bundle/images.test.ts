import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { orientedMatrix, prepareImage } from '../../src/bundle/write/image-xobject.js';
import { openPageSource, PdfDict, PdfName, PdfStream } from '../../src/pdf/index.js';
import { readImageHeader } from '../../src/util/image-header.js';
import { tempDir } from '../helpers/cli.js';
import { CORPUS, plannedIndicator, writePlanned } from './fixture.js';
import { HAVE, inkOf, mediaBoxes, pageText } from './tools.js';

/** The JPEG of a real scan, taken out of a corpus PDF as it is stored there (DCTDecode). */
function scanJpeg(): Buffer {
  const src = openPageSource(path.join(CORPUS, 'scan-form-jpeg-2p.pdf'));
  try {
    const r = src.resolver;
    const res = r.resolve(src.pages[0]!.dict.get('Resources') ?? src.pages[0]!.inherited.Resources ?? null) as PdfDict;
    const xobjects = r.resolve(res.get('XObject') ?? null) as PdfDict;
    for (const v of xobjects.map.values()) {
      const s = r.resolve(v);
      const filter = r.resolve(s instanceof PdfStream ? (s.dict.get('Filter') ?? null) : null);
      const names = (Array.isArray(filter) ? filter : [filter]).map((f) => (f instanceof PdfName ? f.name : ''));
      if (s instanceof PdfStream && names.includes('DCTDecode')) {
        return Buffer.from(src.src.read(s.dataStart, r.resolve(s.dict.get('Length') ?? null) as number));
      }
    }
  } finally {
    src.close();
  }
  throw new Error('no JPEG in the fixture');
}

/** The same JPEG with an EXIF block saying how the camera was held. */
function withOrientation(jpeg: Buffer, orientation: number): Buffer {
  const tiff = Buffer.alloc(26);
  tiff.write('II*\0', 0, 'latin1');
  tiff.writeUInt32LE(8, 4);
  tiff.writeUInt16LE(1, 8);
  tiff.writeUInt16LE(0x0112, 10);
  tiff.writeUInt16LE(3, 12);
  tiff.writeUInt32LE(1, 14);
  tiff.writeUInt16LE(orientation, 18);
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const app1 = Buffer.alloc(4);
  app1.writeUInt16BE(0xffe1, 0);
  app1.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), app1, body, jpeg.subarray(2)]);
}

/** A 40×20 PNG, black on its left half, half transparent on its right. */
function halfBlackPng(): Buffer {
  const png = new PNG({ width: 40, height: 20 });
  for (let y = 0; y < 20; y++) {
    for (let x = 0; x < 40; x++) {
      const i = (y * 40 + x) * 4;
      png.data[i] = png.data[i + 1] = png.data[i + 2] = x < 20 ? 0 : 255;
      png.data[i + 3] = x < 20 ? 255 : 128;
    }
  }
  return PNG.sync.write(png);
}

describe('images', () => {
  it('reads size and EXIF orientation from the header, and refuses what is not an image', () => {
    const jpeg = scanJpeg();
    const plain = readImageHeader(jpeg);
    const turned = readImageHeader(withOrientation(jpeg, 6));
    expect(typeof plain).toBe('object');
    expect(turned).toMatchObject({ format: 'jpeg', orientation: 6, width: (plain as { width: number }).width });
    expect(readImageHeader(halfBlackPng())).toMatchObject({ format: 'png', width: 40, height: 20, orientation: 1 });
    expect(readImageHeader(Buffer.from('%PDF-1.7'))).toBe('not a JPEG or PNG image');
    expect(readImageHeader(jpeg.subarray(0, 20))).toMatch(/truncated/);
  });

  it('draws each orientation so that the stored top-left pixel lands where EXIF says', () => {
    // (u, v) = (0, 1) is the stored top-left corner of the unit square.
    const at = (o: number): [number, number] => {
      const [a, b, c, d, e, f] = orientedMatrix(o, 0, 0, 10, 20);
      return [a * 0 + c * 1 + e, b * 0 + d * 1 + f];
    };
    expect(at(1)).toEqual([0, 20]); // top-left stays top-left
    expect(at(3)).toEqual([10, 0]); // turned 180°: bottom-right
    expect(at(6)).toEqual([10, 20]); // turned 90° clockwise: top-right
    expect(at(8)).toEqual([0, 0]); // turned 90° anticlockwise: bottom-left
    expect(at(2)).toEqual([10, 20]); // mirrored: top-right
  });

  it('places images on A4 pages of their displayed orientation, with a links page after them', async () => {
    const dir = tempDir('images-');
    const jpg = path.join(dir, '1-现场照片.jpg');
    const png = path.join(dir, '1-示意图.png');
    const jpeg = scanJpeg();
    fs.writeFileSync(jpg, withOrientation(jpeg, 6));
    fs.writeFileSync(png, halfBlackPng());
    const stored = readImageHeader(jpeg) as { width: number; height: number };
    expect(prepareImage(jpg)).toMatchObject({ width: stored.height, height: stored.width });

    const files = [
      { rel: 'evidence/009/1-现场照片.jpg', abs: jpg },
      { rel: 'evidence/009/1-示意图.png', abs: png },
    ].map((f) => ({ ...f, name: path.basename(f.rel), kind: 'image' as const }));
    const links = [{ url: 'https://www.example.gov.cn/news/1', title: '我局开展双随机抽查', date: '2024-05-01', source: '许昌日报' }];
    const file = path.join(dir, 'out.pdf');
    const written = writePlanned(plannedIndicator(files, links), file);
    expect(written.pages).toBe(5); // cover, contents, two images, links
    const boxes = await mediaBoxes(file);
    const landscape = (b: number[]): boolean => b[2]! > b[3]!;
    // The scan is stored upright (portrait); EXIF 6 turns it, so it is shown on a landscape page.
    expect(stored.height > stored.width).toBe(landscape(boxes[2]!));
    expect(landscape(boxes[3]!)).toBe(true); // the 40×20 PNG
    if (HAVE.poppler) {
      // The PNG's black half is on the left of its page.
      const w = Math.round((842 * 36) / 72);
      const h = Math.round((595 * 36) / 72);
      const left = inkOf(file, 4, { x: 0, y: 0, w: Math.floor(w / 2), h });
      const right = inkOf(file, 4, { x: Math.ceil(w / 2), y: 0, w: Math.floor(w / 2), h });
      expect(left).toBeGreaterThan(0.2);
      expect(right).toBeLessThan(0.05);
      const links = pageText(file, 5);
      expect(links).toContain('我局开展双随机抽查');
      expect(links).toContain('https://www.example.gov.cn/news/1');
      expect(pageText(file, 3)).toContain('指标9·材料①·1-现场照片.jpg');
    }
  });
});
