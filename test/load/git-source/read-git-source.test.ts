import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitSourceSnapshot, snapshotFromGitUrl } from '../../../src/check/rollup/git-source-snapshot.js';
import { readGitCatalog } from '../../../src/load/git-source/read-git-catalog.js';
import { catalog2021v2 } from '../../helpers/published-catalog.js';
import { knownCatalogResolver } from '../../../src/load/workspace-catalogs.js';
import { readGitSource, type GitSourceRead } from '../../../src/load/git-source/read-git-source.js';
import { ledger, makeWorkspace, tempDir } from '../../helpers/cli.js';
import { gitDaemonAvailable, publishBare, startGitDaemon, type GitDaemon } from '../../helpers/git-daemon.js';
import { commitAll, git } from '../../helpers/history.js';
import { addPdf, writeFile } from '../../helpers/workspace.js';

const available = gitDaemonAvailable();
if (!available) console.warn('SKIPPED read-git-source: `git daemon` is not available (install git with its daemon)');

/** Blob ids of the objects a repository holds. */
function blobsIn(dir: string): Set<string> {
  const out = execFileSync('git', ['-C', dir, 'cat-file', '--batch-all-objects', '--batch-check'], { encoding: 'utf8' });
  return new Set(
    out
      .split('\n')
      .map((l) => l.split(' '))
      .filter(([, type]) => type === 'blob')
      .map(([id]) => id!),
  );
}

