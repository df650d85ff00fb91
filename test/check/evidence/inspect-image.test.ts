import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectImage } from '../../../src/check/evidence/inspect-image.js';
import { tempDir } from '../../helpers/cli.js';
import { cut, image, IMAGES, withExif } from '../../helpers/images.js';

const dir = tempDir('inspect-image-');
const file = (name: string, data: Buffer): string => {
  const abs = path.join(dir, name);
  fs.writeFileSync(abs, data);
  return abs;
};

describe('inspectImage (real files)', () => {
  it('reads every fixture whole: JPEG baseline, progressive, grey, CMYK; PNG palette, 16-bit, interlaced, alpha', () => {
    for (const name of fs.readdirSync(IMAGES).filter((n) => !n.endsWith('.md'))) {
      const [w, h] = /(\d+)x(\d+)/.exec(name)!.slice(1).map(Number);
      expect(inspectImage(path.join(IMAGES, name)), name).toEqual({
        format: name.endsWith('.png') ? 'png' : 'jpeg',
        width: w,
        height: h,
        orientation: 1,
      });
    }
  });

  it('a copy cut short is truncated: no JPEG EOI, a PNG chunk past the end, no IEND', () => {
    expect(inspectImage(file('a.jpg', cut(image('photo-640x480.jpg')))).broken).toEqual({
      kind: 'truncated',
      detail: 'JPEG without its end marker (EOI)',
    });
    expect(inspectImage(file('b.jpg', cut(image('progressive-300x400.jpg'), 0.9))).broken?.kind).toBe('truncated');
    expect(inspectImage(file('c.png', cut(image('palette-400x300.png')))).broken?.detail).toMatch(/runs past the end/);
    const png = image('alpha-400x300.png');
    expect(inspectImage(file('d.png', png.subarray(0, png.length - 12))).broken?.detail).toBe('PNG without its end chunk (IEND)');
    // cut before the frame header: the size is unknown
    expect(inspectImage(file('e.jpg', image('photo-640x480.jpg').subarray(0, 100))).broken?.kind).toBe('truncated');
  });

  it('data after the end marker (a phone appends its motion video) is fine', () => {
    const jpeg = Buffer.concat([image('photo-640x480.jpg'), Buffer.alloc(70_000, 0x42)]);
    expect(inspectImage(file('motion.jpg', jpeg)).broken).toBeUndefined();
  });

  it('reads EXIF orientation and DateTimeOriginal; an unset camera clock gives no date', () => {
    const taken = inspectImage(file('exif.jpg', withExif(image('photo-640x480.jpg'), { orientation: 6, taken: '2018:06:01 09:30:00' })));
    expect(taken).toMatchObject({ orientation: 6, taken: '2018-06-01' });
    expect(taken.broken).toBeUndefined();
    expect(inspectImage(file('zero.jpg', withExif(image('photo-640x480.jpg'), {}))).taken).toBeUndefined();
  });

  it('a JPEG coding a PDF cannot carry (lossless, arithmetic, 12-bit) is unreadable for a bundle, not silently dropped', () => {
    const jpeg = image('photo-640x480.jpg');
    const sof = jpeg.indexOf(Buffer.from([0xff, 0xc0]));
    const lossless = Buffer.from(jpeg);
    lossless[sof + 1] = 0xc3;
    expect(inspectImage(file('lossless.jpg', lossless)).broken).toEqual({
      kind: 'unreadable',
      detail: 'JPEG coding not supported in PDF (SOF3, 8-bit)',
    });
    const deep = Buffer.from(jpeg);
    deep[sof + 4] = 12;
    expect(inspectImage(file('deep.jpg', deep)).broken?.detail).toBe('JPEG coding not supported in PDF (SOF0, 12-bit)');
  });

  it('says what is not an image, and a PNG whose data does not decode', () => {
    expect(inspectImage(file('x.jpg', Buffer.from('%PDF-1.7\n'))).broken).toEqual({
      kind: 'unreadable',
      detail: 'not a JPEG or PNG image',
    });
    const png = Buffer.from(image('interlaced-400x300.png'));
    const idat = png.indexOf('IDAT');
    png.fill(0x55, idat + 4, idat + 40); // scrambled compressed data, chunks intact
    expect(inspectImage(file('bad.png', png)).broken?.kind).toBe('unreadable');
  });
});
