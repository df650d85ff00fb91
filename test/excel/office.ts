import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { inject } from 'vitest';
import { tempDir } from '../helpers/cli.js';

/** Real office software, when this machine has it (README: optional tools; the tests skip without). */
export function which(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

export const SOFFICE = which('soffice');
export const PDFTOTEXT = which('pdftotext');

/*
 * Starting LibreOffice costs about 5 CPU-seconds, and nearly all of a conversion is that start.
 * The first conversion of a run starts one instance for the whole run (test/global-setup.ts stops
 * it); every `soffice --convert-to` after it, from any test file, names the same profile, so
 * LibreOffice hands the request to that instance and waits for it (about 0.05 CPU-seconds). The
 * instance keeps a document open: with none, it quits after the first request it is handed.
 */

/** An empty spreadsheet in flat ODF, written as text. */
const KEEP_OPEN =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2" ' +
  'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">' +
  '<office:body><office:spreadsheet><table:table table:name="keep"/></office:spreadsheet></office:body></office:document>\n';

const sleep = (ms: number): void => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * The profile of the run's shared instance once it accepts requests, or null when it could not be
 * started (each conversion then starts LibreOffice itself). The instance is ready when the pipe
 * of its `--accept` exists: LibreOffice opens that after the one its requests come through.
 */
function sharedProfile(): string | null {
  const { dir, owner, pipe } = inject('office');
  const profile = pathToFileURL(path.join(dir, 'profile')).href;
  const pidFile = path.join(dir, 'pid');
  let starter = false;
  try {
    fs.mkdirSync(path.join(dir, 'started'));
    starter = true;
  } catch {
    // another test file started it
  }
  if (starter) {
    const keep = path.join(dir, 'keep.fods');
    fs.writeFileSync(keep, KEEP_OPEN);
    // In a process group of its own (global teardown stops the group), with a watch that stops it
    // when the test run is gone without a teardown (interrupted), or LibreOffice itself is.
    const script = `soffice "$@" </dev/null >/dev/null 2>&1 &\nwhile kill -0 ${owner} $! 2>/dev/null; do sleep 5; done\nkill 0`;
    const args = [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--nologo', `--accept=pipe,name=${pipe};urp;`, keep];
    const child = spawn('sh', ['-c', script, 'sh', ...args], { cwd: dir, detached: true, stdio: 'ignore' });
    child.unref();
    fs.writeFileSync(`${pidFile}.tmp`, String(child.pid));
    fs.renameSync(`${pidFile}.tmp`, pidFile);
  }
  const uid = process.getuid?.() ?? 0;
  const pipes = ['/tmp', '/var/tmp'].map((d) => path.join(d, `OSL_PIPE_${uid}_${pipe}`));
  for (let waited = 0; waited < 120_000; waited += 100) {
    const pid = fs.existsSync(pidFile) ? Number(fs.readFileSync(pidFile, 'utf8')) : 0;
    if (pid && !alive(pid)) return null;
    if (pid && pipes.some((p) => fs.existsSync(p))) return profile;
    sleep(100);
  }
  return null;
}

/** `soffice --headless <args> --outdir <outDir>`, through the run's shared instance when it is up. */
export function soffice(args: string[], outDir: string): void {
  // Without it, a private profile so parallel runs do not block each other.
  const profile = sharedProfile() ?? pathToFileURL(tempDir('lo-profile-')).href;
  const r = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', ...args, '--outdir', outDir], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
}
