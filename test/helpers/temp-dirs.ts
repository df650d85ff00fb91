import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/*
 * Temporary folders of the test file that is running. test/file-setup.ts removes them when the
 * file is done: a hook registered here, at import, would run for the first file of a worker only
 * (modules are imported once per worker: vitest.config.ts, isolate: false).
 */

const temps: string[] = [];

/** An empty temporary folder, removed after the test file. */
export function tempDir(prefix = 'ledger-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

/** Remove the folders tempDir made since the last call. */
export function removeTempDirs(): void {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}
