#!/usr/bin/env node
// Rebuilds examples/county-workspace: a county 市场监管局 set up by command only — `ledger init
// --profile county-bureau`, units added, merged and renamed with `ledger unit`, indicator 90 (各执法单位)
// assigned to the enforcement units, and a few real PDFs from the test corpus, one of them a 所's own
// part of the shared indicator 90 in its unit folder (evidence/090/@suo-1/). Run after `npm run build`:
// node scripts/make-county-example.mjs
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const ws = path.join(repo, 'examples', 'county-workspace');
const corpus = path.join(repo, 'test', 'fixtures', 'corpus-pdf');
const env = { ...process.env, LEDGER_TODAY: '2026-11-28' };
const ledger = (...args) => execFileSync(process.execPath, [path.join(repo, 'bin', 'ledger.js'), ...args], { env, stdio: 'ignore' });

fs.rmSync(ws, { recursive: true, force: true });
ledger('init', ws, '--profile', 'county-bureau', '--org', '禹州市市场监督管理局');
// The example lives in this repository: no repository of its own.
fs.rmSync(path.join(ws, '.git'), { recursive: true, force: true });

const inWs = (...args) => ledger(...args, '--workspace', ws);
inWs('unit', 'add', '综合股', '--id', 'zonghe', '--kind', '股室', '--group', '各有关科室');
inWs('assign', '6', '--unit', '综合股');
inWs('unit', 'merge', '综合股', '--into', '办公室');
inWs('unit', 'rename', '法规股', '法制股');
inWs('unit', 'merge', '市场监管六所', '--into', '市场监管五所');
for (const unit of ['执法大队', '市场监管一所', '市场监管二所', '市场监管三所', '市场监管四所', '市场监管五所'])
  inWs('assign', '90', '--unit', unit);

const put = (from, to) => {
  fs.mkdirSync(path.dirname(path.join(ws, to)), { recursive: true });
  fs.copyFileSync(path.join(corpus, from), path.join(ws, to));
};
put('text-libreoffice.pdf', 'evidence/031/1-行政规范性文件制定程序规定.pdf');
put('text-google-docs.pdf', 'evidence/015/1-政务公开工作方案.pdf');
// Indicator 90 is carried by six units: 市场监管一所 files its own part in its unit folder.
put('text-pdflatex-4pages.pdf', 'evidence/090/@suo-1/3-以案释法典型案卷.pdf');
