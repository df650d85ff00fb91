/** The PDF object model the inspector needs: just enough to walk xrefs, trailers and page trees. */

export class PdfName {
  constructor(readonly name: string) {}
}

export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}

/** A string keeps its raw bytes: decoding (and decryption) depends on where it is used. */
export class PdfString {
  constructor(readonly bytes: Buffer) {}
}

export class PdfDict {
  readonly map = new Map<string, PdfValue>();
  get(key: string): PdfValue | undefined {
    return this.map.get(key);
  }
}

/** A stream is its dictionary plus where its raw data starts in the byte source it came from. */
export class PdfStream {
  constructor(
    readonly dict: PdfDict,
    readonly dataStart: number,
  ) {}
}

/** Keywords other than true/false/null (e.g. `obj`, `R`, `endobj`) surface only inside the parser. */
export class PdfKeyword {
  constructor(readonly word: string) {}
}

export type PdfValue = null | boolean | number | PdfName | PdfString | PdfRef | PdfDict | PdfStream | PdfValue[];

export function isName(v: PdfValue | undefined, name?: string): v is PdfName {
  return v instanceof PdfName && (name === undefined || v.name === name);
}

export function asDict(v: PdfValue | undefined): PdfDict | undefined {
  if (v instanceof PdfDict) return v;
  if (v instanceof PdfStream) return v.dict;
  return undefined;
}

/** Non-negative safe integer or undefined: offsets, counts and object numbers must be this. */
export function asIndex(v: PdfValue | undefined): number | undefined {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : undefined;
}

export function asInt(v: PdfValue | undefined): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}

export function asBytes(v: PdfValue | undefined): Buffer | undefined {
  return v instanceof PdfString ? v.bytes : undefined;
}
