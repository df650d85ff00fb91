// Generates the benchmark workspace: the full catalog and ~2,000 PDFs spread over the evidence
// folders — mostly 1–20 page text PDFs (half with object streams), a few dozen image-heavy
// 5–50 MB ones, plus linearized copies (qpdf, when present) and the real corpus files.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';

/** Deterministic pseudo-random bytes (incompressible image data). */
function noise(n, seed) {
  const out = Buffer.alloc(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i += 4) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out.writeUInt32LE(x >>> 0, i < n - 3 ? i : n - 4);
  }
  return out;
}

async function textPdf(pages, seed, objectStreams) {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 0; p < pages; p++) {
    const page = doc.addPage([595, 842]);
    for (let l = 0; l < 40; l++)
      page.drawText(`Evidence ${seed} page ${p + 1} line ${l + 1}: lorem ipsum dolor sit amet`, { x: 40, y: 800 - l * 19, size: 10, font });
  }
  doc.setTitle(`Evidence ${seed}`);
  doc.setCreationDate(new Date(Date.UTC(2020 + (seed % 6), seed % 12, 1)));
  return doc.save({ useObjectStreams: objectStreams });
}

/** A scan-like PDF: one raw RGB image per page, `mb` megabytes in all. */
async function imagePdf(mb, seed) {
  const doc = await PDFDocument.create();
  const pages = Math.max(1, Math.round(mb / 5));
  const perPage = Math.floor((mb * 1048576) / pages);
  const side = Math.floor(Math.sqrt(perPage / 3));
  for (let p = 0; p < pages; p++) {
    const img = doc.context.stream(noise(side * side * 3, seed * 31 + p), {
      Type: 'XObject',
      Subtype: 'Image',
      Width: side,
      Height: side,
      ColorSpace: 'DeviceRGB',
      BitsPerComponent: 8,
    });
    const ref = doc.context.register(img);
    const page = doc.addPage([595, 842]);
    page.node.setXObject(PDFName.of('Im0'), ref);
    const content = doc.context.stream('q 595 0 0 842 0 0 cm /Im0 Do Q');
    page.node.set(PDFName.of('Contents'), doc.context.register(content));
  }
  return doc.save({ useObjectStreams: false });
}

export async function makeBenchWorkspace(dir, repo, opts = { text: 1900, images: 36 }) {
  const marker = path.join(dir, '.bench-complete');
  if (fs.existsSync(marker)) return JSON.parse(fs.readFileSync(marker, 'utf8'));
  fs.rmSync(dir, { recursive: true, force: true });
  execFileSync(process.execPath, [path.join(repo, 'bin', 'ledger.js'), 'init', dir], { stdio: 'ignore' });
  const folders = fs.readdirSync(path.join(dir, 'evidence')).sort();
  let files = 0;
  let bytes = 0;
  const put = (rel, data) => {
    const abs = path.join(dir, 'evidence', rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, data);
    files++;
    bytes += data.length;
    return abs;
  };
  // Text PDFs: generate 60 distinct ones, then vary each copy's bytes so no two files are equal.
  const templates = [];
  for (let i = 0; i < 60; i++) templates.push(Buffer.from(await textPdf(1 + (i % 20), i, i % 2 === 0)));
  for (let i = 0; i < opts.text; i++) {
    const t = templates[i % templates.length];
    const folder = folders[i % folders.length];
    const unique = Buffer.concat([t, Buffer.from(`\n% copy ${i}\n`)]);
    put(`${folder}/${1 + (i % 2)}-材料${i}.pdf`, unique);
  }
  for (let i = 0; i < opts.images; i++) {
    const mb = 5 + ((i * 13) % 46);
    put(`${folders[(i * 7) % folders.length]}/1-扫描件${i}.pdf`, Buffer.from(await imagePdf(mb, i + 1)));
  }
  // Linearized copies via qpdf, when it is installed.
  if (spawnSync('qpdf', ['--version']).status === 0) {
    for (let i = 0; i < 20; i++) {
      const src = put(`${folders[(i * 5) % folders.length]}/2-线性化${i}.pdf`, templates[i]);
      const tmp = `${src}.lin`;
      if (spawnSync('qpdf', ['--linearize', src, tmp]).status === 0) {
        bytes -= fs.statSync(src).size;
        fs.renameSync(tmp, src);
        bytes += fs.statSync(src).size;
      }
    }
  }
  const corpus = path.join(repo, 'test', 'fixtures', 'corpus-pdf');
  for (const name of fs.readdirSync(corpus).filter((n) => n.endsWith('.pdf'))) {
    put(`${folders[files % folders.length]}/1-${name}`, fs.readFileSync(path.join(corpus, name)));
  }
  const info = { files, bytes };
  fs.writeFileSync(marker, JSON.stringify(info));
  return info;
}

/** The first day of the month `back` months before this one, as YYYY-MM-DD. */
function monthStart(back) {
  const now = new Date();
  const d = new Date(now.getFullYear(), now.getMonth() - back, 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-01`;
}

/**
 * Give the bench workspace a git history of `months` monthly commits, the last one this month:
 * each commit (on the 1st) adds its share of the evidence folders and marks one more ledger row
 * 已完成, so every monthly due date of the last two years has a different state behind it. The
 * cycle in ledger.yaml is moved to start with the first of them. Done once (marker file).
 */
export function makeBenchHistory(dir, months = 24) {
  const marker = path.join(dir, '.bench-history');
  if (fs.existsSync(marker)) return JSON.parse(fs.readFileSync(marker, 'utf8'));
  fs.rmSync(path.join(dir, '.git'), { recursive: true, force: true });
  const git = (args, date) =>
    execFileSync('git', ['-c', 'user.email=bench@example.com', '-c', 'user.name=bench', '-c', 'core.compression=0', ...args], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: date ? { ...process.env, GIT_AUTHOR_DATE: `${date}T10:00:00`, GIT_COMMITTER_DATE: `${date}T10:00:00` } : process.env,
      maxBuffer: 64 << 20,
    });
  const config = path.join(dir, 'ledger.yaml');
  fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace(/^(\s+start:\s*)\d{4}-\d{2}-\d{2}/m, `$1${monthStart(months - 1)}`));
  git(['init', '-q', '-b', 'main']);
  fs.writeFileSync(path.join(dir, '.git', 'info', 'exclude'), '.bench-*\n.ledger-cache/\n');
  const folders = fs.readdirSync(path.join(dir, 'evidence')).sort();
  const ledgers = fs.readdirSync(path.join(dir, 'assignments')).sort();
  for (let i = 0; i < months; i++) {
    const date = monthStart(months - 1 - i);
    const mine = folders.filter((_, j) => j % months === i).map((f) => `evidence/${f}`);
    const ledger = path.join(dir, 'assignments', ledgers[i % ledgers.length]);
    fs.writeFileSync(ledger, fs.readFileSync(ledger, 'utf8').replace('status: 未完成', 'status: 已完成'));
    if (i === 0) git(['add', '--', '.', ':!evidence']);
    git(['add', '--', ...mine, 'assignments']);
    git(['commit', '-q', '--allow-empty', '-m', `${date}: monthly ledgers`], date);
  }
  const info = { months, first: monthStart(months - 1) };
  fs.writeFileSync(marker, JSON.stringify(info));
  return info;
}
