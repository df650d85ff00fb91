import fs from 'node:fs';
import path from 'node:path';
import { CannotRunError } from '../../diagnostics/cannot-run-error.js';
import { NODE_FILE_OPS, replaceFilesAtomically, RestoreError, type FileOps } from '../write-files.js';
/** A file an import rewrites: its text when read, its new text, and what changed (nothing: not written). */
interface Update {
  file: string;
  changes: readonly unknown[];
  /** null: the file does not exist yet and is created (returns.yaml on the first import) */
  before: string | null;
  after: string;
}

/**
 * Write every changed file as one set (all or none, see `replaceFilesAtomically`), after checking
 * none changed on disk since it was read. Returns the files written.
 */
export function applyImport(root: string, updates: Update[], ops: FileOps = NODE_FILE_OPS): string[] {
  const changed = updates.filter((u) => u.changes.length > 0 && u.after !== u.before);
  for (const u of changed) {
    if (readOrNull(path.join(root, u.file)) !== u.before) throw new CannotRunError('import.concurrent-edit', { yaml: u.file });
  }
  try {
    replaceFilesAtomically(
      changed.map((u) => ({ file: path.join(root, u.file), data: u.after })),
      ops,
    );
  } catch (e) {
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

function readOrNull(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}
