import fs from 'node:fs';
import path from 'node:path';
import { REPO } from './cli.js';

/** Real images made with ImageMagick (see test/fixtures/images/README.md). */
export const IMAGES = path.join(REPO, 'test', 'fixtures', 'images');

export const image = (name: string): Buffer => fs.readFileSync(path.join(IMAGES, name));

/**
 * A JPEG with an EXIF block (big-endian TIFF) inserted after SOI: IFD0 with the orientation and a
 * pointer to the EXIF sub-IFD holding DateTimeOriginal ("YYYY:MM:DD hh:mm:ss").
 */
export function withExif(jpeg: Buffer, exif: { orientation?: number; taken?: string }): Buffer {
  const t = Buffer.alloc(96);
  t.write('MM\0*', 0, 'latin1');
  t.writeUInt32BE(8, 4);
  t.writeUInt16BE(2, 8); // IFD0: two entries
  t.writeUInt16BE(0x0112, 10);
  t.writeUInt16BE(3, 12);
  t.writeUInt32BE(1, 14);
  t.writeUInt16BE(exif.orientation ?? 1, 18);
  t.writeUInt16BE(0x8769, 22);
  t.writeUInt16BE(4, 24);
  t.writeUInt32BE(1, 26);
  t.writeUInt32BE(38, 30); // EXIF sub-IFD at 38
  t.writeUInt32BE(0, 34); // no next IFD
  t.writeUInt16BE(1, 38);
  t.writeUInt16BE(0x9003, 40);
  t.writeUInt16BE(2, 42);
  t.writeUInt32BE(20, 44);
  t.writeUInt32BE(56, 48); // the string at 56
  t.writeUInt32BE(0, 52);
  t.write(`${exif.taken ?? '0000:00:00 00:00:00'}\0`, 56, 'latin1');
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), t]);
  const app1 = Buffer.alloc(4);
  app1.writeUInt16BE(0xffe1, 0);
  app1.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), app1, body, jpeg.subarray(2)]);
}

/** The first `fraction` of a file: a copy cut short. */
export const cut = (data: Buffer, fraction = 0.7): Buffer => data.subarray(0, Math.floor(data.length * fraction));
