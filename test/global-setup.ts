import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TestProject } from 'vitest/node';
import { main } from '../src/cli/main.js';
import type { Io } from '../src/cli/io.js';

/** Build one scaffold with `ledger init` for the whole run; tests copy it (init costs ~0.5 s). */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-scaffold-'));
  const dir = path.join(base, 'ws');
  let err = '';
  const io: Io = {
    out: () => {},
    err: (s) => {
      err += s;
    },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: { ...process.env, NO_COLOR: '1', LEDGER_TODAY: '2026-11-28', LEDGER_LANG: '' },
    cwd: base,
  };
  const code = await main(['node', 'ledger', 'init', dir], io);
  if (code !== 0) throw new Error(`ledger init failed (${code}): ${err}`);
  // Tests that need a repository make their own, with the history they need.
  fs.rmSync(path.join(dir, '.git'), { recursive: true, force: true });
  project.provide('scaffold', dir);
  // Where the first LibreOffice conversion starts the run's one instance (test/excel/office.ts).
  const office = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-office-'));
  const pipe = `ledger_test_${path.basename(office).replace(/\W/g, '_')}`;
  project.provide('office', { dir: office, owner: process.pid, pipe });
  return async () => {
    await stopOffice(office, pipe);
    fs.rmSync(base, { recursive: true, force: true });
  };
}

/** Stop the instance a test started, if one did: its process group, by the id it left. */
async function stopOffice(dir: string, pipe: string): Promise<void> {
  const pidFile = path.join(dir, 'pid');
  if (fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, 'utf8'));
    const signal = (sig: NodeJS.Signals | 0): boolean => {
      try {
        process.kill(-pid, sig);
        return true;
      } catch {
        return false;
      }
    };
    signal('SIGTERM');
    for (let i = 0; i < 50 && signal(0); i++) await new Promise((r) => setTimeout(r, 100));
    signal('SIGKILL');
    // The pipes it leaves when stopped: its --accept, and the one requests come through (named by
    // the MD5 of the profile's URL in UTF-16, each byte in hex without padding).
    const uid = process.getuid?.() ?? 0;
    const url = Buffer.from(pathToFileURL(path.join(dir, 'profile')).href, 'utf16le');
    const ipc = `SingleOfficeIPC_${[...createHash('md5').update(url).digest()].map((b) => b.toString(16)).join('')}`;
    for (const d of ['/tmp', '/var/tmp'])
      for (const name of [pipe, ipc]) fs.rmSync(path.join(d, `OSL_PIPE_${uid}_${name}`), { force: true });
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** the folder, test run's process id and pipe name of the shared LibreOffice instance (test/excel/office.ts) */
    office: { dir: string; owner: number; pipe: string };
  }
}
