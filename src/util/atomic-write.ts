import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The one writer: every file ledger writes goes through here. A file is filled under a temporary
 * name beside its target (`.<name>.<pid>.<random>.<role>.tmp`, which a new workspace's
 * `.gitignore` ignores), fsynced, then renamed or linked into place and its folder fsynced.
 * A plan says what it read of each target (`before`): a file that changed since is refused, and
 * a file the plan creates is never put over one that exists. A set of several files is
 * all-or-nothing, across a crash too: see `applyWrites` and `recoverWrites`.
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

/** What a plan read of a file it writes; the writer compares it with the disk before touching anything. */
export type ReadBefore =
  /** the file must not exist: it is created, never replaced */
  | { absent: true }
  /** the file must still hold exactly this (it is replaced) */
  | { text: string }
  | { sha256: string }
  /** replace whatever is there: an output file the user asked to overwrite (--force), a cache */
  | { any: true };

export interface FileWrite {
  /** absolute path of the target */
  file: string;
  /** the new content, or a file whose bytes are copied (evidence filed by `add`) */
  data: string | Uint8Array | { copyOf: string };
  before: ReadBefore;
}

/** A target no longer is what the plan read: it exists (`exists`) or its content changed (`changed`). */
export class WriteRefused extends Error {
  constructor(
    readonly file: string,
    readonly reason: 'exists' | 'changed',
  ) {
    super(`${reason}: ${file}`);
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

export interface ApplyOptions {
  ops?: FileOps;
  /** where a set's journal is kept (the workspace root); a set of two or more files needs one */
  journalDir?: string;
  /** called before the n-th rename of a set (1-based): the CLI's test hook pauses there */
  beforeRename?: (n: number) => void;
}

/** The journal of a set being renamed into place: present only between the first and the last rename. */
export const JOURNAL_NAME = '.ledger-journal.tmp';

interface JournalEntry {
  /** paths relative to the journal's folder */
  target: string;
  temp: string;
  /** the old content kept aside; null when the set creates the file */
  backup: string | null;
}

/**
 * Whether a file name is one the writer makes for a moment (`tempName`, a target's lock): what an
 * interrupted or killed command leaves behind, never a user's file. Split, not a pattern: the
 * name comes from the workspace.
 */
export function isWriterTempName(name: string): boolean {
  if (!name.startsWith('.') || !name.endsWith('.tmp')) return false;
  if (name.endsWith('.ledger-lock.tmp') || name === JOURNAL_NAME) return true;
  const parts = name.split('.');
  const [pid, random, role] = parts.slice(-4, -1);
  return parts.length >= 6 && /^\d{1,10}$/.test(pid ?? '') && /^[0-9a-f]{8}$/.test(random ?? '') && /^[a-z]{1,8}$/.test(role ?? '');
}

export function tempName(file: string, role: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.${role}.tmp`);
}

function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // Nothing more can be done; the name matches `.*.tmp`, which git ignores.
  }
}

function exists(file: string): boolean {
  return fs.lstatSync(file, { throwIfNoEntry: false }) !== undefined;
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

/** Copy `source` to the new file `file` and fsync it; on any failure the file is gone again. */
function copyDurably(source: string, file: string): void {
  try {
    fs.copyFileSync(source, file, fs.constants.COPYFILE_EXCL);
    const fd = fs.openSync(file, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch (e) {
    removeQuietly(file);
    throw e;
  }
}

/** fsync a folder so the renames in it survive a power cut (not possible on every system: best effort). */
export function syncFolder(dir: string): void {
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

/** Keep the current content of `file` at `aside`: a hard link, or a copy where links are not supported. */
function keepAside(file: string, aside: string, ops: FileOps): void {
  try {
    fs.linkSync(file, aside);
  } catch {
    writeDurably(aside, fs.readFileSync(file), ops, fs.statSync(file).mode & 0o7777);
  }
}

/** Whether the disk still holds what the plan read of `w.file`. */
function stillAsRead(w: FileWrite): WriteRefused | null {
  const b = w.before;
  if ('any' in b) return null;
  if ('absent' in b) return exists(w.file) ? new WriteRefused(w.file, 'exists') : null;
  let now: Buffer;
  try {
    now = fs.readFileSync(w.file);
  } catch {
    return new WriteRefused(w.file, 'changed');
  }
  const same = 'text' in b ? now.toString('utf8') === b.text : crypto.createHash('sha256').update(now).digest('hex') === b.sha256;
  return same ? null : new WriteRefused(w.file, 'changed');
}

interface Staged {
  file: string;
  tmp: string;
  /** the old content kept aside; null when the file is created */
  aside: string | null;
}

/** Put one staged file in place: a rename over the old one, or a link that fails if the target appeared meanwhile. */
function place(s: Staged, ops: FileOps): void {
  if (s.aside !== null) {
    ops.rename(s.tmp, s.file);
    return;
  }
  try {
    fs.linkSync(s.tmp, s.file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new WriteRefused(s.file, 'exists');
    throw e;
  }
  removeQuietly(s.tmp);
}

function writeJournal(dir: string, staged: Staged[]): string {
  const rel = (p: string): string => path.relative(dir, p);
  const entries: JournalEntry[] = staged.map((s) => ({ target: rel(s.file), temp: rel(s.tmp), backup: s.aside && rel(s.aside) }));
  const file = path.join(dir, JOURNAL_NAME);
  const tmp = tempName(file, 'new');
  writeDurably(tmp, JSON.stringify({ version: 1, entries }), NODE_FILE_OPS);
  fs.renameSync(tmp, file);
  syncFolder(dir);
  return file;
}

function removeJournal(file: string | null): void {
  if (!file) return;
  fs.rmSync(file, { force: true });
  syncFolder(path.dirname(file));
}

/**
 * Apply a plan's writes as one set: every target is compared with what the plan read, every new
 * content written and fsynced to a temporary file and every current content kept aside, then a
 * journal listing them is written (for two files or more), then the temporary files are renamed
 * into place. A failure on the way puts every file back; a crash or kill during the renames
 * leaves the journal, and the next command's `recoverWrites` finishes the job. Nothing is written
 * when a target is refused. Returns the files written.
 */
export function applyWrites(writes: readonly FileWrite[], opts: ApplyOptions = {}): string[] {
  const locks = lockTargets(writes);
  try {
    return applyLocked(writes, opts);
  } finally {
    for (const l of locks) removeQuietly(l);
  }
}

/** A lock older than this was left by a process that died mid-write (a write holds it for milliseconds). */
const STALE_LOCK_MS = 30_000;

/**
 * Compare-then-rename is not atomic: two processes that both read the same text both pass the
 * comparison and the second rename silently drops the first one's change (five concurrent `review`
 * runs lost a verdict). So every target a plan read (`text`, `hash`, `absent`) is locked — a file
 * beside it created exclusively — from the comparison to the rename; a target locked by another
 * writer is refused as changed, and the caller reads it again or says so.
 */
function lockTargets(writes: readonly FileWrite[]): string[] {
  const held: string[] = [];
  try {
    for (const w of writes) {
      if ('any' in w.before) continue;
      const lock = lockName(w.file);
      const got = tryLock(lock);
      if (got === 'busy') throw new WriteRefused(w.file, 'changed');
      if (got === 'held') held.push(lock);
    }
    return held;
  } catch (e) {
    for (const l of held) removeQuietly(l);
    throw e;
  }
}

/** The lock beside a target: a `.*.tmp` name, which git ignores. */
function lockName(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.ledger-lock.tmp`);
}

function tryLock(lock: string): 'held' | 'busy' | 'no-folder' {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.closeSync(fs.openSync(lock, 'wx'));
      return 'held';
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // No folder yet: the file is created by a link that fails if another writer got there first.
      if (code === 'ENOENT') return 'no-folder';
      if (code !== 'EEXIST') throw e;
      const st = fs.statSync(lock, { throwIfNoEntry: false });
      if (st && Date.now() - st.mtimeMs < STALE_LOCK_MS) return 'busy';
      removeQuietly(lock);
    }
  }
  return 'busy';
}

