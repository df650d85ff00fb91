import { messageOf } from '../errors.js';
import { FileSource } from '../syntax/byte-source.js';
import { inspectSource } from './inspect-source.js';
import { fatalResult, type PdfInspection } from './result.js';

/** Inspect one file synchronously (the worker threads call this directly). Never throws. */
export function inspectFileSync(filePath: string): PdfInspection {
  let src: FileSource;
  try {
    src = FileSource.open(filePath);
  } catch (err) {
    return fatalResult(`cannot read the file: ${messageOf(err)}`);
  }
  try {
    return inspectSource(src);
  } catch (err) {
    // inspectSource catches everything it expects; this is the last guard against a bug
    return fatalResult(`internal error while inspecting: ${messageOf(err)}`);
  } finally {
    src.close();
  }
}
