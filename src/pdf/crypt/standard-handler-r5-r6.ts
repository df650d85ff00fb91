import { createCipheriv, createDecipheriv, createHash } from 'node:crypto';

/** Standard security handler, revisions 5 and 6: AES-256 (ISO 32000-2 §7.6.4.3, algorithms 2.A, 2.B). */
export interface Aes256Params {
  r: number;
  o: Buffer;
  u: Buffer;
  oe: Buffer;
  ue: Buffer;
}

function sha(bits: 256 | 384 | 512, ...parts: Uint8Array[]): Buffer {
  const h = createHash(`sha${bits}`);
  for (const p of parts) h.update(p);
  return h.digest();
}

/** Algorithm 2.B (R6); R5 (an Adobe extension level 3 draft) is a single SHA-256. */
function hash(r: number, password: Buffer, salt: Buffer, udata: Buffer): Buffer {
  let k = sha(256, password, salt, udata);
  if (r < 6) return k;
  let e: Buffer = Buffer.alloc(0);
  for (let round = 0; round < 64 || e[e.length - 1]! > round - 32; round++) {
    const block = Buffer.concat([password, k, udata]);
    const k1 = Buffer.concat(Array<Buffer>(64).fill(block));
    const cipher = createCipheriv('aes-128-cbc', k.subarray(0, 16), k.subarray(16, 32));
    cipher.setAutoPadding(false);
    e = Buffer.concat([cipher.update(k1), cipher.final()]);
    // The first 16 bytes of E as a big number, mod 3: 256 ≡ 1 (mod 3), so the byte sum will do.
    let sum = 0;
    for (let i = 0; i < 16; i++) sum += e[i]!;
    k = sha(([256, 384, 512] as const)[sum % 3]!, e);
  }
  return k.subarray(0, 32);
}

function unwrap(key: Buffer, wrapped: Buffer): Buffer {
  const d = createDecipheriv('aes-256-cbc', key, Buffer.alloc(16));
  d.setAutoPadding(false);
  return Buffer.concat([d.update(wrapped.subarray(0, 32)), d.final()]);
}

/** The file key when `password` (UTF-8, SASLprep'd, ≤127 bytes) is the user or owner password. */
export function aes256FileKey(p: Aes256Params, password: Buffer): Buffer | undefined {
  if (p.u.length < 48 || p.o.length < 48) return undefined;
  const pw = password.subarray(0, 127);
  const none = Buffer.alloc(0);
  // The user check first: most restricted files have an empty user password, and each hash costs.
  if (hash(p.r, pw, p.u.subarray(32, 40), none).equals(p.u.subarray(0, 32)) && p.ue.length >= 32) {
    return unwrap(hash(p.r, pw, p.u.subarray(40, 48), none), p.ue);
  }
  const u48 = p.u.subarray(0, 48);
  if (hash(p.r, pw, p.o.subarray(32, 40), u48).equals(p.o.subarray(0, 32)) && p.oe.length >= 32) {
    return unwrap(hash(p.r, pw, p.o.subarray(40, 48), u48), p.oe);
  }
  return undefined;
}