function applyLocked(writes: readonly FileWrite[], opts: ApplyOptions): string[] {
  const ops = opts.ops ?? NODE_FILE_OPS;
  for (const w of writes) {
    const refused = stillAsRead(w);
    if (refused) throw refused;
  }
  const staged: Staged[] = [];
  const replaced: Staged[] = [];
  const kept: { file: string; aside: string }[] = [];
  let journal: string | null = null;
  try {
    for (const w of writes) {
      fs.mkdirSync(path.dirname(w.file), { recursive: true });
      const replacing = !('absent' in w.before) && exists(w.file);
      const s: Staged = { file: w.file, tmp: tempName(w.file, 'new'), aside: replacing ? tempName(w.file, 'old') : null };
      staged.push(s);
      if (typeof w.data === 'object' && 'copyOf' in w.data) copyDurably(w.data.copyOf, s.tmp);
      else writeDurably(s.tmp, w.data, ops, replacing ? fs.statSync(w.file).mode & 0o7777 : undefined);
      if (s.aside) keepAside(w.file, s.aside, ops);
    }
    if (staged.length > 1) {
      if (!opts.journalDir) throw new Error('a set of writes needs a journal folder');
      journal = writeJournal(opts.journalDir, staged);
    }
    staged.forEach((s, i) => {
      opts.beforeRename?.(i + 1);
      place(s, ops);
      replaced.push(s);
    });
    for (const dir of new Set(staged.map((s) => path.dirname(s.file)))) syncFolder(dir);
    for (const s of staged) if (s.aside) removeQuietly(s.aside);
    removeJournal(journal);
    return staged.map((s) => s.file);
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
    // With a copy left to restore by hand, the journal stays: the next command tries again.
    if (!kept.length) removeJournal(journal);
    throw kept.length ? new RestoreError(e, kept) : e;
  } finally {
    for (const s of staged) {
      removeQuietly(s.tmp);
      if (s.aside && !kept.some((k) => k.aside === s.aside)) removeQuietly(s.aside);
    }
  }
}

