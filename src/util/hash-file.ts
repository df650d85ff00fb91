import { createHash } from 'node:crypto';
import fs from 'node:fs';

const SMALL = 4 << 20;
const CHUNK = 1 << 20;

/**
 * SHA-256 of a file. Small files are read in one go (a stream per file costs more than the
 * hashing); large ones in fixed chunks so memory stays flat however large the file is.
 */
export function hashFile(abs: string): string {
  const h = createHash('sha256');
  const fd = fs.openSync(abs, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const buf = Buffer.allocUnsafe(Math.min(Math.max(size, 1), size <= SMALL ? SMALL : CHUNK));
    let pos = 0;
    for (;;) {
      const n = fs.readSync(fd, buf, 0, buf.length, pos);
      if (n <= 0) break;
      h.update(buf.subarray(0, n));
      pos += n;
    }
  } finally {
    fs.closeSync(fd);
  }
  return h.digest('hex');
}
