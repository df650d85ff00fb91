import { damage } from '../errors.js';
import { decodeStream } from '../streams/filters.js';
import { readStreamRaw } from '../streams/raw-stream.js';
import type { ByteSource } from '../syntax/byte-source.js';
import { parseIndirectObject } from '../syntax/object-parser.js';
import { PdfStream, asIndex, isName } from '../syntax/pdf-values.js';
import { parseWindowed } from '../syntax/windowed-parse.js';
import { COMPRESSED, FREE, IN_USE, MAX_OBJECT_NUMBER, XrefEntries, type XrefSection } from './xref-map.js';

/** A cross-reference stream (PDF 1.5+) at `pos` (absolute). Its dictionary is the trailer. */
export function parseXrefStream(src: ByteSource, pos: number): XrefSection {
  const obj = parseWindowed(src, pos, parseIndirectObject);
  const stream = obj.value;
  if (!(stream instanceof PdfStream) || !isName(stream.dict.get('Type'), 'XRef')) {
    damage(`object ${obj.num} at the xref offset is not a cross-reference stream`);
  }
  const dict = stream.dict;
  // An xref stream's /Length must be direct: there is no xref yet to resolve a reference with.
  const raw = readStreamRaw(src, stream.dataStart, asIndex(dict.get('Length')));
  const data = decodeStream(raw.data, dict);
  const w = dict.get('W');
  if (!Array.isArray(w) || w.length < 3) damage('cross-reference stream has no valid /W');
  const widths = w.slice(0, 3).map((x) => asIndex(x) ?? -1);
  if (widths.some((x) => x < 0 || x > 8)) damage('cross-reference stream has no valid /W');
  const [w0, w1, w2] = widths as [number, number, number];
  const rowLen = w0 + w1 + w2;
  if (rowLen === 0) damage('cross-reference stream has no valid /W');
  const size = asIndex(dict.get('Size')) ?? 0;
  const index = dict.get('Index');
  const ranges = Array.isArray(index) ? index.map((x) => asIndex(x) ?? -1) : [0, size];
  const entries = new XrefEntries();
  let row = 0;
  for (let r = 0; r + 1 < ranges.length; r += 2) {
    const start = ranges[r]!;
    const count = ranges[r + 1]!;
    if (start < 0 || count < 0 || start + count > MAX_OBJECT_NUMBER) damage('cross-reference stream has a bad /Index');
    for (let i = 0; i < count && (row + 1) * rowLen <= data.length; i++, row++) {
      const at = row * rowLen;
      const type = w0 === 0 ? 1 : field(data, at, w0);
      const f2 = field(data, at + w0, w1);
      const f3 = field(data, at + w0 + w1, w2);
      if (type === 0) entries.push(start + i, FREE, 0, 0);
      else if (type === 1) entries.push(start + i, IN_USE, f2, f3);
      else if (type === 2) entries.push(start + i, COMPRESSED, f2, f3);
      // other types are reserved and mean "null object"
    }
  }
  return { kind: 'stream', entries, trailer: dict, malformed: raw.recovered };
}

function field(data: Buffer, at: number, width: number): number {
  let v = 0;
  for (let i = 0; i < width; i++) v = v * 256 + data[at + i]!;
  return v;
}
