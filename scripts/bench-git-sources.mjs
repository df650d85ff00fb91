#!/usr/bin/env node
// Part of `npm run bench` (also alone after `npm run build`: node scripts/bench-git-sources.mjs):
// the roll-up of 50 git sources served by a real `git daemon` on loopback, each a workspace of
// ~120 evidence PDFs, read without any PDF blob (--filter=blob:none), counted by file name and
// merged. Reports wall time, this process's peak RSS and the blobs one clone holds.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dist = (p) => import(path.join(repo, 'dist', p));
const SOURCES = Number(process.env.LEDGER_BENCH_GIT_SOURCES ?? 50);
const CONCURRENCY = 4;

const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'b',
  GIT_AUTHOR_EMAIL: 'b@example.com',
  GIT_COMMITTER_NAME: 'b',
  GIT_COMMITTER_EMAIL: 'b@example.com',
};
const git = (cwd, args) => execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], { cwd, env: gitEnv, encoding: 'utf8' });

if (spawnSync('git', ['daemon', '--help'], { stdio: 'ignore' }).error) {
  console.log('git sources: SKIPPED (git is not installed)');
  process.exit(0);
}
/** CPU seconds of this process and its reaped children (Linux /proc; 0 elsewhere). */
function cpuSeconds() {
  try {
    const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    // utime, stime, cutime, cstime: fields 14–17 of stat, 12–15 after the command name.
    return fields.slice(11, 15).reduce((n, v) => n + Number(v), 0) / 100;
  } catch {
    return 0;
  }
}

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-bench-git-'));
const served = path.join(base, 'served');
fs.mkdirSync(served);
try {
  // One workspace made by `ledger init`, ~120 PDFs of 64 KB (random: they do not compress), one commit.
  const ws = path.join(base, 'ws');
  execFileSync(process.execPath, [path.join(repo, 'bin', 'ledger.js'), 'init', ws], {
    env: { ...process.env, NO_COLOR: '1' },
    stdio: 'ignore',
  });
  let pdfs = 0;
  for (const folder of fs.readdirSync(path.join(ws, 'evidence')).sort()) {
    for (const no of [1, 2]) {
      if (pdfs >= 120) break;
      fs.writeFileSync(
        path.join(ws, 'evidence', folder, `${no}-材料.pdf`),
        Buffer.concat([Buffer.from('%PDF-1.7\n'), crypto.randomBytes(64 * 1024)]),
      );
      pdfs++;
    }
  }
  git(ws, ['add', '-A']);
  git(ws, ['commit', '-qm', 'evidence']);
  // Each organisation a repository of its own (sharing the objects), with its own name in ledger.yaml.
  for (let i = 0; i < SOURCES; i++) {
    const dir = path.join(served, `org${i}`);
    git(base, ['clone', '-q', '--shared', ws, dir]);
    const cfg = path.join(dir, 'ledger.yaml');
    fs.writeFileSync(cfg, fs.readFileSync(cfg, 'utf8').replace(/^organization: .*$/m, `organization: "第${i}局"`));
    git(dir, ['commit', '-qam', 'organisation']);
    git(dir, ['config', 'uploadpack.allowFilter', 'true']);
  }
  const port = await new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => resolve(p));
    });
  });
  const daemon = spawn(
    'git',
    ['daemon', '--export-all', `--base-path=${served}`, '--listen=127.0.0.1', `--port=${port}`, '--reuseaddr', served],
    {
      stdio: 'ignore',
    },
  );
  for (let i = 0; i < 100; i++) {
    const up = await new Promise((r) =>
      net
        .connect(port, '127.0.0.1', function () {
          this.end();
          r(true);
        })
        .on('error', () => r(false)),
    );
    if (up) break;
    await new Promise((r) => setTimeout(r, 50));
  }

  const { snapshotFromGitUrl } = await dist('check/rollup/git-source-snapshot.js');
  const { knownCatalogResolver } = await dist('load/workspace-catalogs.js');
  const { rollupSnapshots } = await dist('check/rollup/rollup-snapshots.js');
  const { readGitSource } = await dist('load/git-source/read-git-source.js');
  const resolve = knownCatalogResolver(null);
  const urls = Array.from({ length: SOURCES }, (_, i) => `git://127.0.0.1:${port}/org${i}`);

  const cpu0 = cpuSeconds();
  const t0 = process.hrtime.bigint();
  const snapshots = [];
  const rejected = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < urls.length) {
        const r = await snapshotFromGitUrl(urls[next++], resolve, 'bench');
        if (r.ok) snapshots.push(r.snapshot);
        else rejected.push(r.rejected);
      }
    }),
  );
  const rollup = rollupSnapshots(snapshots, { today: '2026-12-07', rejected });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;

  // One more read into a kept clone: count what it holds.
  const clone = path.join(base, 'clone');
  await readGitSource(urls[0], { cloneDir: clone });
  const objects = execFileSync('git', ['-C', clone, 'cat-file', '--batch-all-objects', '--batch-check'], { encoding: 'utf8' })
    .trim()
    .split('\n');
  const blobs = objects.filter((l) => l.split(' ')[1] === 'blob').map((l) => Number(l.split(' ')[2]));
  // The daemon's upload-packs are its children: its CPU counts here once it has exited and been reaped.
  await new Promise((r) => {
    daemon.on('exit', r);
    daemon.kill();
  });
  const cpu = cpuSeconds() - cpu0;

  console.log(
    `git sources: ${snapshots.length} read (${rejected.length} rejected) over git daemon on loopback, ` +
      `${pdfs} PDFs each (${((pdfs * 64) / 1024).toFixed(1)} MB), ` +
      `${CONCURRENCY} at a time: ${seconds.toFixed(2)} s wall, ${cpu.toFixed(1)} s CPU (node, git and the daemon; load average ${os.loadavg()[0].toFixed(1)} ` +
      `on ${os.cpus().length} cores), peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (this process; git runs in its own)`,
  );
  console.log(
    `  merged: ${rollup.totals.merged} organisations, ${rollup.totals.materials.covered}/${rollup.totals.materials.required} materials counted by file name; ` +
      `one clone holds ${blobs.length} blobs, largest ${Math.max(0, ...blobs)} bytes (a PDF is ${64 * 1024 + 9})`,
  );
} finally {
  fs.rmSync(base, { recursive: true, force: true });
}
