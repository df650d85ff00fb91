import path from 'node:path';
import { CannotRunError } from '../../diagnostics/cannot-run-error.js';
import { applyWrites, RestoreError, WriteRefused, type ApplyOptions, type FileOps } from '../../util/atomic-write.js';
/** A file an import rewrites: its text when read, its new text, and what changed (nothing: not written). */
interface Update {
  file: string;
  changes: readonly unknown[];
  before: string;
  after: string;
}

/**
 * Write every changed file as one set through the writer (all or none, across a crash too: see
 * `applyWrites`); a file changed on disk since it was read refuses the whole set. Returns the files written.
 */
export function applyImport(root: string, updates: Update[], ops?: FileOps, opts: ApplyOptions = {}): string[] {
  const changed = updates.filter((u) => u.changes.length > 0 && u.after !== u.before);
  try {
    applyWrites(
      changed.map((u) => ({ file: path.join(root, u.file), data: u.after, before: { text: u.before } })),
      { journalDir: root, ...opts, ...(ops ? { ops } : {}) },
    );
  } catch (e) {
    if (e instanceof WriteRefused)
      throw new CannotRunError('import.concurrent-edit', { yaml: path.relative(root, e.file).split(path.sep).join('/') });
    if (e instanceof RestoreError)
      throw new CannotRunError('import.restore-failed', {
        files: e.kept.map((k) => `${path.relative(root, k.aside)} → ${path.relative(root, k.file)}`).join('\n  '),
        detail: (e.cause as NodeJS.ErrnoException).code ?? String(e.cause),
      });
    throw new CannotRunError('import.write-failed', {
      files: changed.map((u) => u.file).join('、'),
      detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message,
    });
  }
  return changed.map((u) => u.file);
}
