#!/usr/bin/env node
// `npm run bench`: ledger check over a generated ~2,000-PDF workspace — cold (no cache), warm
// (nothing changed), after touching one file — against poppler's pdfinfo with xargs -P2, with
// peak RSS; `ledger status --html` cold and warm over the same workspace with 24 monthly
// commits of history; then `ledger bundle --all` against qpdf merging the same files per indicator.
// The workspace is kept in bench-workspace/ (git-ignored) and reused.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeBenchHistory, makeBenchWorkspace } from './bench-corpus.mjs';

const repo = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const ws = path.resolve(process.env.LEDGER_BENCH_DIR ?? path.join(repo, 'bench-workspace'));
const rssFile = path.join(os.tmpdir(), `ledger-bench-rss-${process.pid}`);

const page = path.join(os.tmpdir(), `ledger-bench-status-${process.pid}.html`);
const CHECK = ['check', '--workspace', ws, '--format', 'json'];
const STATUS = ['status', '--workspace', ws, '--format', 'json', '--html', page];

function timeLedger(label, args = CHECK) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(
    process.execPath,
    ['--require', path.join(repo, 'scripts', 'rss-probe.cjs'), path.join(repo, 'bin', 'ledger.js'), ...args],
    {
      env: { ...process.env, LEDGER_RSS_OUT: rssFile, NO_COLOR: '1' },
      maxBuffer: 256 << 20,
      encoding: 'utf8',
    },
  );
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${label}: exit ${r.status}\n${r.stderr}`);
  if (args[0] === 'bundle') return { label, seconds, rssMb: Number(fs.readFileSync(rssFile, 'utf8')) / 1024 };
  const out = JSON.parse(r.stdout);
  const summary = out.summary ?? out.totals;
  const rssMb = Number(fs.readFileSync(rssFile, 'utf8')) / 1024;
  return { label, seconds, rssMb, errors: summary.errors, warnings: summary.warnings, trend: out.trend?.length };
}

function timePdfinfo() {
  if (spawnSync('pdfinfo', ['-v']).error) return null;
  const t0 = process.hrtime.bigint();
  spawnSync('sh', ['-c', `find evidence -name '*.pdf' -print0 | xargs -0 -n1 -P2 pdfinfo >/dev/null 2>&1`], { cwd: ws });
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

const info = await makeBenchWorkspace(ws, repo);
const history = makeBenchHistory(ws);
console.log(
  `workspace: ${ws}\nfiles: ${info.files} PDFs, ${(info.bytes / 1073741824).toFixed(2)} GB, ${history.months} monthly commits since ${history.first}`,
);
console.log(
  `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 1073741824).toFixed(0)} GB RAM, node ${process.version}`,
);
// Warm the page cache once so every run reads from memory, as the reference does.
spawnSync('sh', ['-c', `find evidence -type f -print0 | xargs -0 cat > /dev/null`], { cwd: ws });

fs.rmSync(path.join(ws, '.ledger-cache'), { recursive: true, force: true });
const cold = timeLedger('cold (no cache)');
const warm = timeLedger('warm (cache, nothing changed)');
const victim = fs.readdirSync(path.join(ws, 'evidence', '001')).find((n) => n.endsWith('.pdf'));
const now = new Date();
fs.utimesSync(path.join(ws, 'evidence', '001', victim), now, now);
// status --html against check in the same run: cold (no cache at all) and warm (nothing changed).
fs.rmSync(path.join(ws, '.ledger-cache'), { recursive: true, force: true });
const statusCold = timeLedger('status --html cold', STATUS);
const statusWarm = timeLedger('status --html warm', STATUS);
const pageKb = fs.statSync(page).size / 1024;
const touched = timeLedger('after touching one file');
const reference = timePdfinfo();

const rows = [cold, warm, touched, statusCold, statusWarm];
for (const r of rows)
  console.log(
    `${r.label.padEnd(32)} ${r.seconds.toFixed(2).padStart(7)} s   peak RSS ${r.rssMb.toFixed(0).padStart(4)} MB   ` +
      `(${r.errors} errors, ${r.warnings} warnings)`,
  );
if (reference === null) console.log('pdfinfo reference: skipped (poppler-utils not installed)');
else {
  console.log(`${'pdfinfo, xargs -P2 (reference)'.padEnd(32)} ${reference.toFixed(2).padStart(7)} s`);
  console.log(`cold vs reference: ${(reference / cold.seconds).toFixed(1)}× faster (target ≥ 4×)`);
}
console.log(`warm vs cold: ${(cold.seconds / warm.seconds).toFixed(1)}× faster (target ≥ 20×)`);
console.log(`peak RSS: ${Math.max(...rows.map((r) => r.rssMb)).toFixed(0)} MB (target < 400 MB)`);
console.log(
  `status --html: ${statusCold.trend} trend points, page ${pageKb.toFixed(0)} KB; ` +
    `cold ${(statusCold.seconds / cold.seconds).toFixed(2)}× cold check (target ≤ 2×), ` +
    `warm ${(statusWarm.seconds / warm.seconds).toFixed(2)}× warm check (target: close to 1×)`,
);

// Bundles: every indicator's PDF (files the check rules out replaced by a note: --force), then
// qpdf merging exactly the PDFs each bundle took in (read from its manifest), one indicator at a time.
const bundleDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-bench-bundles-'));
const bundle = timeLedger('bundle --all', ['bundle', '--all', '--force', '-o', bundleDir, '--workspace', ws]);
const manifests = fs.readdirSync(bundleDir).filter((f) => f.endsWith('.manifest.json') && f !== '索引.manifest.json');
const inputs = manifests.map((m) => JSON.parse(fs.readFileSync(path.join(bundleDir, m), 'utf8')).sources.filter((s) => s.kind === 'pdf'));
const bundled = inputs.flat();
const bundleBytes = fs.readdirSync(bundleDir).reduce((n, f) => n + fs.statSync(path.join(bundleDir, f)).size, 0);
console.log(
  `bundle --all: ${manifests.length} PDFs, ${bundled.length} source PDFs (${(bundled.reduce((n, s) => n + s.bytes, 0) / 1073741824).toFixed(2)} GB), ` +
    `${(bundleBytes / 1073741824).toFixed(2)} GB written`,
);
console.log(`${bundle.label.padEnd(32)} ${bundle.seconds.toFixed(2).padStart(7)} s   peak RSS ${bundle.rssMb.toFixed(0).padStart(4)} MB`);
if (spawnSync('qpdf', ['--version']).error) console.log('qpdf reference: skipped (qpdf not installed)');
else {
  const out = path.join(bundleDir, 'qpdf.pdf');
  const t0 = process.hrtime.bigint();
  for (const sources of inputs) {
    if (!sources.length) continue;
    spawnSync('qpdf', ['--empty', '--pages', ...sources.flatMap((s) => [path.join(ws, s.path), '1-z']), '--', out], { stdio: 'ignore' });
  }
  const qpdf = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`${'qpdf --empty --pages, per indicator'.padEnd(32)} ${qpdf.toFixed(2).padStart(7)} s`);
  console.log(
    `bundle vs qpdf: ${(bundle.seconds / qpdf).toFixed(2)}× the time (target ≤ 2×); peak RSS ${bundle.rssMb.toFixed(0)} MB (target < 500 MB)`,
  );
}
fs.rmSync(bundleDir, { recursive: true, force: true });
fs.rmSync(rssFile, { force: true });
fs.rmSync(page, { force: true });

const { benchRollup } = await import('./bench-rollup.mjs');
await benchRollup(repo);

// The roll-up of git sources over a loopback git daemon (its own script, also run alone).
await import('./bench-git-sources.mjs');
