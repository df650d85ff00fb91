import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ledger, makeWorkspace, tempDir } from '../helpers/cli.js';

const GIT = ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'commit.gpgsign=false'];
const git = (cwd: string, ...args: string[]) => spawnSync('git', [...GIT, ...args], { cwd, encoding: 'utf8' });
const read = (ws: string, rel: string) => fs.readFileSync(path.join(ws, rel), 'utf8');
const VERSION = (JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string }).version;

/** A tarball shaped like a kit (package/package.json, ledger.mjs, dist/cli/ledger.mjs), made with tar. */
function fakeKit(version: string, name = `fazhi-ledger-${version}.tgz`, pkgName = 'fazhi-ledger'): string {
  const dir = tempDir('ledger-fakekit-');
  fs.mkdirSync(path.join(dir, 'package/dist/cli'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'package/package.json'), JSON.stringify({ name: pkgName, version }));
  fs.writeFileSync(path.join(dir, 'package/ledger.mjs'), '// kit\n');
  fs.writeFileSync(path.join(dir, 'package/dist/cli/ledger.mjs'), `// ${version}\n`);
  spawnSync('tar', ['-czf', name, 'package'], { cwd: dir });
  return path.join(dir, name);
}

describe('ledger ci', () => {
  it('writes the file of the host the git remote names, triggering on the current branch', async () => {
    const ws = makeWorkspace();
    for (const f of ['.github', '.gitea', '.gitlab-ci.yml']) fs.rmSync(path.join(ws, f), { recursive: true, force: true });
    git(ws, 'init', '-q', '-b', 'trunk');
    git(ws, 'remote', 'add', 'origin', 'git@gitlab.example.gov.cn:fzb/ledger.git');
    const r = await ledger(['ci', '--workspace', ws]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('CI 平台：gitlab（按 git remote git@gitlab.example.gov.cn:fzb/ledger.git）');
    expect(fs.existsSync(path.join(ws, '.gitlab-ci.yml'))).toBe(true);
    expect(fs.existsSync(path.join(ws, '.github'))).toBe(false);
    expect(r.stdout).toContain('仓库中还没有离线安装包');

    git(ws, 'remote', 'set-url', 'origin', 'https://github.com/fzb/ledger.git');
    await ledger(['ci', '--workspace', ws]);
    const wf = parse(read(ws, '.github/workflows/ledger.yml')) as { on: { push: { branches: string[] } } };
    expect(wf.on.push.branches).toEqual(['trunk']);
  });

  it('replaces its own unedited files, refuses a hand-edited one without --force, and says unchanged', async () => {
    const ws = makeWorkspace();
    const again = await ledger(['ci', '--workspace', ws, '--host', 'github', 'gitlab', 'gitea']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('.github/workflows/ledger.yml 已是最新，未改动');

    fs.appendFileSync(path.join(ws, '.gitlab-ci.yml'), '# 我加的\n');
    const refused = await ledger(['ci', '--workspace', ws, '--host', 'gitlab', '--registry']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('.gitlab-ci.yml 是手工编写或改过的，未覆盖。要用生成的内容替换，请加 --force');
    expect(read(ws, '.gitlab-ci.yml')).toContain('# 我加的');

    // An unedited generated file is replaced (registry mode changes its install script).
    const updated = await ledger(['ci', '--workspace', ws, '--host', 'github', '--registry']);
    expect(updated.code).toBe(0);
    expect(updated.stdout).toContain('已写入 .github/workflows/ledger.yml');
    expect(read(ws, '.github/workflows/ledger.yml')).toContain('npm install --global --no-audit --no-fund "$LEDGER_PACKAGE"');

    const forced = await ledger(['ci', '--workspace', ws, '--host', 'gitlab', '--force', '--lang', 'en']);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('Wrote .gitlab-ci.yml');
    expect(read(ws, '.gitlab-ci.yml')).not.toContain('# 我加的');
  });

  it('vendors a kit pinned by version and SHA-256; --update replaces it; refuses another version or a non-kit', async () => {
    const ws = makeWorkspace();
    const kit = fakeKit(VERSION);
    const r = await ledger(['ci', '--workspace', ws, '--host', 'github', '--kit', kit]);
    expect(r.code, r.stderr).toBe(0);
    const manifest = JSON.parse(read(ws, '.ledger/kit.json')) as { version: string; file: string; sha256: string };
    const sha = spawnSync('sha256sum', [kit], { encoding: 'utf8' }).stdout.split(' ')[0];
    expect(manifest).toEqual({ version: VERSION, file: `fazhi-ledger-${VERSION}.tgz`, sha256: sha });
    expect(fs.readFileSync(path.join(ws, '.ledger', manifest.file)).equals(fs.readFileSync(kit))).toBe(true);
    expect(r.stdout).toContain(`已放入 .ledger/fazhi-ledger-${VERSION}.tgz（版本 ${VERSION}，SHA-256 ${sha}）`);

    expect((await ledger(['ci', '--workspace', ws, '--host', 'github', '--kit', kit])).stdout).toContain('已是版本');
    const other = fakeKit(VERSION, 'other.tgz'); // same version, other bytes: only --update replaces it
    fs.appendFileSync(path.join(path.dirname(other), 'package/ledger.mjs'), '// changed\n');
    spawnSync('tar', ['-czf', 'other.tgz', 'package'], { cwd: path.dirname(other) });
    const present = await ledger(['ci', '--workspace', ws, '--host', 'github', '--kit', other]);
    expect(present.code).toBe(2);
    expect(present.stderr).toContain('要替换，请用 ledger ci --update');
    const upd = await ledger(['ci', '--workspace', ws, '--host', 'github', '--kit', other, '--update']);
    expect(upd.code, upd.stderr).toBe(0);
    expect(JSON.parse(read(ws, '.ledger/kit.json')).sha256).not.toBe(sha);

    const wrong = await ledger(['ci', '--workspace', ws, '--kit', fakeKit('9.9.9')]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain(`安装包的版本是 9.9.9，而本机运行的是 ${VERSION}`);
    const notKit = path.join(tempDir(), 'x.tgz');
    fs.writeFileSync(notKit, 'not gzip');
    const bad = await ledger(['ci', '--workspace', ws, '--kit', notKit]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('不是 ledger 的离线安装包（not a .tgz file）');
    const missing = await ledger(['ci', '--workspace', ws, '--update'], { cwd: tempDir() });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`找不到安装包 fazhi-ledger-${VERSION}.tgz`);
  });
});

describe('ledger init and the default branch', () => {
  it('a new repository is on main, and the workflow triggers on main', async () => {
    const ws = path.join(tempDir('ledger-init-branch-'), 'ws');
    expect((await ledger(['init', ws])).code).toBe(0);
    expect(git(ws, 'symbolic-ref', 'HEAD').stdout.trim()).toBe('refs/heads/main');
    for (const f of ['.github/workflows/ledger.yml', '.gitea/workflows/ledger.yml'])
      expect((parse(read(ws, f)) as { on: { push: { branches: string[] } } }).on.push.branches).toEqual(['main']);
  });

  it('inside a repository on another branch, the workflow triggers on that branch', async () => {
    const repo = tempDir('ledger-init-inrepo-');
    git(repo, 'init', '-q', '-b', 'master');
    expect((await ledger(['init', path.join(repo, 'ws')])).code).toBe(0);
    const wf = parse(read(path.join(repo, 'ws'), '.github/workflows/ledger.yml')) as { on: { push: { branches: string[] } } };
    expect(wf.on.push.branches).toEqual(['master']);
  });
});