/** A file a plan deletes, with what the plan read of it. */
export interface FileRemoval {
  file: string;
  before: ReadBefore;
}

/** Throw `WriteRefused` when a file a plan deletes is no longer what the plan read. */
export function checkRemovals(removals: readonly FileRemoval[]): void {
  for (const r of removals) {
    const refused = stillAsRead({ file: r.file, data: '', before: r.before });
    if (refused) throw refused;
  }
}

/**
 * Delete files a plan read (after its writes were applied: an interruption leaves the old file
 * beside the new ones, never neither), then the given folders if that left them empty.
 */
export function removeFiles(removals: readonly FileRemoval[], emptyFolders: readonly string[] = []): void {
  checkRemovals(removals);
  for (const r of removals) fs.rmSync(r.file, { force: true });
  for (const dir of emptyFolders) if (fs.existsSync(dir) && fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
  for (const dir of new Set([...removals.map((r) => path.dirname(r.file)), ...emptyFolders.map((d) => path.dirname(d))])) {
    if (fs.existsSync(dir)) syncFolder(dir);
  }
}

/** Write a file whatever is there (an output the user asked for, a cache). */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  applyWrites([{ file, data, before: { any: true } }]);
}

/** Write only if the file does not exist yet; returns false when it was left alone. */
export function writeFileIfAbsent(file: string, data: string | Uint8Array): boolean {
  if (exists(file)) return false;
  try {
    applyWrites([{ file, data, before: { absent: true } }]);
    return true;
  } catch (e) {
    if (e instanceof WriteRefused) return false;
    throw e;
  }
}

/**
 * Put a file filled elsewhere (a bundle PDF streamed to `tmp`) in place: replacing what is there,
 * or only if nothing is (then false when something was). `tmp` is fsynced first and never left.
 */
export function placeFilledFile(tmp: string, file: string, replace: boolean): boolean {
  try {
    const fd = fs.openSync(tmp, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (replace) fs.renameSync(tmp, file);
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

/** What `recoverWrites` found: no journal, or a set it finished (`completed`) or undid (`rolled-back`). */
export type Recovery = { outcome: 'none' } | { outcome: 'completed' | 'rolled-back'; files: string[] };

function readJournal(file: string): JournalEntry[] {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { version?: number; entries?: JournalEntry[] };
  if (data.version !== 1 || !Array.isArray(data.entries)) throw new Error(`unreadable journal ${file}`);
  return data.entries;
}

/**
 * Finish a set of writes a crash or kill interrupted in `dir` (the journal is there). A set every
 * target of which was renamed is completed (only the kept copies go); otherwise it is rolled back:
 * the files already replaced get their old content back and the files already created go. When
 * an old copy is missing (removed by hand) the set is completed instead, if every new content is
 * still there. Temporary files and the journal are removed.
 */
export function recoverWrites(dir: string): Recovery {
  const journal = path.join(dir, JOURNAL_NAME);
  if (!exists(journal)) return { outcome: 'none' };
  const abs = (p: string): string => path.resolve(dir, p);
  const entries = readJournal(journal).map((e) => ({ target: abs(e.target), temp: abs(e.temp), backup: e.backup && abs(e.backup) }));
  const inode = (p: string): number | null => fs.lstatSync(p, { throwIfNoEntry: false })?.ino ?? null;
  // A rename consumes the temporary file; a create links it first, then removes it.
  const renamed = entries.map((e) =>
    e.backup !== null ? !exists(e.temp) : !exists(e.temp) ? exists(e.target) : inode(e.temp) === inode(e.target),
  );
  const canRollBack = entries.every((e, i) => !renamed[i] || e.backup === null || exists(e.backup));
  const canComplete = entries.every((e, i) => renamed[i] || exists(e.temp));
  const complete = renamed.every(Boolean) || !canRollBack;
  if (!complete && !canRollBack) throw new Error(`cannot recover ${journal}`);
  if (complete && !canComplete) throw new Error(`cannot recover ${journal}`);
  entries.forEach((e, i) => {
    if (complete && !renamed[i]) {
      if (e.backup !== null) fs.renameSync(e.temp, e.target);
      else if (!exists(e.target)) fs.linkSync(e.temp, e.target);
    }
    if (!complete && renamed[i]) {
      if (e.backup !== null) fs.renameSync(e.backup, e.target);
      else fs.rmSync(e.target, { force: true });
    }
  });
  for (const d of new Set(entries.map((e) => path.dirname(e.target)))) syncFolder(d);
  for (const e of entries) {
    removeQuietly(e.temp);
    if (e.backup) removeQuietly(e.backup);
    // The interrupted writer held its targets' locks; they are free again.
    removeQuietly(lockName(e.target));
  }
  removeJournal(journal);
  return { outcome: complete ? 'completed' : 'rolled-back', files: entries.map((e) => path.relative(dir, e.target)) };
}
