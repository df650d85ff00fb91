import { createHash } from 'node:crypto';
import fs from 'node:fs';

/** SHA-256 of a file, streamed so memory stays flat however large the file is. */
export function hashFile(abs: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const h = createHash('sha256');
    fs.createReadStream(abs, { highWaterMark: 1 << 20 })
      .on('data', (chunk) => h.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(h.digest('hex')));
  });
}
