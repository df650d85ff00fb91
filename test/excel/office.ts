import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { tempDir } from '../helpers/cli.js';

/** Real office software, when this machine has it (README: optional tools; the tests skip without). */
export function which(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

export const SOFFICE = which('soffice');
export const PDFTOTEXT = which('pdftotext');

/** `soffice --headless <args> --outdir <outDir>`, with a private profile so parallel runs do not block each other. */
export function soffice(args: string[], outDir: string): void {
  const profile = pathToFileURL(tempDir('lo-profile-')).href;
  const r = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', ...args, '--outdir', outDir], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
}
