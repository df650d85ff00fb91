import { constants, inflateRawSync, inflateSync } from 'node:zlib';
import { damage, messageOf } from '../errors.js';
import { PdfLimitExceeded, chargeDecoded, checkDeadline, decodedBytesLeft } from '../limits.js';
import { GREATER_THAN } from '../syntax/bytes.js';
import { PdfDict, PdfName, asDict, type PdfValue } from '../syntax/pdf-values.js';
import { unpredict } from './predictors.js';

/** Decoded streams the inspector reads (xref, object and metadata streams) are small; anything
 *  bigger than this is a decompression bomb or not worth the memory. */
export const MAX_DECODED = 64 * 1024 * 1024;

/**
 * Apply a stream's /Filter chain. Only filters that structural streams use are supported. The raw
 * bytes and each filter's output count against the file's decoded-bytes budget.
 */
export function decodeStream(raw: Buffer, dict: PdfDict): Buffer {
  const filters = listOf(dict.get('Filter'));
  const parms = listOf(dict.get('DecodeParms') ?? dict.get('DP'));
  chargeDecoded(raw.length);
  checkDeadline(); // decoding is the costliest step a file can ask for
  let data = raw;
  filters.forEach((f, i) => {
    if (!(f instanceof PdfName)) damage('bad /Filter');
    data = decodeOne(f.name, data, asDict(parms[i] ?? undefined));
    chargeDecoded(data.length);
  });
  return data;
}

function listOf(v: PdfValue | undefined): PdfValue[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

function decodeOne(name: string, data: Buffer, parms: PdfDict | undefined): Buffer {
  switch (name) {
    case 'FlateDecode':
    case 'Fl':
      return unpredict(inflate(data), parms);
    case 'ASCIIHexDecode':
    case 'AHx':
      return fromHex(data);
    case 'Crypt':
      return data; // identity crypt filter: the resolver already decrypted with the file's default
    default:
      return damage(`unsupported stream filter /${name}`);
  }
}

function fromHex(data: Buffer): Buffer {
  const end = data.indexOf(GREATER_THAN); // '>' marks the end of data
  const hex = data.toString('latin1', 0, end < 0 ? data.length : end).replace(/[^0-9A-Fa-f]/g, '');
  return Buffer.from(hex.length % 2 ? hex + '0' : hex, 'hex');
}

/**
 * zlib that tolerates what real files contain: truncated data and bad Adler-32 checksums. Output
 * stops at MAX_DECODED or at what the file's budget has left, whichever is smaller.
 */
function inflate(data: Buffer): Buffer {
  const left = decodedBytesLeft();
  const cap = Math.min(MAX_DECODED, left);
  const opts = { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: Math.max(1, cap) };
  try {
    return inflateSync(data, opts);
  } catch (first) {
    if (tooLarge(first)) overflow(cap < MAX_DECODED);
    try {
      return inflateRawSync(data.subarray(2), opts);
    } catch (second) {
      if (tooLarge(second)) overflow(cap < MAX_DECODED);
      return damage(`stream does not inflate (${messageOf(first)})`);
    }
  }
}

function tooLarge(err: unknown): boolean {
  return err instanceof RangeError || (err as { code?: string } | undefined)?.code === 'ERR_BUFFER_TOO_LARGE';
}

function overflow(budgetSpent: boolean): never {
  if (budgetSpent) throw new PdfLimitExceeded('decodedBytes');
  return damage(`a stream decodes to more than ${MAX_DECODED / 1048576} MB`);
}
