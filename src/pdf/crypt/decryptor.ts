import { createDecipheriv, createHash } from 'node:crypto';
import type { StreamDecryptor } from '../xref/object-resolver.js';
import { rc4 } from './rc4.js';

export type CryptMethod = 'none' | 'rc4' | 'aesv2' | 'aesv3';

/** Decrypts strings and streams of a file opened with the empty password (ISO 32000 §7.6.2). */
export class Decryptor implements StreamDecryptor {
  constructor(
    private readonly fileKey: Buffer,
    private readonly streamMethod: CryptMethod,
    private readonly stringMethod: CryptMethod,
  ) {}

  decryptString(data: Buffer, num: number, gen: number): Buffer {
    return this.apply(this.stringMethod, data, num, gen);
  }

  decryptStream(data: Buffer, num: number, gen: number): Buffer {
    return this.apply(this.streamMethod, data, num, gen);
  }

  private apply(method: CryptMethod, data: Buffer, num: number, gen: number): Buffer {
    if (method === 'none') return data;
    if (method === 'aesv3') return aesCbc(this.fileKey, data);
    const key = this.objectKey(method, num, gen);
    return method === 'rc4' ? rc4(key, data) : aesCbc(key, data);
  }

  /** Algorithm 1: per-object key from the file key, object number and generation. */
  private objectKey(method: CryptMethod, num: number, gen: number): Buffer {
    const suffix = Buffer.from([num & 0xff, (num >> 8) & 0xff, (num >> 16) & 0xff, gen & 0xff, (gen >> 8) & 0xff]);
    const h = createHash('md5').update(this.fileKey).update(suffix);
    if (method === 'aesv2') h.update('sAlT', 'latin1');
    return h.digest().subarray(0, Math.min(this.fileKey.length + 5, 16));
  }
}

/** AES-CBC with the IV in the first 16 bytes and PKCS#5 padding that writers sometimes botch. */
function aesCbc(key: Buffer, data: Buffer): Buffer {
  if (data.length < 32) return Buffer.alloc(0); // IV only (empty string) or garbage
  const body = data.subarray(16, 16 + Math.floor((data.length - 16) / 16) * 16);
  const d = createDecipheriv(key.length === 32 ? 'aes-256-cbc' : 'aes-128-cbc', key, data.subarray(0, 16));
  d.setAutoPadding(false);
  const out = Buffer.concat([d.update(body), d.final()]);
  const pad = out[out.length - 1]!;
  const valid = pad >= 1 && pad <= 16 && out.subarray(out.length - pad).every((b) => b === pad);
  return valid ? out.subarray(0, out.length - pad) : out;
}
