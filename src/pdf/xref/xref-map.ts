import { chargeObject } from '../limits.js';
import type { PdfDict } from '../syntax/pdf-values.js';

export type XrefEntry =
  | { type: 0 }
  /** `alternatives`: earlier offsets for the same number, tried when a rebuilt entry is wrong */
  | { type: 1; offset: number; gen: number; alternatives?: readonly number[] }
  | { type: 2; stream: number; index: number };

export const FREE = 0;
export const IN_USE = 1;
export const COMPRESSED = 2;
export type EntryType = typeof FREE | typeof IN_USE | typeof COMPRESSED;

/** Entries of one xref section as parallel number arrays: big tables allocate no per-entry objects. */
export class XrefEntries {
  readonly nums: number[] = [];
  readonly types: EntryType[] = [];
  /** offset (in use) or object-stream number (compressed) */
  readonly a: number[] = [];
  /** generation (in use) or index in the object stream (compressed) */
  readonly b: number[] = [];

  /** Each entry counts against the file's object budget: a section cannot list billions. */
  push(num: number, type: EntryType, a: number, b: number): void {
    chargeObject();
    this.nums.push(num);
    this.types.push(type);
    this.a.push(a);
    this.b.push(b);
  }
}

const DENSE_LIMIT = 1 << 20;

/**
 * Object number → where the object lives. Sections are merged newest first, so the first entry
 * recorded for a number is the one in force. Dense typed arrays for ordinary object numbers, a
 * Map for the rare huge ones (so a fuzzed number cannot force a huge allocation).
 */
export class XrefMap {
  private state = new Uint8Array(64); // 0 = unknown, else type + 1
  private a = new Float64Array(64);
  private b = new Float64Array(64);
  private readonly sparse = new Map<number, XrefEntry>();
  private readonly alternatives = new Map<number, readonly number[]>();

  setIfAbsent(num: number, type: EntryType, a: number, b: number): void {
    if (num >= DENSE_LIMIT) {
      if (!this.sparse.has(num)) this.sparse.set(num, toEntry(type, a, b));
      return;
    }
    if (num >= this.state.length) this.grow(num);
    if (this.state[num] !== 0) return;
    this.state[num] = type + 1;
    this.a[num] = a;
    this.b[num] = b;
  }

  setAll(src: XrefEntries, only?: (type: EntryType) => boolean): void {
    for (let i = 0; i < src.nums.length; i++) {
      if (!only || only(src.types[i]!)) this.setIfAbsent(src.nums[i]!, src.types[i]!, src.a[i]!, src.b[i]!);
    }
  }

  setAlternatives(num: number, offsets: readonly number[]): void {
    if (offsets.length > 0) this.alternatives.set(num, offsets);
  }

  get(num: number): XrefEntry | undefined {
    if (num >= DENSE_LIMIT) return this.sparse.get(num);
    const s = num < this.state.length ? this.state[num]! : 0;
    if (s === 0) return undefined;
    const entry = toEntry((s - 1) as EntryType, this.a[num]!, this.b[num]!);
    const alternatives = this.alternatives.get(num);
    return alternatives && entry.type === 1 ? { ...entry, alternatives } : entry;
  }

  private grow(num: number): void {
    let cap = this.state.length;
    while (cap <= num) cap *= 2;
    const state = new Uint8Array(cap);
    const a = new Float64Array(cap);
    const b = new Float64Array(cap);
    state.set(this.state);
    a.set(this.a);
    b.set(this.b);
    this.state = state;
    this.a = a;
    this.b = b;
  }
}

function toEntry(type: EntryType, a: number, b: number): XrefEntry {
  if (type === IN_USE) return { type: 1, offset: a, gen: b };
  if (type === COMPRESSED) return { type: 2, stream: a, index: b };
  return { type: 0 };
}

/** One xref section (table or stream) and the trailer dictionary that goes with it. */
export interface XrefSection {
  kind: 'table' | 'stream';
  entries: XrefEntries;
  trailer: PdfDict;
  /** entries that did not follow the fixed 20-byte layout but could still be read */
  malformed: boolean;
}

/** Largest object number accepted from an xref; bigger is fuzzing, not a document. */
export const MAX_OBJECT_NUMBER = 0x7fffffff;
