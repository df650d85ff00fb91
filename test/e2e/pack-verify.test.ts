import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { beforeAll, describe, expect, it } from 'vitest';
import { ledger, makeWorkspace, tempDir } from '../helpers/cli.js';
import { addPdf, writeFile } from '../helpers/workspace.js';

const DATE = '2026-11-20T10:00:00+08:00';
const git = (ws: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd: ws,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_DATE: DATE, GIT_COMMITTER_DATE: DATE },
  });
const hasSsh = spawnSync('ssh-keygen', ['-?'], { encoding: 'utf8' }).error === undefined;

async function unzip(file: string): Promise<Map<string, Buffer>> {
  const zip = await yauzl.fromBufferPromise(fs.readFileSync(file), { lazyEntries: true });
  const out = new Map<string, Buffer>();
  for await (const e of zip.eachEntry()) {
    const chunks: Buffer[] = [];
    for await (const c of await zip.openReadStreamPromise(e)) chunks.push(c as Buffer);
    out.set(e.fileName, Buffer.concat(chunks));
  }
  zip.close();
  return out;
}

async function rezip(entries: Map<string, Buffer>, file: string): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const [name, data] of entries) zip.addBuffer(data, name);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const c of zip.outputStream) chunks.push(c as Buffer);
  fs.writeFileSync(file, Buffer.concat(chunks));
}

let ws = '';
let out = '';
const PACKET = '许昌市市场监督管理局-2026-11-28.ledger.zip';

beforeAll(async () => {
  ws = makeWorkspace();
  out = tempDir('ledger-pack-');
  await addPdf(ws, 'evidence/009/1-清单.pdf');
  writeFile(ws, 'evidence/009/2-坏.pdf', '%PDF-1.4 broken');
  git(ws, 'init', '-q');
  git(ws, 'add', '-A');
  git(ws, 'commit', '-qm', 'evidence');
});

