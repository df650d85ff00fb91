import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Durable, all-or-nothing writes of the files export and import produce. Every temporary file is
 * named `.<name>.<pid>.<random>.<role>.tmp` beside its target (the `.gitignore` of a new workspace
 * ignores `.*.tmp`), written and fsynced before any target is touched, and removed on every path.
 */

/** The two system calls a full disk or a crash interrupts; tests pass failing ones to prove the clean-up. */
export interface FileOps {
  write: (fd: number, data: Uint8Array) => void;
  rename: (from: string, to: string) => void;
}

export const NODE_FILE_OPS: FileOps = {
  write: (fd, data) => {
    for (let at = 0; at < data.length;) at += fs.writeSync(fd, data, at, data.length - at);
  },
  rename: (from, to) => fs.renameSync(from, to),
};

function tempName(file: string, role: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.${role}.tmp`);
}

function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // Nothing more can be done; the name matches `.*.tmp`, which git ignores.
  }
}

/** Write `data` to a new file and fsync it; on any failure the file is gone again. */
function writeDurably(file: string, data: string | Uint8Array, ops: FileOps, mode?: number): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let fd: number | null = null;
  try {
    fd = fs.openSync(file, 'wx', mode ?? 0o666);
    if (mode !== undefined) fs.fchmodSync(fd, mode);
    ops.write(fd, bytes);
    fs.fsyncSync(fd);
  } catch (e) {
    if (fd !== null) fs.closeSync(fd);
    fd = null;
    removeQuietly(file);
    throw e;
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

/** fsync a folder so the renames in it survive a power cut (not possible on every system: best effort). */
function syncFolder(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Windows cannot open a folder for fsync; the rename is still atomic.
  }
}

/**
 * Write one new file atomically. With `replace` an existing file is replaced; without, an existing
 * file is left alone and false returned (link() refuses to overwrite, so a file that appeared
 * meanwhile is safe too).
 */
export function writeFileAtomically(file: string, data: string | Uint8Array, replace: boolean, ops: FileOps = NODE_FILE_OPS): boolean {
  const tmp = tempName(file, 'new');
  try {
    writeDurably(tmp, data, ops);
    if (replace) ops.rename(tmp, file);
    else {
      try {
        fs.linkSync(tmp, file);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
        throw e;
      }
    }
    syncFolder(path.dirname(file));
    return true;
  } finally {
    removeQuietly(tmp);
  }
}

/** Keep the current content of `file` at `aside`: a hard link, or a copy where links are not supported. */
function keepAside(file: string, aside: string, ops: FileOps): void {
  try {
    fs.linkSync(file, aside);
  } catch {
    writeDurably(aside, fs.readFileSync(file), ops, fs.statSync(file).mode & 0o7777);
  }
}

/** Some files could not be put back after a failed set: their old content is in `kept` (file → copy). */
export class RestoreError extends Error {
  constructor(
    cause: unknown,
    readonly kept: { file: string; aside: string }[],
  ) {
    super('could not restore', { cause });
  }
}

/**
 * Replace existing files as one set: every new content is written and fsynced to a temporary file
 * and every current content kept aside first; only then are the temporary files renamed over their
 * targets. If a rename fails, the files already replaced get their old content back. Temporary
 * files are removed on every path. A hard kill between two renames (microseconds) cannot be undone.
 */
export function replaceFilesAtomically(files: { file: string; data: string }[], ops: FileOps = NODE_FILE_OPS): void {
  const staged: { file: string; tmp: string; aside: string | null }[] = [];
  const replaced: typeof staged = [];
  const kept: { file: string; aside: string }[] = [];
  try {
    for (const f of files) {
      // A file that does not exist yet is created: nothing to keep aside, and undoing it removes it.
      const exists = fs.existsSync(f.file);
      const s = { file: f.file, tmp: tempName(f.file, 'new'), aside: exists ? tempName(f.file, 'old') : null };
      staged.push(s);
      writeDurably(s.tmp, f.data, ops, exists ? fs.statSync(f.file).mode & 0o7777 : undefined);
      if (s.aside) keepAside(f.file, s.aside, ops);
    }
    for (const s of staged) {
      ops.rename(s.tmp, s.file);
      replaced.push(s);
    }
    for (const dir of new Set(staged.map((s) => path.dirname(s.file)))) syncFolder(dir);
  } catch (e) {
    for (const s of replaced.reverse()) {
      try {
        if (s.aside) fs.renameSync(s.aside, s.file);
        else fs.rmSync(s.file);
      } catch {
        // The old content stays beside the file; never delete the only copy.
        if (s.aside) kept.push({ file: s.file, aside: s.aside });
      }
    }
    throw kept.length ? new RestoreError(e, kept) : e;
  } finally {
    for (const s of staged) {
      removeQuietly(s.tmp);
      if (s.aside && !kept.some((k) => k.aside === s.aside)) removeQuietly(s.aside);
    }
  }
}
