import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { main } from '../src/cli/main.js';
import type { Io } from '../src/cli/io.js';

/** Build one scaffold with `ledger init` for the whole run; tests copy it (init costs ~0.5 s). */
export default async function setup(project: TestProject): Promise<() => void> {
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
  return () => fs.rmSync(base, { recursive: true, force: true });
}
