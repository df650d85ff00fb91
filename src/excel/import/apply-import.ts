import path from 'node:path';
import { CannotRunError } from '../../diagnostics/cannot-run-error.js';
import { applyWrites, RestoreError, WriteRefused, type FileOps, type FileWrite } from '../../util/atomic-write.js';
/**
 * A file an import rewrites: its text when read (null: it did not exist, as returns.yaml before the
 * first import), its new text, and what changed (nothing: not written).
 */
interface Update {
  file: string;
  changes: readonly unknown[];
  before: string | null;
  after: string;
}

/**
 * The writes of an import: every changed file, replaced only if it still holds the text the import
 * read, or created only if it is still absent.
 */
export function importWrites(root: string, updates: Update[]): FileWrite[] {
  return updates
    .filter((u) => u.changes.length > 0 && u.after !== u.before)
    .map((u) => ({ file: path.join(root, u.file), data: u.after, before: u.before === null ? { absent: true } : { text: u.before } }));
}

/** What the writer's failure means for an import, in the import's words. */
export function importFailure(root: string, writes: readonly FileWrite[], e: unknown): CannotRunError {
  const rel = (f: string): string => path.relative(root, f).split(path.sep).join('/');
  if (e instanceof WriteRefused) return new CannotRunError('import.concurrent-edit', { yaml: rel(e.file) });
  if (e instanceof RestoreError)
    return new CannotRunError('import.restore-failed', {
      files: e.kept.map((k) => `${path.relative(root, k.aside)} → ${path.relative(root, k.file)}`).join('\n  '),
      detail: (e.cause as NodeJS.ErrnoException).code ?? String(e.cause),
    });
  return new CannotRunError('import.write-failed', {
    files: writes.map((w) => rel(w.file)).join('、'),
    detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message,
  });
}

/**
 * Write every changed file as one set through the writer (all or none, across a crash too: see
 * `applyWrites`); a file changed on disk since it was read refuses the whole set. Returns the files written.
 */
export function applyImport(root: string, updates: Update[], ops?: FileOps): string[] {
  const writes = importWrites(root, updates);
  try {
    applyWrites(writes, { journalDir: root, ...(ops ? { ops } : {}) });
  } catch (e) {
    throw importFailure(root, writes, e);
  }
  return writes.map((w) => path.relative(root, w.file).split(path.sep).join('/'));
}
