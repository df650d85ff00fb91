import { PdfDict, PdfName, asBytes, asDict, asInt, type PdfValue } from '../syntax/pdf-values.js';
import { Decryptor, type CryptMethod } from './decryptor.js';
import { legacyFileKey } from './standard-handler-r2-r4.js';
import { aes256FileKey } from './standard-handler-r5-r6.js';

export interface EncryptionState {
  status: 'none' | 'open-password' | 'owner-restricted';
  detail?: string;
  decryptor?: Decryptor;
  /** the document opens without a password but its embedded files do not (ISO 32000-1 §7.6.5, /EFF) */
  attachmentsLocked?: boolean;
}

type Resolve = (v: PdfValue | undefined) => PdfValue;

const EMPTY = Buffer.alloc(0);
const NEEDS_PASSWORD = 'a password is needed to open this file';

/**
 * Decide whether the empty password opens the file, trying it as the user password and as the
 * owner password (a file whose owner password is empty opens without a password, whatever its
 * user password). Uses the trailer's /Encrypt dictionary and the first /ID string.
 */
export function evaluateEncryption(enc: PdfDict, id0: Buffer | undefined, resolve: Resolve): EncryptionState {
  const filter = resolve(enc.get('Filter'));
  if (!(filter instanceof PdfName) || filter.name !== 'Standard') {
    const name = filter instanceof PdfName ? `/${filter.name}` : 'an unnamed';
    return { status: 'open-password', detail: `encrypted with ${name} security handler (certificate or plug-in needed)` };
  }
  const v = asInt(resolve(enc.get('V'))) ?? 0;
  const r = asInt(resolve(enc.get('R'))) ?? 0;
  const o = asBytes(resolve(enc.get('O')));
  const u = asBytes(resolve(enc.get('U')));
  if (!o || !u) return { status: 'open-password', detail: 'encryption dictionary lacks /O or /U' };
  const cf = asDict(resolve(enc.get('CF')));
  const stmF = v >= 4 ? resolve(enc.get('StmF')) : undefined;
  const stream = v >= 4 ? cryptMethod(stmF, cf, resolve) : 'rc4';
  const string = v >= 4 ? cryptMethod(resolve(enc.get('StrF')), cf, resolve) : 'rc4';
  let key: Buffer | undefined;
  if (r >= 2 && r <= 4) {
    const encryptMetadata = resolve(enc.get('EncryptMetadata')) !== false;
    const p = asInt(resolve(enc.get('P'))) ?? 0;
    const n = keyBytes(v, r, resolve(enc.get('Length')), stream, filterLength(stmF, cf, resolve));
    key = legacyFileKey({ r, o, u, p, id0: id0 ?? EMPTY, keyBytes: n, encryptMetadata }, EMPTY);
    // Acrobat zero-pads a V4 key shorter than 16 bytes before deriving object keys (pdf.js issue 19484).
    if (key && v === 4 && key.length < 16) key = Buffer.concat([key, Buffer.alloc(16 - key.length)]);
  } else if (r === 5 || r === 6) {
    const oe = asBytes(resolve(enc.get('OE'))) ?? EMPTY;
    const ue = asBytes(resolve(enc.get('UE'))) ?? EMPTY;
    key = aes256FileKey({ r, o, u, oe, ue }, EMPTY);
  } else {
    return { status: 'open-password', detail: `unsupported Standard security handler revision ${r}` };
  }
  if (key) return { status: 'owner-restricted', decryptor: new Decryptor(key, stream, string) };
  // Only the embedded files are encrypted (/StmF and /StrF /Identity, /EFF naming a real filter,
  // usually with /AuthEvent /EFOpen): a reader asks for the password only when an attachment is
  // opened (ISO 32000-1 §7.6.5); the document itself is in clear.
  if (stream === 'none' && string === 'none' && v >= 4 && cryptMethod(resolve(enc.get('EFF')), cf, resolve) !== 'none') {
    return { status: 'none', detail: 'its attachments are encrypted: a password is needed to open them', attachmentsLocked: true };
  }
  return { status: 'open-password', detail: NEEDS_PASSWORD };
}

/**
 * The file key's length in bytes. R2 is always 40-bit; later revisions say /Length in bits (some
 * writers put bytes). V4 with AES is 128-bit; with RC4 it takes /Length, or else the stream
 * filter's /Length, as pdf.js does (40- and 48-bit R4 files exist).
 */
function keyBytes(v: number, r: number, length: PdfValue, stream: CryptMethod, filterBits: number | undefined): number {
  if (r === 2) return 5;
  if (v >= 4 && stream !== 'rc4') return 16;
  let bits = asInt(length) ?? (v >= 4 ? (filterBits ?? 128) : 40);
  if (bits > 0 && bits <= 16) bits *= 8;
  return Math.max(5, Math.min(16, Math.floor(bits / 8)));
}

/** A crypt filter's /Length in bits (writers put bytes when it is below 40). */
function filterLength(name: PdfValue | undefined, cf: PdfDict | undefined, resolve: Resolve): number | undefined {
  if (!(name instanceof PdfName)) return undefined;
  const length = asInt(resolve(asDict(resolve(cf?.get(name.name)))?.get('Length')));
  if (length === undefined || length <= 0) return undefined;
  return length < 40 ? length * 8 : length;
}

function cryptMethod(name: PdfValue | undefined, cf: PdfDict | undefined, resolve: Resolve): CryptMethod {
  if (!(name instanceof PdfName) || name.name === 'Identity') return 'none';
  const filter = asDict(resolve(cf?.get(name.name)));
  const cfm = resolve(filter?.get('CFM'));
  if (!(cfm instanceof PdfName)) return 'none';
  if (cfm.name === 'V2') return 'rc4';
  if (cfm.name === 'AESV2') return 'aesv2';
  if (cfm.name === 'AESV3') return 'aesv3';
  return 'none';
}
