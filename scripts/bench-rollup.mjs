// The roll-up part of `npm run bench`: 200 packets (a province's cities × departments) generated
// from one real packet of a scaffold workspace — each its own organisation, coverage and day — then
// `ledger rollup <folder> --format json --html --xlsx` timed with its peak RSS (targets: ≤ 2 s,
// < 300 MB). Needs the build (dist/). `node scripts/bench-rollup.mjs` runs it alone.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const COUNT = 200;

function run(repo, args, env = {}) {
  const rss = path.join(os.tmpdir(), `ledger-bench-rollup-rss-${process.pid}`);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(
    process.execPath,
    ['--require', path.join(repo, 'scripts', 'rss-probe.cjs'), path.join(repo, 'bin', 'ledger.js'), ...args],
    {
      env: { ...process.env, LEDGER_RSS_OUT: rss, NO_COLOR: '1', ...env },
      maxBuffer: 256 << 20,
      encoding: 'utf8',
    },
  );
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`ledger ${args[0]}: exit ${r.status}\n${r.stderr}`);
  const rssMb = Number(fs.readFileSync(rss, 'utf8')) / 1024;
  fs.rmSync(rss, { force: true });
  return { seconds, rssMb, stdout: r.stdout };
}

/** A deterministic pseudo-random sequence (the same packets every run). */
function random(seed) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

export async function benchRollup(repo) {
  const dist = (p) => import(pathToFileURL(path.join(repo, 'dist', p)).href);
  const { readPacket } = await dist('load/rollup/read-packet.js');
  const { verifyPacketEntries } = await dist('check/rollup/verify-packet.js');
  const { packetSnapshot } = await dist('check/rollup/packet-snapshot.js');
  const { packetEntries, packetZip, packetFileName } = await dist('format/rollup/packet-zip.js');

  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-bench-rollup-'));
  const ws = path.join(base, 'ws');
  run(repo, ['init', ws]);
  run(repo, ['pack', '-o', base, '--workspace', ws], { LEDGER_TODAY: '2026-11-28' });
  const first = fs.readdirSync(base).find((f) => f.endsWith('.ledger.zip'));
  const read = await readPacket(path.join(base, first));
  const { header } = verifyPacketEntries(read.entries);
  const template = packetSnapshot(first, header, read.entries);
  const texts = { status: read.entries.get('status.json').toString('utf8'), check: read.entries.get('check.json').toString('utf8') };

  const dir = path.join(base, 'reports');
  fs.mkdirSync(dir);
  const next = random(22);
  let bytes = 0;
  for (let i = 0; i < COUNT; i++) {
    const share = next();
    const day = i % 17 === 0 ? '2026-10-19' : '2026-11-2' + String(i % 8);
    const indicators = template.indicators.map((ind) => {
      const materials = ind.materials.map((m) => ({ ...m, covered: next() < share, files: 1 }));
      return { ...ind, materials, complete: materials.length > 0 && materials.every((m) => m.covered) };
    });
    const owned = indicators.filter((x) => x.owner === x.id);
    const covered = owned.reduce((n, x) => n + x.materials.filter((m) => m.covered).length, 0);
    const snapshot = {
      ...template,
      organization: `第${Math.floor(i / 20) + 1}市-部门${(i % 20) + 1}`,
      generated: day,
      catalog: i % 41 === 40 ? { ...template.catalog, version: '2020.1' } : template.catalog,
      indicators,
      totals: {
        ...template.totals,
        complete: owned.filter((x) => x.complete).length,
        materials: { ...template.totals.materials, covered },
      },
      files: Array.from({ length: 60 }, (_, k) => ({
        path: `evidence/${String((k % 115) + 1).padStart(3, '0')}/1-材料${k}.pdf`,
        size: 100000 + k,
        sha256: (i * 1000 + k).toString(16).padStart(64, '0'),
        indicator: String((k % 115) + 1),
        materials: [1],
        unit: null,
      })),
    };
    const zip = await packetZip(packetEntries(snapshot, texts));
    bytes += zip.length;
    fs.writeFileSync(path.join(dir, packetFileName(snapshot.organization, day)), zip);
  }
  console.log(`roll-up: ${COUNT} packets generated, ${(bytes / 1048576).toFixed(1)} MB in ${dir}`);
  const out = path.join(base, 'out');
  const r = run(
    repo,
    ['rollup', dir, '--format', 'json', '--html', path.join(out, 'rollup.html'), '--xlsx', path.join(out, 'rollup.xlsx')],
    {
      LEDGER_TODAY: '2026-11-28',
    },
  );
  const json = JSON.parse(r.stdout);
  console.log(
    `${'rollup of 200 packets'.padEnd(32)} ${r.seconds.toFixed(2).padStart(7)} s   peak RSS ${r.rssMb.toFixed(0).padStart(4)} MB ` +
      `(targets ≤ 2 s, < 300 MB): ${json.totals.organisations} organisations, ${json.stale.length} stale, ${json.mismatched.length} on another catalog`,
  );
  const json2 = run(repo, ['rollup', dir, '--format', 'json'], { LEDGER_TODAY: '2026-11-28' });
  console.log(
    `${'rollup of 200 packets, JSON only'.padEnd(32)} ${json2.seconds.toFixed(2).padStart(7)} s   peak RSS ${json2.rssMb.toFixed(0).padStart(4)} MB`,
  );
  if (!process.env.LEDGER_BENCH_KEEP) fs.rmSync(base, { recursive: true, force: true });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await benchRollup(path.dirname(path.dirname(fileURLToPath(import.meta.url))));
}
