import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * Positioned, bounded reads. The inspector never loads a whole file: it asks for small windows
 * (header, tail, xref, a few objects) and a short cache keeps neighbouring reads off the disk.
 *
 * Reads are synchronous on purpose: parsing needs many tiny dependent reads, sync pread avoids a
 * thread-pool round trip for each, and parallelism comes from worker threads (inspect/inspect-many.ts).
 */
export interface ByteSource {
  readonly size: number;
  /** Up to `len` bytes at `pos` (fewer at the end of the source). The buffer may be shared: copy
   *  before keeping it past the next read. */
  read(pos: number, len: number): Buffer;
}

const MIN_WINDOW = 8 * 1024;
const MAX_CACHED_BYTES = 32 * 1024 * 1024;
const MAX_WINDOWS = 12;

export class FileSource implements ByteSource {
  private windows: { start: number; buf: Buffer }[] = [];
  private cachedBytes = 0;

  private constructor(
    private readonly fd: number,
    readonly size: number,
  ) {}

  /** Throws the fs error (ENOENT, EACCES, EISDIR…); the caller turns it into a result. */
  static open(path: string): FileSource {
    const fd = openSync(path, 'r');
    try {
      const st = fstatSync(fd);
      if (!st.isFile()) throw new Error('not a regular file');
      return new FileSource(fd, st.size);
    } catch (err) {
      closeSync(fd);
      throw err;
    }
  }

  read(pos: number, len: number): Buffer {
    const start = Math.max(0, Math.min(pos, this.size));
    const end = Math.min(this.size, start + Math.max(0, len));
    for (const w of this.windows) {
      if (w.start <= start && end <= w.start + w.buf.length) {
        return w.buf.subarray(start - w.start, end - w.start);
      }
    }
    // Align down so that backing up a little (tail searches, retries) still hits the cache.
    const wStart = start - (start % 4096);
    const wEnd = Math.min(this.size, Math.max(end, wStart + MIN_WINDOW));
    const buf = this.readFresh(wStart, wEnd - wStart);
    this.remember(wStart, buf);
    return buf.subarray(start - wStart, Math.min(buf.length, end - wStart));
  }

  close(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed or never valid: nothing to release
    }
    this.windows = [];
  }

  private readFresh(pos: number, len: number): Buffer {
    const buf = Buffer.allocUnsafe(len);
    let got = 0;
    while (got < len) {
      const n = readSync(this.fd, buf, got, len - got, pos + got);
      if (n <= 0) break; // file shrank under us: return what exists
      got += n;
    }
    return got === len ? buf : buf.subarray(0, got);
  }

  private remember(start: number, buf: Buffer): void {
    this.windows.unshift({ start, buf });
    this.cachedBytes += buf.length;
    while (this.windows.length > 1 && (this.windows.length > MAX_WINDOWS || this.cachedBytes > MAX_CACHED_BYTES)) {
      const old = this.windows.pop();
      if (old) this.cachedBytes -= old.buf.length;
    }
  }
}
