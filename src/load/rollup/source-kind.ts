import fs from 'node:fs';
import path from 'node:path';

/** What a `ledger rollup` argument is: a packet, a workspace folder, a folder of packets, a git URL, or nothing usable. */
export type SourceKind =
  | { kind: 'packet'; file: string }
  | { kind: 'workspace'; dir: string }
  | { kind: 'packets'; files: string[] }
  | { kind: 'git'; url: string }
  | { kind: 'missing' }
  | { kind: 'empty-folder' };

/** A git URL as people write them: a scheme (https://, ssh://, git://, file://) or scp-like `git@host:path`. */
const GIT_URL = /^(?:(?:https?|ssh|git|file):\/\/|[\w.-]+@[\w.-]+:)/;

const PACKET_SUFFIX = '.ledger.zip';

/**
 * Classify one argument (resolved against `cwd`): a file is read as a packet; a folder holding
 * ledger.yaml is a workspace; another folder is searched (one level, then `reports/<org>/`) for
 * `*.ledger.zip`, in name order.
 */
export function sourceKind(arg: string, cwd: string): SourceKind {
  const abs = path.resolve(cwd, arg);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(abs);
  } catch {
    return GIT_URL.test(arg) ? { kind: 'git', url: arg } : { kind: 'missing' };
  }
  if (stat.isFile()) return { kind: 'packet', file: abs };
  if (fs.existsSync(path.join(abs, 'ledger.yaml'))) return { kind: 'workspace', dir: abs };
  const files: string[] = [];
  const walk = (dir: string, depth: number): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isFile() && e.name.endsWith(PACKET_SUFFIX)) files.push(p);
      else if (e.isDirectory() && depth < 2 && !e.name.startsWith('.')) walk(p, depth + 1);
    }
  };
  walk(abs, 0);
  return files.length ? { kind: 'packets', files: files.sort() } : { kind: 'empty-folder' };
}
