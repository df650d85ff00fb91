import { messageOf } from '../errors.js';
import { FileSource } from '../syntax/byte-source.js';
import { inspectSource } from './inspect-source.js';
import type { PdfInspection } from './result.js';

/** Inspect one file synchronously (the worker threads call this directly). Never throws. */
export function inspectFileSync(filePath: string): PdfInspection {
  let src: FileSource;
  try {
    src = FileSource.open(filePath);
  } catch (err) {
    return unreadable(`cannot read the file: ${messageOf(err)}`);
  }
  try {
    return inspectSource(src);
  } catch (err) {
    // inspectSource catches everything it expects; this is the last guard against a bug
    return unreadable(`internal error while inspecting: ${messageOf(err)}`);
  } finally {
    src.close();
  }
}

function unreadable(detail: string): PdfInspection {
  return { isPdf: false, empty: false, pages: null, encryption: 'none', damage: 'fatal', detail, info: {} };
}
