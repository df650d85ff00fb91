import fs from 'node:fs';

/**
 * The first `n` bytes of a file (fewer when it is shorter): enough to tell a PDF from a picture
 * or an Office document without reading the rest. Throws when the file cannot be opened or read.
 */
export function readHead(abs: string, n: number): Buffer {
  const buf = Buffer.alloc(n);
  const fd = fs.openSync(abs, 'r');
  try {
    return buf.subarray(0, fs.readSync(fd, buf, 0, n, 0));
  } finally {
    fs.closeSync(fd);
  }
}
