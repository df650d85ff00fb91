import { createHash } from 'node:crypto';
import { rc4 } from './rc4.js';

/** Standard security handler, revisions 2–4 (ISO 32000-1 §7.6.3.3, algorithms 2, 3, 4, 5, 6, 7). */
export interface LegacyParams {
  r: number;
  o: Buffer;
  u: Buffer;
  p: number;
  id0: Buffer;
  /** file key length in bytes (5 for 40-bit, 16 for 128-bit) */
  keyBytes: number;
  encryptMetadata: boolean;
}

const PAD = Buffer.from('28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A', 'hex');

function md5(...parts: Uint8Array[]): Buffer {
  const h = createHash('md5');
  for (const p of parts) h.update(p);
  return h.digest();
}

function padded(password: Buffer): Buffer {
  return Buffer.concat([password.subarray(0, 32), PAD]).subarray(0, 32);
}

function xorKey(key: Buffer, i: number): Buffer {
  return Buffer.from(key.map((b) => b ^ i));
}

/** Algorithm 2: the file key a user password would give. */
function fileKey(p: LegacyParams, password: Buffer): Buffer {
  const perms = Buffer.alloc(4);
  perms.writeInt32LE(p.p | 0);
  const extra = p.r >= 4 && !p.encryptMetadata ? [Buffer.from([0xff, 0xff, 0xff, 0xff])] : [];
  let key = md5(padded(password), p.o.subarray(0, 32), perms, p.id0, ...extra);
  if (p.r >= 3) for (let i = 0; i < 50; i++) key = md5(key.subarray(0, p.keyBytes));
  return key.subarray(0, p.keyBytes);
}

/** Algorithms 4/5/6: does this key reproduce /U? */
function isUserKey(p: LegacyParams, key: Buffer): boolean {
  if (p.r === 2) return rc4(key, PAD).equals(p.u.subarray(0, 32));
  let x = rc4(key, md5(PAD, p.id0));
  for (let i = 1; i <= 19; i++) x = rc4(xorKey(key, i), x);
  return x.subarray(0, 16).equals(p.u.subarray(0, 16));
}

/** Algorithm 7 (first half): the user password recovered from /O with an owner password. */
function userPasswordFromOwner(p: LegacyParams, ownerPassword: Buffer): Buffer {
  let h = md5(padded(ownerPassword));
  if (p.r >= 3) for (let i = 0; i < 50; i++) h = md5(h);
  const key = h.subarray(0, p.keyBytes);
  if (p.r === 2) return rc4(key, p.o.subarray(0, 32));
  let x: Buffer = p.o.subarray(0, 32);
  for (let i = 19; i >= 0; i--) x = rc4(xorKey(key, i), x);
  return x;
}

/** The file key when `password` works as the user or the owner password, else undefined. */
export function legacyFileKey(p: LegacyParams, password: Buffer): Buffer | undefined {
  const asUser = fileKey(p, password);
  if (isUserKey(p, asUser)) return asUser;
  const asOwner = fileKey(p, userPasswordFromOwner(p, password));
  return isUserKey(p, asOwner) ? asOwner : undefined;
}
