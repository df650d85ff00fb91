import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** What ssh-keygen said: ok, or why not (the tool missing is told apart). */
export type SshResult = { ok: true; out: string } | { ok: false; missing: boolean; detail: string };

function run(args: string[], input: Buffer): SshResult {
  const r = spawnSync('ssh-keygen', args, { input, encoding: 'utf8', maxBuffer: 1 << 20, timeout: 30_000 });
  if (r.error) return { ok: false, missing: (r.error as NodeJS.ErrnoException).code === 'ENOENT', detail: r.error.message };
  if (r.status !== 0) return { ok: false, missing: false, detail: `${r.stderr}${r.stdout}`.trim() };
  return { ok: true, out: r.stdout };
}

/** An SSH signature (armoured text) of `data` with the private key `key`: `ssh-keygen -Y sign -n <namespace>`, data on stdin. */
export function sshSign(data: Buffer, key: string, namespace: string): SshResult {
  return run(['-Y', 'sign', '-q', '-f', key, '-n', namespace], data);
}

/**
 * Verify `signature` over `data` against an allowed-signers file: the signer is looked up by the
 * key (`-Y find-principals`), then `-Y verify`. The signature goes through a temporary file
 * (ssh-keygen reads it only from a file), removed afterwards.
 */
export function sshVerify(data: Buffer, signature: Buffer, allowedSigners: string, namespace: string): SshResult & { signer?: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-sig-'));
  try {
    const sig = path.join(dir, 'packet.json.sig');
    fs.writeFileSync(sig, signature);
    const found = run(['-Y', 'find-principals', '-s', sig, '-f', allowedSigners], Buffer.alloc(0));
    if (!found.ok) return found;
    const signer = found.out.split('\n')[0]!.trim();
    const verified = run(['-Y', 'verify', '-f', allowedSigners, '-I', signer, '-n', namespace, '-s', sig], data);
    return verified.ok ? { ...verified, signer } : verified;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