describe.skipIf(!available)('reading a workspace from a git URL over a loopback git daemon', () => {
  let daemon: GitDaemon;
  let repos: string;
  let ws: string;
  let pdfBlobs: string[];
  let read: GitSourceRead;
  let cloneDir: string;

  beforeAll(async () => {
    ws = makeWorkspace();
    git(ws, ['init', '-q', '-b', 'main']);
    commitAll(ws, '2026-09-01', 'scaffold');
    git(ws, ['tag', 'september']);
    await addPdf(ws, 'evidence/011/1-信用监管文件.pdf', { pages: 3 });
    await addPdf(ws, 'evidence/011/2-失信惩戒.pdf');
    await addPdf(ws, 'evidence/030/②/目录.pdf');
    writeFile(ws, 'evidence/030/index.yaml', 'materials:\n  1:\n    not_applicable: 本局不制定规范性文件\n');
    commitAll(ws, '2026-11-20', 'evidence');
    const out = git(ws, ['-c', 'core.quotepath=off', 'ls-tree', '-r', 'HEAD', '--', 'evidence']);
    pdfBlobs = out
      .split('\n')
      .filter((l) => l.endsWith('.pdf'))
      .map((l) => l.split(/\s+/)[2]!);
    repos = tempDir('ledger-git-repos-');
    publishBare(ws, path.join(repos, 'bureau.git'));
    daemon = await startGitDaemon(repos);
    cloneDir = path.join(tempDir('ledger-git-clone-'), 'clone');
    const r = await readGitSource(`${daemon.base}bureau.git`, { cloneDir });
    if (!r.ok) throw new Error(`read failed: ${r.reason} ${r.detail}`);
    read = r.value;
  });
  afterAll(() => daemon?.stop());

  it('reads the YAML files, the evidence names and the commit', () => {
    expect(read.commit).toBe(git(ws, ['rev-parse', 'HEAD']).trim());
    expect(read.date).toBe('2026-11-20');
    expect(read.yaml.get('ledger.yaml')).toBe(fs.readFileSync(path.join(ws, 'ledger.yaml'), 'utf8'));
    expect(read.yaml.get('assignments/fagui.yaml')).toContain('indicators:');
    expect(read.yaml.get('evidence/030/index.yaml')).toContain('not_applicable');
    expect(read.evidence.map((f) => f.path)).toEqual(
      expect.arrayContaining(['evidence/011/1-信用监管文件.pdf', 'evidence/011/2-失信惩戒.pdf', 'evidence/030/②/目录.pdf']),
    );
    expect(read.yaml.has('evidence/011/README.md')).toBe(false);
    expect(read.oversized).toEqual([]);
  });

  it('fetches no PDF blob: the clone holds the YAML blobs and none of the PDFs', () => {
    const held = blobsIn(cloneDir);
    expect(pdfBlobs).toHaveLength(3);
    for (const id of pdfBlobs) expect(held.has(id)).toBe(false);
    const yamlBlob = git(ws, ['rev-parse', 'HEAD:evidence/030/index.yaml']).trim();
    expect(held.has(yamlBlob)).toBe(true);
    // Only the YAML files: no README, no schema, no CI file came along.
    const readme = git(ws, ['rev-parse', 'HEAD:evidence/011/README.md']).trim();
    expect(held.has(readme)).toBe(false);
  });

  it('reads the commit a ref after @ names, and leaves a YAML file over the cap unread', async () => {
    const r = await readGitSource(`${daemon.base}bureau.git@september`, { maxYamlBytes: 200 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.date).toBe('2026-09-01');
    expect(r.value.evidence.some((f) => f.path.endsWith('.pdf'))).toBe(false);
    expect(r.value.oversized.map((o) => o.path)).toContain('ledger.yaml');
    expect(r.value.yaml.has('ledger.yaml')).toBe(false);
    expect(r.value.yaml.get('units.yaml')).toBeUndefined();
  });

  it('counts coverage by file name into the roll-up snapshot, as the trend counts a tree', () => {
    const r = gitSourceSnapshot(read, knownCatalogResolver(null), '0.0.0-test');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const s = r.snapshot;
    expect(s).toMatchObject({ countedBy: 'file-names', commit: read.commit, generated: '2026-11-20', monthlyDueDay: 4 });
    const i11 = s.indicators.find((i) => i.id === '11')!;
    expect(i11.materials.map((m) => [m.no, m.covered, m.files])).toEqual([
      [1, true, 1],
      [2, true, 1],
      [3, false, 0],
    ]);
    const i30 = s.indicators.find((i) => i.id === '30')!;
    expect(i30.materials.map((m) => [m.no, m.covered, m.by])).toEqual([
      [1, true, 'not_applicable'],
      [2, true, 'file'],
    ]);
    expect(i30.complete).toBe(true);
    expect(s.totals.complete).toBe(1);
    expect(s.totals.materials.covered).toBe(4);
    expect(s.files.find((f) => f.path === 'evidence/030/②/目录.pdf')).toMatchObject({ indicator: '30', materials: [2], sha256: null });
    expect(s.units.find((u) => u.id === 'fagui')?.indicators).toBeGreaterThan(0);
    const other = gitSourceSnapshot(read, () => null, 'x');
    expect(other).toMatchObject({ ok: false, reason: 'unknown-catalog' });
  });

  it('ledger rollup takes the git URL as a source: merged, labelled counted by file name, a bad URL named', async () => {
    const url = `${daemon.base}bureau.git`;
    const r = await ledger(['rollup', url, `${daemon.base}nothing-here.git`, '--format', 'json'], { cwd: tempDir('ledger-rollup-git-') });
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as {
      organisations: { source: string; countedBy: string }[];
      rejected: { source: string; reason: string }[];
    };
    expect(out.organisations.map((o) => [o.source, o.countedBy])).toEqual([[url, 'file-names']]);
    expect(out.rejected).toEqual([expect.objectContaining({ source: `${daemon.base}nothing-here.git`, reason: 'git-fetch-failed' })]);
    const text = await ledger(['rollup', url], { cwd: tempDir('ledger-rollup-git-') });
    expect(text.stdout).toContain('按文件名计数');
  });

  it('reads a catalog published in a git repository, and names a source it cannot read for the roll-up', async () => {
    const published = catalog2021v2();
    git(published, ['init', '-q', '-b', 'main']);
    commitAll(published, '2026-10-01', 'catalog 2021.2');
    publishBare(published, path.join(repos, 'catalog.git'));
    const r = await readGitCatalog(`${daemon.base}catalog.git`);
    expect(r.ok && r.value.id).toEqual({ name: '法治政府建设示范指标体系', version: '2021.2' });
    expect(r.ok && r.value.catalog.byId.has('116')).toBe(true);
    const missing = await snapshotFromGitUrl(`${daemon.base}nobody.git`, () => null, 'x');
    expect(missing).toMatchObject({ ok: false, rejected: { source: `${daemon.base}nobody.git`, reason: 'git-fetch-failed' } });
  });

  it('answers a missing repository, a non-git URL and an unsafe one without throwing', async () => {
    expect(await readGitSource('ftp://127.0.0.1/x.git')).toMatchObject({ ok: false, reason: 'not-git' });
    expect(await readGitSource('ext::sh -c touch% /tmp/x')).toMatchObject({ ok: false, reason: 'unsafe' });
    expect(await readGitSource(`${daemon.base}bureau.git@--upload-pack=x`)).toMatchObject({ ok: false, reason: 'unsafe' });
  });
});
