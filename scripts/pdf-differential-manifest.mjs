#!/usr/bin/env node
// Regenerates test/fixtures/pdf-differential/MANIFEST.tsv: what poppler's pdfinfo and qpdf say
// about every PDF of the differential corpus, read by test/pdf/differential.test.ts (which needs no
// external tool). Needs qpdf and poppler-utils:  apt-get install -y --no-install-recommends qpdf poppler-utils
//
//   node scripts/pdf-differential-manifest.mjs [folder]     (default: test/fixtures/pdf-differential)
//
// No password is ever given. Columns (see the folder's README for the meaning of each value):
//   file                 path under the folder (pdfjs/… from mozilla/pdf.js test/pdfs, qpdf/… from qpdf/qpdf qpdf/qtest/qpdf)
//   bytes, sha256        of the committed file
//   pdfinfo_exit         exit status of `pdfinfo FILE` (0 opened; 1 could not open; 3 permission; 99 other)
//   pdfinfo_pages        its "Pages:" value, '-' when it printed none
//   pdfinfo_encrypted    its "Encrypted:" value (yes/no), 'password' when it refused for a wrong (empty) password, '-' otherwise
//   qpdf_check           `qpdf --check`: ok (exit 0), warnings (3), password (2, "invalid password"), error (other 2), timeout
//   qpdf_npages          `qpdf --show-npages` output, '-' when it failed (exit 2)
//   qpdf_encryption      `qpdf --requires-password`: password (exit 0), open (3: encrypted, no password needed),
//                        none (2, and --show-encryption says "File is not encrypted"), error (qpdf cannot tell)
//   qpdf_message         the first WARNING or error line of `qpdf --check` (file name removed), '-' when none
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listPdfs } from './list-pdfs.mjs';

const repo = resolve(fileURLToPath(new URL('..', import.meta.url)));
const folder = resolve(process.argv[2] ?? join(repo, 'test', 'fixtures', 'pdf-differential'));
const TIMEOUT_MS = 30_000;

for (const tool of ['pdfinfo', 'qpdf']) {
  if (spawnSync(tool, ['--version']).error) {
    console.error(`${tool} not found: apt-get install -y --no-install-recommends qpdf poppler-utils`);
    process.exit(2);
  }
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'latin1', timeout: TIMEOUT_MS, maxBuffer: 64 << 20 });
  return { status: r.error?.code === 'ETIMEDOUT' || r.signal ? 'timeout' : r.status, out: r.stdout ?? '', err: r.stderr ?? '' };
}

/** One TSV cell: no tabs or line breaks, short. */
function cell(s) {
  const t = s.replace(/[\t\r\n]+/g, ' ').trim();
  return t.length > 140 ? t.slice(0, 137) + '...' : t || '-';
}

function pdfinfo(file) {
  const r = run('pdfinfo', [file]);
  const pages = /^Pages:\s+(\d+)/m.exec(r.out)?.[1] ?? '-';
  let encrypted = /^Encrypted:\s+(yes|no)/m.exec(r.out)?.[1] ?? '-';
  if (/Incorrect password/i.test(r.err)) encrypted = 'password';
  return { exit: String(r.status), pages, encrypted };
}

function qpdf(file) {
  const check = run('qpdf', ['--check', file]);
  const text = `${check.out}\n${check.err}`;
  let verdict;
  if (check.status === 'timeout') verdict = 'timeout';
  else if (check.status === 0) verdict = 'ok';
  else if (check.status === 3) verdict = 'warnings';
  else if (/invalid password/.test(check.err)) verdict = 'password';
  else verdict = 'error';
  const first = text
    .split('\n')
    .find((l) => /^WARNING: |^qpdf: /.test(l) && !/operation succeeded with warnings/.test(l) && !/^qpdf: no errors/.test(l));
  const message = first
    ? cell(
        first
          .split(file + ': ')
          .join('')
          .split(file)
          .join('FILE'),
      )
    : '-';
  const np = run('qpdf', ['--show-npages', file]);
  const npages = np.status === 0 || np.status === 3 ? (/^\d+/.exec(np.out.trim())?.[0] ?? '-') : '-';
  const req = run('qpdf', ['--requires-password', file]);
  let encryption = req.status === 0 ? 'password' : req.status === 3 ? 'open' : 'error';
  if (req.status === 2) {
    // 2 is both "not encrypted" and "cannot open": --show-encryption tells them apart
    const show = run('qpdf', ['--show-encryption', file]);
    if (/File is not encrypted/.test(show.out)) encryption = 'none';
  }
  return { check: verdict, npages, encryption, message };
}

const files = listPdfs(folder);
const header = [
  'file',
  'bytes',
  'sha256',
  'pdfinfo_exit',
  'pdfinfo_pages',
  'pdfinfo_encrypted',
  'qpdf_check',
  'qpdf_npages',
  'qpdf_encryption',
  'qpdf_message',
];
const lines = [header.join('\t')];
files.forEach((file, i) => {
  const bytes = readFileSync(file);
  const p = pdfinfo(file);
  const q = qpdf(file);
  const rel = relative(folder, file).split('\\').join('/');
  lines.push(
    [
      rel,
      bytes.length,
      createHash('sha256').update(bytes).digest('hex'),
      p.exit,
      p.pages,
      p.encrypted,
      q.check,
      q.npages,
      q.encryption,
      q.message,
    ].join('\t'),
  );
  if (i % 50 === 49) console.error(`${i + 1}/${files.length}`);
});
writeFileSync(join(folder, 'MANIFEST.tsv'), lines.join('\n') + '\n');
console.log(`${files.length} files → ${join(relative(repo, folder) || '.', 'MANIFEST.tsv')}`);