describe('ledger pack / verify', () => {
  it('writes a deterministic packet: packet.json with the hash of every entry, the manifest, no PDF', async () => {
    const first = await ledger(['pack', '-o', out, '--workspace', ws]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(PACKET);
    const file = path.join(out, PACKET);
    const bytes = fs.readFileSync(file);
    expect((await ledger(['pack', '-o', out, '--workspace', ws])).code).toBe(0);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);

    const entries = await unzip(file);
    expect([...entries.keys()]).toEqual(['packet.json', 'check.json', 'coverage.json', 'manifest.json', 'status.json']);
    const header = JSON.parse(entries.get('packet.json')!.toString('utf8'));
    expect(header).toMatchObject({
      format: 1,
      organization: '许昌市市场监督管理局',
      generated: '2026-11-28',
      catalog: { name: '法治政府建设示范指标体系', version: '2021.1' },
      countedBy: 'verdicts',
      commitDate: '2026-11-20',
    });
    expect(header.catalog.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(header.entries.map((e: { name: string }) => e.name)).toEqual(['check.json', 'coverage.json', 'manifest.json', 'status.json']);
    const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'));
    expect(manifest.files.map((f: { path: string }) => f.path)).toEqual(['evidence/009/1-清单.pdf', 'evidence/009/2-坏.pdf']);
    expect(manifest.files[0]).toMatchObject({ indicator: '9', materials: [1] });
    expect(manifest.files[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    // status.json is what `status --format json` prints on the same day.
    const status = await ledger(['status', '--format', 'json', '--workspace', ws]);
    expect(entries.get('status.json')!.toString('utf8')).toBe(status.stdout);
    const check = await ledger(['check', '--format', 'json', '--workspace', ws]);
    expect(JSON.parse(entries.get('check.json')!.toString('utf8'))).toEqual(JSON.parse(check.stdout));
    const coverage = JSON.parse(entries.get('coverage.json')!.toString('utf8'));
    const nine = coverage.indicators.find((i: { id: string }) => i.id === '9');
    expect(nine.materials.slice(0, 2)).toMatchObject([
      { no: 1, covered: true, files: 1 },
      { no: 2, covered: false, rejected: 1 },
    ]);

    const verified = await ledger(['verify', file]);
    expect(verified.code, verified.stdout).toBe(0);
    expect(verified.stdout).toContain('完好');
  });

  it('a tampered packet fails verification, naming the entry', async () => {
    const file = path.join(out, PACKET);
    const entries = await unzip(file);
    const coverage = entries.get('coverage.json')!.toString('utf8').replace('"covered": false', '"covered":  true');
    entries.set('coverage.json', Buffer.from(coverage));
    const tampered = path.join(out, 'tampered.ledger.zip');
    await rezip(entries, tampered);
    const r = await ledger(['verify', tampered, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('coverage.json');
    expect(r.stdout).toContain('SHA-256 differs');

    entries.set('extra.json', Buffer.from('{}'));
    await rezip(entries, tampered);
    expect((await ledger(['verify', tampered, '--lang', 'en'])).stdout).toContain('entry extra.json is not listed');
    fs.writeFileSync(tampered, 'not a zip');
    const notZip = await ledger(['verify', tampered]);
    expect(notZip.code).toBe(1);
    expect(notZip.stdout).toContain('不是可读的报送包：不是 zip 文件（可能是改了扩展名的其他文件）');
  });

  it('--with-bundles puts in the bundle PDF of each indicator with evidence, hashed like every entry', async () => {
    const dir = tempDir('ledger-pack-bundles-');
    const r = await ledger(['pack', '-o', dir, '--with-bundles', '--workspace', ws]);
    expect(r.code, r.stderr).toBe(0);
    const file = path.join(dir, PACKET);
    const entries = await unzip(file);
    const pdfs = [...entries.keys()].filter((n) => n.startsWith('bundles/') && n.endsWith('.pdf'));
    expect(pdfs).toHaveLength(1);
    expect(pdfs[0]).toBe('bundles/指标009.pdf');
    expect(entries.get(pdfs[0]!)!.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const header = JSON.parse(entries.get('packet.json')!.toString('utf8'));
    expect(header.entries.map((e: { name: string }) => e.name)).toContain(pdfs[0]);
    expect((await ledger(['verify', file])).code).toBe(0);
  });

  it.skipIf(!hasSsh)('signs packet.json with an SSH key and verifies it against allowed signers (skipped without ssh-keygen)', async () => {
    const keys = tempDir('ledger-ssh-');
    const key = path.join(keys, 'id_ed25519');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'fagui@city', '-f', key]);
    const pub = fs.readFileSync(`${key}.pub`, 'utf8').trim().split(' ');
    const signers = path.join(keys, 'allowed_signers');
    fs.writeFileSync(signers, `fagui@city ${pub[0]} ${pub[1]}\n`);
    const signedDir = tempDir('ledger-signed-');
    const packed = await ledger(['pack', '-o', signedDir, '--sign', key, '--workspace', ws]);
    expect(packed.code, packed.stderr).toBe(0);
    const file = path.join(signedDir, PACKET);
    const r = await ledger(['verify', file, '--allowed-signers', signers, '--lang', 'en']);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toContain('Signature valid: fagui@city');
    // An unsigned packet where a signature is required; a signature by another key.
    const unsigned = await ledger(['verify', path.join(out, PACKET), '--allowed-signers', signers, '--lang', 'en']);
    expect(unsigned.code).toBe(1);
    expect(unsigned.stdout).toContain('no packet.json.sig');
    const other = path.join(keys, 'other');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'x', '-f', other]);
    const entries = await unzip(file);
    const resigned = spawnSync('ssh-keygen', ['-Y', 'sign', '-q', '-f', other, '-n', 'ledger-packet'], {
      input: entries.get('packet.json')!,
    });
    entries.set('packet.json.sig', resigned.stdout);
    const forged = path.join(signedDir, 'forged.ledger.zip');
    await rezip(entries, forged);
    const bad = await ledger(['verify', forged, '--allowed-signers', signers, '--lang', 'en']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('signature does not verify');
  });
});
