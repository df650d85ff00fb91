#!/usr/bin/env node
// Benchmark the PDF inspector: node scripts/time-inspect.mjs <folder> [--concurrency N] [--list]
// Runs inspectMany (from the built dist/) over every *.pdf under <folder> and prints the number of
// files, wall-clock seconds and the peak RSS of the whole process (main thread + workers).
import { listPdfs } from './list-pdfs.mjs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const folder = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--concurrency');
if (!folder) {
  console.error('usage: node scripts/time-inspect.mjs <folder> [--concurrency N] [--list]');
  process.exit(2);
}
const ci = args.indexOf('--concurrency');
const concurrency = ci >= 0 ? Number(args[ci + 1]) : undefined;

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const { inspectMany } = await import(pathToFileURL(join(root, 'dist/pdf/index.js')).href);

const files = listPdfs(resolve(folder));
const started = process.hrtime.bigint();
const results = await inspectMany(files, concurrency ? { concurrency } : {});
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const peakMb = process.resourceUsage().maxRSS / 1024;

if (args.includes('--list')) {
  results.forEach((r, i) => console.log(`${files[i]}\t${r.pages ?? '-'}\t${r.encryption}\t${r.damage}\t${r.detail ?? ''}`));
}
const tally = {};
for (const r of results) {
  const key = `${r.damage}/${r.encryption}`;
  tally[key] = (tally[key] ?? 0) + 1;
}
console.log(`files: ${files.length}`);
console.log(`seconds: ${seconds.toFixed(3)}`);
console.log(`peak RSS: ${peakMb.toFixed(1)} MB`);
console.log(`judgements: ${JSON.stringify(tally)}`);
