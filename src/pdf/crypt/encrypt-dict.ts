import { PdfDict, PdfName, asBytes, asDict, asInt, type PdfValue } from '../syntax/pdf-values.js';
import { Decryptor, type CryptMethod } from './decryptor.js';
import { legacyFileKey } from './standard-handler-r2-r4.js';
import { aes256FileKey } from './standard-handler-r5-r6.js';

export interface EncryptionState {
  status: 'none' | 'open-password' | 'owner-restricted';
  detail?: string;
  decryptor?: Decryptor;
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
  let key: Buffer | undefined;
  if (r >= 2 && r <= 4) {
    const encryptMetadata = resolve(enc.get('EncryptMetadata')) !== false;
    const p = asInt(resolve(enc.get('P'))) ?? 0;
    key = legacyFileKey({ r, o, u, p, id0: id0 ?? EMPTY, keyBytes: keyBytes(v, r, resolve(enc.get('Length'))), encryptMetadata }, EMPTY);
  } else if (r === 5 || r === 6) {
    const oe = asBytes(resolve(enc.get('OE'))) ?? EMPTY;
    const ue = asBytes(resolve(enc.get('UE'))) ?? EMPTY;
    key = aes256FileKey({ r, o, u, oe, ue }, EMPTY);
  } else {
    return { status: 'open-password', detail: `unsupported Standard security handler revision ${r}` };
  }
  if (!key) return { status: 'open-password', detail: NEEDS_PASSWORD };
  const cf = asDict(resolve(enc.get('CF')));
  const stream = v >= 4 ? cryptMethod(resolve(enc.get('StmF')), cf, resolve) : 'rc4';
  const string = v >= 4 ? cryptMethod(resolve(enc.get('StrF')), cf, resolve) : 'rc4';
  return { status: 'owner-restricted', decryptor: new Decryptor(key, stream, string) };
}

/** R2 is always 40-bit; later revisions say /Length in bits (some writers put bytes). */
function keyBytes(v: number, r: number, length: PdfValue): number {
  if (r === 2) return 5;
  if (v >= 4) return 16;
  let bits = asInt(length) ?? 40;
  if (bits > 0 && bits <= 16) bits *= 8;
  return Math.max(5, Math.min(16, Math.floor(bits / 8)));
}

function cryptMethod(name: PdfValue, cf: PdfDict | undefined, resolve: Resolve): CryptMethod {
  if (!(name instanceof PdfName) || name.name === 'Identity') return 'none';
  const filter = asDict(resolve(cf?.get(name.name)));
  const cfm = resolve(filter?.get('CFM'));
  if (!(cfm instanceof PdfName)) return 'none';
  if (cfm.name === 'V2') return 'rc4';
  if (cfm.name === 'AESV2') return 'aesv2';
  if (cfm.name === 'AESV3') return 'aesv3';
  return 'none';
}
