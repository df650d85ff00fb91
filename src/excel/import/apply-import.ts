import fs from 'node:fs';
import path from 'node:path';
import { CannotRunError } from '../../diagnostics/cannot-run-error.js';
import type { FileUpdate } from './plan-import.js';

/**
 * Write every changed file (each atomically), after checking none changed on disk since it was
 * read. Returns the files written.
 */
export function applyImport(root: string, updates: FileUpdate[], write: (abs: string, text: string) => void): string[] {
  const changed = updates.filter((u) => u.changes.length > 0 && u.after !== u.before);
  for (const u of changed) {
    if (fs.readFileSync(path.join(root, u.file), 'utf8') !== u.before) throw new CannotRunError('import.concurrent-edit', { yaml: u.file });
  }
  for (const u of changed) write(path.join(root, u.file), u.after);
  return changed.map((u) => u.file);
}
