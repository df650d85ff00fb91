import { createHash, type Hash } from 'node:crypto';
import fs from 'node:fs';
import { PdfDict, PdfName, PdfRef, PdfStream, PdfString, type PdfValue } from '../../pdf/index.js';

const FLUSH_AT = 1 << 20;

/**
 * Writes a PDF straight to a file, one indirect object at a time: nothing document-sized is held
 * in memory. Objects may be written in any order (numbers are allocated first, the cross-reference
 * table is written at the end). The SHA-256 of the bytes is computed as they are written.
 */
export class PdfWriter {
  private readonly fd: number;
  private readonly offsets: number[] = [];
  private readonly hash: Hash = createHash('sha256');
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private pos = 0;
  private next = 1;

  constructor(readonly file: string) {
    this.fd = fs.openSync(file, 'w');
    // Binary comment: tells transfer tools the file is binary (ISO 32000 §7.5.2).
    this.raw(Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'));
  }

  /** A fresh object number. */
  alloc(): number {
    return this.next++;
  }

  /** `count` consecutive object numbers; returns the first. */
  allocBlock(count: number): number {
    const first = this.next;
    this.next += count;
    return first;
  }

  object(num: number, value: PdfValue): void {
    this.begin(num);
    this.raw(Buffer.from(`${serialize(value)}\nendobj\n`, 'latin1'));
  }

  /** A stream object; /Length is set from the data. */
  stream(num: number, dict: PdfDict, data: Buffer | Buffer[]): void {
    const parts = Array.isArray(data) ? data : [data];
    const length = parts.reduce((n, p) => n + p.length, 0);
    dict.map.set('Length', length);
    this.begin(num);
    this.raw(Buffer.from(`${serialize(dict)}\nstream\n`, 'latin1'));
    for (const p of parts) this.raw(p);
    this.raw(Buffer.from('\nendstream\nendobj\n', 'latin1'));
  }

  /** Start a stream whose data comes in pieces (a large image copied in chunks). */
  streamStart(num: number, dict: PdfDict, length: number): void {
    dict.map.set('Length', length);
    this.begin(num);
    this.raw(Buffer.from(`${serialize(dict)}\nstream\n`, 'latin1'));
  }

  streamChunk(data: Buffer): void {
    this.raw(data);
  }

  streamEnd(): void {
    this.raw(Buffer.from('\nendstream\nendobj\n', 'latin1'));
  }

  /** Cross-reference table and trailer; closes the file. Returns its size and SHA-256. */
  finish(trailer: PdfDict): { bytes: number; sha256: string } {
    const xrefAt = this.pos;
    const size = this.next;
    const lines = [`xref\n0 ${size}\n`, '0000000000 65535 f\r\n'];
    for (let n = 1; n < size; n++) {
      const off = this.offsets[n];
      lines.push(off === undefined ? '0000000000 65535 f\r\n' : `${String(off).padStart(10, '0')} 00000 n\r\n`);
    }
    trailer.map.set('Size', size);
    lines.push(`trailer\n${serialize(trailer)}\nstartxref\n${xrefAt}\n%%EOF\n`);
    this.raw(Buffer.from(lines.join(''), 'latin1'));
    this.flush();
    fs.closeSync(this.fd);
    return { bytes: this.pos, sha256: this.hash.digest('hex') };
  }

  /** Give up: close the file (the caller removes it). */
  abort(): void {
    try {
      fs.closeSync(this.fd);
    } catch {
      /* already closed */
    }
  }

  private begin(num: number): void {
    if (this.offsets[num] !== undefined) throw new Error(`object ${num} written twice`);
    this.offsets[num] = this.pos;
    this.raw(Buffer.from(`${num} 0 obj\n`, 'latin1'));
  }

  private raw(b: Buffer): void {
    this.hash.update(b);
    this.pos += b.length;
    if (b.length >= FLUSH_AT) {
      this.flush();
      writeAll(this.fd, b);
      return;
    }
    // Copy: the caller's buffer may be a shared read window.
    this.pending.push(Buffer.from(b));
    this.pendingBytes += b.length;
    if (this.pendingBytes >= FLUSH_AT) this.flush();
  }

  private flush(): void {
    if (this.pendingBytes === 0) return;
    writeAll(this.fd, Buffer.concat(this.pending, this.pendingBytes));
    this.pending = [];
    this.pendingBytes = 0;
  }
}

function writeAll(fd: number, b: Buffer): void {
  for (let off = 0; off < b.length;) off += fs.writeSync(fd, b, off, b.length - off);
}

/** Largest integer readers are required to take (ISO 32000-1 Annex C); a source's 1e30 is clamped to it. */
const MAX_INT = 2_147_483_647;

/** A number as PDF writes it: integers as is, reals with at most four decimals, never exponents. */
export function num(n: number): string {
  if (!Number.isFinite(n)) return '0';
  if (Math.abs(n) > MAX_INT) return String(Math.sign(n) * MAX_INT); // String(1e30) is '1e+30', which no reader parses
  if (Number.isInteger(n)) return String(n);
  const s = n.toFixed(4).replace(/0+$/, '').replace(/\.$/, '');
  return s === '-0' ? '0' : s;
}

const REGULAR = /^[!-~]$/;
const DELIMITERS = new Set(['(', ')', '<', '>', '[', ']', '{', '}', '/', '%', '#']);

function nameText(name: string): string {
  let out = '/';
  for (const byte of Buffer.from(name, 'utf8')) {
    const c = String.fromCharCode(byte);
    out += REGULAR.test(c) && !DELIMITERS.has(c) ? c : `#${byte.toString(16).padStart(2, '0')}`;
  }
  return out;
}

/** PDF syntax of a direct value (streams are written by PdfWriter.stream). Strings as hex. */
export function serialize(v: PdfValue): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return num(v);
  if (v instanceof PdfName) return nameText(v.name);
  if (v instanceof PdfString) return `<${v.bytes.toString('hex')}>`;
  if (v instanceof PdfRef) return `${v.num} 0 R`;
  if (Array.isArray(v)) return `[${v.map(serialize).join(' ')}]`;
  if (v instanceof PdfDict) {
    let s = '<<';
    for (const [k, val] of v.map) s += `${nameText(k)} ${serialize(val)}`;
    return `${s}>>`;
  }
  if (v instanceof PdfStream) throw new Error('a stream cannot be a direct value');
  return 'null';
}

/* Builders for new objects. */

export const name = (n: string): PdfName => new PdfName(n);
export const ref = (n: number): PdfRef => new PdfRef(n, 0);

export function dict(entries: Record<string, PdfValue | undefined>): PdfDict {
  const d = new PdfDict();
  for (const [k, v] of Object.entries(entries)) if (v !== undefined) d.map.set(k, v);
  return d;
}

/** A text string: UTF-16BE with a byte-order mark, so any Chinese text survives. */
export function text(s: string): PdfString {
  const body = Buffer.from(s, 'utf16le').swap16();
  return new PdfString(Buffer.concat([Buffer.from([0xfe, 0xff]), body]));
}

/** An ASCII byte string (URIs, file names in GoToR actions). */
export function bytes(s: string): PdfString {
  return new PdfString(Buffer.from(s, 'utf8'));
}

/** A PDF date, D:YYYYMMDDHHmmSSZ. */
export function pdfDate(d: Date): PdfString {
  const iso = d.toISOString();
  return bytes(`D:${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`);
}
