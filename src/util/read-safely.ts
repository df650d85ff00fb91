import fs from 'node:fs';

/** Largest YAML file read (a real ledger.yaml, units.yaml or assignments file is under 100 KB). */
export const MAX_YAML_BYTES = 5 * 1024 * 1024;
/** Largest 情况说明 source read (600 characters are about 2 KB). */
export const MAX_STATEMENT_BYTES = 1024 * 1024;

/** Why a workspace file was not read. `kind` names what was there instead of a regular file. */
export type ReadProblem =
  | { problem: 'missing' }
  | { problem: 'symlink'; target: string }
  | { problem: 'not-regular'; kind: EntryKind }
  | { problem: 'too-large'; size: number; limit: number }
  | { problem: 'not-utf8' }
  | { problem: 'unreadable'; detail: string };

export type SafeRead = { text: string } | ReadProblem;

export type EntryKind = 'file' | 'directory' | 'symlink' | 'fifo' | 'device' | 'socket' | 'other';

export function entryKind(st: fs.Stats): EntryKind {
  if (st.isFile()) return 'file';
  if (st.isDirectory()) return 'directory';
  if (st.isSymbolicLink()) return 'symlink';
  if (st.isFIFO()) return 'fifo';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device';
  if (st.isSocket()) return 'socket';
  return 'other';
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
// O_NOFOLLOW: a link swapped in after the lstat is not followed; O_NONBLOCK: a FIFO never blocks the open.
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0);

/**
 * Read a text file of the workspace, which may come from an untrusted pull request: a symbolic
 * link, a FIFO, a device or a folder is never opened or followed, at most `maxBytes` are read, and
 * the bytes must be UTF-8. The one way every loader reads YAML and 情况说明 sources.
 */
export function readTextSafely(file: string | Buffer, maxBytes: number): SafeRead {
  const read = readBytesSafely(file, maxBytes);
  if (!('bytes' in read)) return read;
  try {
    return { text: UTF8.decode(read.bytes) };
  } catch {
    return { problem: 'not-utf8' };
  }
}

/** readTextSafely's rules for any file (a font named in ledger.yaml): its bytes, not decoded. */
export function readBytesSafely(
  file: string | Buffer,
  maxBytes: number,
): { bytes: Buffer } | Exclude<ReadProblem, { problem: 'not-utf8' }> {
  let st: fs.Stats;
  try {
    st = fs.lstatSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? { problem: 'missing' } : { problem: 'unreadable', detail: code ?? String(e) };
  }
  if (st.isSymbolicLink()) return { problem: 'symlink', target: readLink(file) };
  if (!st.isFile()) return { problem: 'not-regular', kind: entryKind(st) };
  if (st.size > maxBytes) return { problem: 'too-large', size: st.size, limit: maxBytes };
  let fd: number;
  try {
    fd = fs.openSync(file, OPEN_FLAGS);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // ELOOP: the path became a link between lstat and open.
    if (code === 'ELOOP') return { problem: 'symlink', target: readLink(file) };
    return { problem: 'unreadable', detail: code ?? String(e) };
  }
  try {
    const fst = fs.fstatSync(fd);
    if (!fst.isFile()) return { problem: 'not-regular', kind: entryKind(fst) };
    // Read to the cap, not to the size stat gave: the file may grow meanwhile.
    const buf = Buffer.alloc(Math.min(fst.size, maxBytes) + 1);
    let got = 0;
    for (;;) {
      const n = fs.readSync(fd, buf, got, buf.length - got, null);
      if (n === 0) break;
      got += n;
      if (got === buf.length) {
        if (got > maxBytes) return { problem: 'too-large', size: Math.max(fst.size, got), limit: maxBytes };
        break;
      }
    }
    return { bytes: buf.subarray(0, got) };
  } catch (e) {
    return { problem: 'unreadable', detail: (e as NodeJS.ErrnoException).code ?? String(e) };
  } finally {
    fs.closeSync(fd);
  }
}

function readLink(file: string | Buffer): string {
  try {
    return fs.readlinkSync(file, 'utf8');
  } catch {
    return '';
  }
}
