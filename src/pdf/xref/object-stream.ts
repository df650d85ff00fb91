import { damage } from '../errors.js';
import { chargeObject } from '../limits.js';
import { Lexer } from '../syntax/lexer.js';
import { parseValue } from '../syntax/object-parser.js';
import { PdfKeyword, PdfStream, asIndex, type PdfDict, type PdfValue } from '../syntax/pdf-values.js';

/** A decoded object stream (/Type /ObjStm): N pairs of "objnum offset", then the objects. */
export class ObjectStream {
  private readonly offsets = new Map<number, number>();
  private readonly byIndex: number[] = [];
  private readonly first: number;

  constructor(
    private readonly data: Buffer,
    dict: PdfDict,
  ) {
    const n = asIndex(dict.get('N'));
    const first = asIndex(dict.get('First'));
    if (n === undefined || first === undefined || first > data.length) damage('object stream has a bad /N or /First');
    this.first = first;
    const lx = new Lexer(data.subarray(0, first), 0, true);
    for (let i = 0; i < n; i++) {
      const num = parseValue(lx);
      const off = parseValue(lx);
      if (typeof num !== 'number' || typeof off !== 'number') break; // header shorter than /N says
      this.offsets.set(num, off);
      this.byIndex.push(num);
    }
  }

  /** object numbers stored here, in order */
  get objectNumbers(): readonly number[] {
    return this.byIndex;
  }

  /** The object `num` (the xref's index is only a hint: the header is authoritative). */
  get(num: number): PdfValue | undefined {
    const off = this.offsets.get(num);
    if (off === undefined) return undefined;
    chargeObject();
    const lx = new Lexer(this.data, 0, true);
    lx.pos = this.first + off;
    if (lx.pos >= this.data.length) return undefined;
    const v = parseValue(lx);
    if (v instanceof PdfKeyword || v instanceof PdfStream) return null; // streams may not live here
    return v;
  }

  /** The raw text of object `num` (up to the next object), for a cheap look without parsing;
   *  undefined when it is not here or longer than `max`. */
  rawText(num: number, max: number): string | undefined {
    const off = this.offsets.get(num);
    if (off === undefined) return undefined;
    const start = this.first + off;
    const i = this.byIndex.indexOf(num);
    const nextNum = this.byIndex[i + 1];
    const next = nextNum === undefined ? this.data.length : this.first + (this.offsets.get(nextNum) ?? this.data.length - this.first);
    if (next <= start || next - start > max || next > this.data.length) return undefined;
    return this.data.toString('latin1', start, next);
  }

  get byteLength(): number {
    return this.data.length;
  }
}
