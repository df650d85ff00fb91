import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inspectImage, MAX_IMAGE_PIXELS } from '../../src/check/evidence/inspect-image.js';
import { prepareImage } from '../../src/bundle/write/image-xobject.js';
import { checkJson, makeWorkspace, TODAY } from '../helpers/cli.js';
import { image, withExif } from '../helpers/images.js';
import { writeFile } from '../helpers/workspace.js';

/*
 * Issue 19, second hostile pass: an image's header is read before its pixels, and past the pixel
 * cap the pixels are never read (a 2 MB all-zero PNG of 23000×23000 cost 6.1 GB; a 209-byte JPEG
 * claiming 65535×65535 passed and went into the bundle). An EXIF date after today is questioned.
 */

/** CRC-32 of a PNG chunk (zlib.crc32 is Node 20.15+). */
function crc32(b: Buffer): number {
  let c = ~0;
  for (const byte of b) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'latin1'), data])));
  return Buffer.concat([len, Buffer.from(type, 'latin1'), data, crc]);
}

/** A grey PNG claiming width×height whose IDAT holds only the first rows (a bomb needs no more to be judged). */
function claimingPng(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // grey
  const rows = zlib.deflateSync(Buffer.alloc((width + 1) * 4));
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([sig, chunk('IHDR', ihdr), chunk('IDAT', rows), chunk('IEND', Buffer.alloc(0))]);
}

/** A baseline JPEG of a few bytes whose frame header claims width×height. */
function claimingJpeg(width: number, height: number): Buffer {
  const sof = Buffer.from([
    0xff,
    0xc0,
    0,
    17,
    8,
    height >> 8,
    height & 255,
    width >> 8,
    width & 255,
    3,
    1,
    0x22,
    0,
    2,
    0x11,
    1,
    3,
    0x11,
    1,
  ]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), sof, Buffer.from([0xff, 0xd9])]);
}

describe('images past the pixel cap', () => {
  it('are judged by the header: the PNG is not decoded (a short IDAT would fail to), the JPEG is not read further', () => {
    const dir = makeWorkspace();
    const png = writeFile(dir, 'bomb.png', claimingPng(23000, 23000));
    expect(inspectImage(png)).toEqual({ format: 'png', width: 23000, height: 23000, orientation: 1 });
    const jpg = writeFile(dir, 'bomb.jpg', claimingJpeg(65535, 65535));
    expect(inspectImage(jpg)).toEqual({ format: 'jpeg', width: 65535, height: 65535, orientation: 1 });
    // Under the cap the same short PNG is decoded, and its missing rows found.
    expect(inspectImage(writeFile(dir, 'short.png', claimingPng(400, 300))).broken?.kind).toBe('unreadable');
    expect(23000 * 23000).toBeGreaterThan(MAX_IMAGE_PIXELS);
    // The bundle refuses both from their headers (never decoded, never embedded as they are); a photo passes.
    expect(prepareImage(png)).toBe('23000×23000 pixels, over the limit of 60,000,000');
    expect(prepareImage(jpg)).toBe('65535×65535 pixels, over the limit of 60,000,000');
    expect(prepareImage(writeFile(dir, 'photo.jpg', image('photo-640x480.jpg')))).toMatchObject({ width: 640, height: 480 });
  });

  it('check: image-too-many-pixels for both, evidence-date-future for an EXIF date of 9999', async () => {
    const ws = makeWorkspace();
    writeFile(ws, 'evidence/009/1-炸弹.png', claimingPng(23000, 23000));
    writeFile(ws, 'evidence/009/1-假.jpg', claimingJpeg(65535, 65535));
    writeFile(ws, 'evidence/009/2-未来.jpg', withExif(image('photo-640x480.jpg'), { taken: '9999:01:01 10:00:00' }));
    writeFile(ws, 'evidence/009/2-今天.jpg', withExif(image('photo-640x480.jpg'), { taken: `${TODAY.replaceAll('-', ':')} 10:00:00` }));
    const { report } = await checkJson(ws);
    const codes = (rel: string): string[] => report.diagnostics.filter((d) => d.file === rel).map((d) => d.code);
    expect(codes('evidence/009/1-炸弹.png')).toEqual(['image-too-many-pixels']);
    expect(codes('evidence/009/1-假.jpg')).toEqual(['image-too-many-pixels']);
    expect(report.diagnostics.find((d) => d.file === 'evidence/009/1-假.jpg')!.message).toContain('65535×65535');
    expect(codes('evidence/009/2-未来.jpg')).toEqual(['evidence-date-future']);
    expect(codes('evidence/009/2-今天.jpg')).toEqual([]);
  });
});
