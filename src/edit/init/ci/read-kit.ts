import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** An offline kit as `npm run pack-kit` makes it: an npm tarball whose package runs as `ledger.mjs`. */
export interface Kit {
  /** the file name, `fazhi-ledger-<version>.tgz` */
  name: string;
  version: string;
  sha256: string;
  bytes: Buffer;
}

/** Why a file is not a kit: shown to the user with the file's name. */
export class NotAKitError extends Error {
  override readonly name = 'NotAKitError';
}

/** The files of a tar archive (ustar, as npm writes it) by path; only the few small ones asked for are decoded. */
function tarEntries(tar: Buffer, wanted: Set<string>): Map<string, Buffer | null> {
  const out = new Map<string, Buffer | null>();
  for (let at = 0; at + 512 <= tar.length;) {
    const header = tar.subarray(at, at + 512);
    if (header.every((b) => b === 0)) break;
    // A tar field ends at its first NUL (found by indexOf, not a pattern that retries every NUL).
    const field = (from: number, len: number): string => {
      const raw = header.subarray(from, from + len);
      const end = raw.indexOf(0);
      return raw.subarray(0, end === -1 ? raw.length : end).toString('utf8');
    };
    const prefix = field(345, 155);
    const name = prefix ? `${prefix}/${field(0, 100)}` : field(0, 100);
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const body = at + 512;
    out.set(name, wanted.has(name) ? tar.subarray(body, body + size) : null);
    at = body + Math.ceil(size / 512) * 512;
  }
  return out;
}

/** Read and identify a kit; throws NotAKitError with the reason. */
export function readKit(file: string): Kit {
  const bytes = fs.readFileSync(file);
  let tar: Buffer;
  try {
    tar = gunzipSync(bytes);
  } catch {
    throw new NotAKitError('not a .tgz file');
  }
  const entries = tarEntries(tar, new Set(['package/package.json']));
  const manifest = entries.get('package/package.json');
  if (!manifest) throw new NotAKitError('no package/package.json');
  if (!entries.has('package/ledger.mjs') || !entries.has('package/dist/cli/ledger.mjs')) throw new NotAKitError('no package/ledger.mjs');
  let pkg: { name?: unknown; version?: unknown };
  try {
    pkg = JSON.parse(manifest.toString('utf8')) as typeof pkg;
  } catch {
    throw new NotAKitError('package.json is not JSON');
  }
  if (pkg.name !== 'fazhi-ledger' || typeof pkg.version !== 'string' || !/^\d+\.\d+\.\d+(?:[-+][\w.+-]*)?$/.test(pkg.version))
    throw new NotAKitError(`package ${String(pkg.name)} ${String(pkg.version)}`);
  return { name: `fazhi-ledger-${pkg.version}.tgz`, version: pkg.version, sha256: createHash('sha256').update(bytes).digest('hex'), bytes };
}
