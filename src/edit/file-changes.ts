import path from 'node:path';
import { readTextIfPresent } from '../load/workspace-root.js';
import type { FileRemoval, FileWrite } from '../util/atomic-write.js';

/** A workspace file a plan writes (its new text) or deletes (null), workspace-relative with `/`. */
export interface FileChange {
  path: string;
  content: string | null;
}

/** Reads workspace files for a plan and remembers what it read, so the writer can compare it with the disk. */
export interface RecordingReader {
  read: (rel: string) => string | null;
  seen: Map<string, string | null>;
}

export function recordingReader(root: string): RecordingReader {
  const seen = new Map<string, string | null>();
  const read = (rel: string): string | null => {
    if (seen.has(rel)) return seen.get(rel)!;
    const text = readTextIfPresent(path.join(root, ...rel.split('/')));
    seen.set(rel, text);
    return text;
  };
  return { read, seen };
}

/**
 * A plan's changes as the writer's writes and removals, each with what the plan read of its file
 * (a file it did not read is read now): absent stays absent, text stays that text.
 */
export function fileChanges(
  root: string,
  changes: readonly FileChange[],
  reader: RecordingReader,
): { writes: FileWrite[]; removals: FileRemoval[] } {
  const writes: FileWrite[] = [];
  const removals: FileRemoval[] = [];
  for (const c of changes) {
    const file = path.join(root, ...c.path.split('/'));
    const text = reader.read(c.path);
    const before = text === null ? ({ absent: true } as const) : { text };
    if (c.content !== null) writes.push({ file, data: c.content, before });
    else if (text !== null) removals.push({ file, before });
  }
  return { writes, removals };
}
