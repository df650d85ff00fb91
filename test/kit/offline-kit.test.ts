import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, REPO, ledger, tempDir } from '../helpers/cli.js';
import { buildKit, noNetworkUnavailable, runOffline, type BuiltKit } from '../helpers/kit.js';
import { spawnSync } from 'node:child_process';

/**
 * The offline kit (`npm run pack-kit`) installs and runs with no network: inside a network
 * namespace with no interface, npm's cache pointed at an empty folder, so nothing can come from
 * the registry or a cache. Costs ~15 s (the esbuild bundle and npm pack ~8 s, install ~3 s).
 */
const why = noNetworkUnavailable();
if (why) console.warn(`SKIPPED offline kit tests: ${why}`);

let kit: BuiltKit;
let work: string;
beforeAll(() => {
  if (why) return;
  kit = buildKit();
  work = tempDir('ledger-kit-');
  fs.cpSync(path.join(REPO, 'examples', 'workspace'), path.join(work, 'ws'), { recursive: true });
  fs.mkdirSync(path.join(work, 'empty-cache'));
});

/** The repository's own binary on the same workspace: the kit must report exactly the same. */
let want: { code: number | null; stdout: string } | undefined;
function expected(ws: string): { code: number | null; stdout: string } {
  if (want) return want;
  const r = spawnSync(process.execPath, [BIN, 'check', '--workspace', ws, '--format', 'json', '--no-cache'], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LEDGER_TODAY: '2026-11-28', LEDGER_LANG: '' },
  });
  want = { code: r.status, stdout: r.stdout };
  return want;
}

describe.skipIf(why !== null)('the offline kit', () => {
  it('is one .tgz named by version, of a few MB', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string };
    expect(path.basename(kit.file)).toBe(`fazhi-ledger-${pkg.version}.tgz`);
    expect(kit.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(kit.bytes).toBeLessThan(12 << 20);
  });

  it('installs with npm install -g and no network, and `ledger check` reports as the repository does', () => {
    const r = runOffline(
      [
        'npm install --global --no-audit --no-fund --prefix "$PWD/prefix" --cache "$PWD/empty-cache" "$KIT"',
        'set +e',
        '"$PWD/prefix/bin/ledger" check --workspace ws --format json --no-cache > installed.json',
        'echo "exit=$?"',
      ].join('\n'),
      work,
      { KIT: kit.file },
    );
    expect(r.stderr).not.toMatch(/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ENETUNREACH/);
    expect(r.status, r.stderr).toBe(0);
    const repo = expected(path.join(work, 'ws'));
    expect(r.stdout).toContain(`exit=${repo.code}`);
    expect(fs.readFileSync(path.join(work, 'installed.json'), 'utf8')).toBe(repo.stdout);
  });

  it('runs without installing: tar -xzf, then node package/ledger.mjs check; bundle finds its font', () => {
    const r = runOffline(
      [
        'mkdir unpacked && tar -xzf "$KIT" -C unpacked',
        'set +e',
        'node unpacked/package/ledger.mjs check --workspace ws --format json --no-cache > unpacked.json',
        'echo "exit=$?"',
        'node unpacked/package/ledger.mjs bundle 1 --workspace ws -o bundles',
      ].join('\n'),
      work,
      { KIT: kit.file },
    );
    const repo = expected(path.join(work, 'ws'));
    expect(r.stdout).toContain(`exit=${repo.code}`);
    expect(fs.readFileSync(path.join(work, 'unpacked.json'), 'utf8')).toBe(repo.stdout);
    expect(r.status, r.stderr).toBe(0);
    expect(
      fs
        .readFileSync(path.join(work, 'bundles', '指标001.pdf'))
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });
});

describe.skipIf(why !== null)('a workspace with the kit vendored by ledger ci', () => {
  it('runs its generated install step and the check with no network and no registry', async () => {
    const ws = path.join(tempDir('ledger-vendored-'), 'ws');
    fs.cpSync(path.join(REPO, 'examples', 'workspace'), ws, { recursive: true });
    const git = (...args: string[]) =>
      spawnSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'commit.gpgsign=false', ...args], { cwd: ws });
    git('init', '-q', '-b', 'main');
    const r = await ledger(['ci', '--workspace', ws, '--host', 'github', 'gitlab', '--kit', kit.file]);
    expect(r.code, r.stderr).toBe(0);
    git('add', '-A');
    git('commit', '-qm', 'vendored');
    const wf = parse(fs.readFileSync(path.join(ws, '.github/workflows/ledger.yml'), 'utf8')) as {
      jobs: { check: { steps: { name?: string; run?: string }[] } };
    };
    const run = (name: string) => wf.jobs.check.steps.find((s) => s.name === name)!.run!;
    const gitlab = parse(fs.readFileSync(path.join(ws, '.gitlab-ci.yml'), 'utf8')) as { 'ledger-check': { script: string[] } };
    // GitLab's install script is the same generator's (shell-steps.ts), checked here to be the same commands.
    expect(gitlab['ledger-check'].script[0]!.split('\n').slice(0, 6)).toEqual(run('安装 ledger').split('\n').slice(0, 6));
    for (const [host, install] of [['github', run('安装 ledger')]] as const) {
      const home = tempDir(`ledger-ci-${host}-`);
      fs.mkdirSync(path.join(home, 'cache'));
      const env = {
        npm_config_prefix: path.join(home, 'prefix'),
        npm_config_cache: path.join(home, 'cache'),
        PATH: `${path.join(home, 'prefix', 'bin')}:${process.env.PATH}`,
        GITHUB_STEP_SUMMARY: path.join(home, 'summary'),
        BASE: 'HEAD',
      };
      const installed = runOffline(install, ws, env);
      expect(installed.status, `${host}: ${installed.stdout}\n${installed.stderr}`).toBe(0);
      expect(installed.stdout).toContain(`.ledger/${path.basename(kit.file)}: OK`);
      expect(installed.stdout).toContain(kit.version);
      const checked = runOffline(run('ledger check'), ws, env);
      expect(checked.status, checked.stderr).toBe(0);
      expect(fs.readFileSync(path.join(ws, 'ledger-report.md'), 'utf8')).toContain('✅');
    }
    // A kit whose bytes do not match kit.json is refused before anything is installed.
    fs.appendFileSync(path.join(ws, '.ledger', path.basename(kit.file)), 'tampered');
    const home = tempDir('ledger-ci-tampered-');
    const tampered = runOffline(run('安装 ledger'), ws, { npm_config_prefix: path.join(home, 'prefix'), npm_config_cache: home });
    expect(tampered.status).not.toBe(0);
    expect(tampered.stdout + tampered.stderr).toContain('FAILED');
    expect(fs.existsSync(path.join(home, 'prefix', 'bin', 'ledger'))).toBe(false);
  });
});
