import type { Document, LineCounter } from 'yaml';
import { positionOfPath } from './yaml-position.js';

export interface Location {
  file: string;
  line: number | null;
  column: number | null;
}

/** Parsed YAML documents by workspace-relative file, so later checks can locate any node. */
export class SourceMap {
  private readonly docs = new Map<string, { doc: Document; lineCounter: LineCounter }>();

  add(file: string, doc: Document | null, lineCounter: LineCounter): void {
    if (doc) this.docs.set(file, { doc, lineCounter });
  }

  /** Location of the node at `path` in `file` (its key with `atKey`). */
  locate(file: string, path: readonly PropertyKey[], atKey = false): Location {
    const entry = this.docs.get(file);
    if (!entry) return { file, line: null, column: null };
    const { line, column } = positionOfPath(entry.doc, entry.lineCounter, path, atKey);
    return { file, line, column };
  }

  doc(file: string): Document | undefined {
    return this.docs.get(file)?.doc;
  }
}
