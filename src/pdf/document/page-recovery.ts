import type { ByteSource } from '../syntax/byte-source.js';
import { parseIndirectObject } from '../syntax/object-parser.js';
import { PdfDict, asIndex, isName } from '../syntax/pdf-values.js';
import { parseWindowed } from '../syntax/windowed-parse.js';
import type { ObjectResolver } from '../xref/object-resolver.js';
import type { PdfHeader } from './header.js';

export interface RecoveredCount {
  pages: number;
  how: string;
}

/**
 * Last resort when no catalog leads to a page tree (its root object is lost, say): the page count
 * that a linearized file states up front (/N, which poppler also uses), or else the number of
 * page objects found by scanning. Either way the file is only readable in part: 'repaired'.
 */
export function recoverPageCount(src: ByteSource, header: PdfHeader, r: ObjectResolver, pageObjects: number[]): RecoveredCount | undefined {
  let found = 0;
  for (const num of pageObjects) {
    const v = r.get(num).value;
    if (v instanceof PdfDict && isName(v.get('Type'), 'Page')) found++;
  }
  const stated = linearizedPageCount(src, header);
  if (stated !== undefined && stated >= found && stated > 0) {
    const how = `took the page count from the linearization dictionary (/N ${stated}); ${found} page objects were found`;
    return { pages: stated, how };
  }
  if (found > 0) return { pages: found, how: `counted the ${found} page objects found by scanning` };
  return undefined;
}

/** /N of a linearization dictionary, which must be the first object after the header. */
function linearizedPageCount(src: ByteSource, header: PdfHeader): number | undefined {
  try {
    const head = src.read(header.offset, 1024).toString('latin1');
    const at = head.search(/\d+\s+\d+\s+obj/);
    if (at < 0) return undefined;
    const obj = parseWindowed(src, header.offset + at, parseIndirectObject);
    const dict = obj.value;
    if (!(dict instanceof PdfDict) || dict.get('Linearized') === undefined) return undefined;
    return asIndex(dict.get('N'));
  } catch {
    return undefined;
  }
}
