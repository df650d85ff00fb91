import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { displayWidth } from '../../src/util/display-width.js';
import { describe, expect, it } from 'vitest';
import { checkJson, ledger, makeWorkspace } from '../helpers/cli.js';
import { addPdf, snapshot, writeFile } from '../helpers/workspace.js';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
  });

describe('ledger check run modes', () => {
  it("--unit limits findings and summary to the unit's indicators; accepts a name or alias", async () => {
    const ws = makeWorkspace();
    writeFile(ws, 'evidence/030/1-x.pdf', 'not a pdf');
    const { report } = await checkJson(ws, ['--unit', '人事科']);
    const ids = new Set(report.diagnostics.map((d) => d.indicator));
    expect(ids.has('38')).toBe(true); // 人事科 leads 38
    expect(ids.has('30')).toBe(false); // 法规科's
    expect(Object.keys(report.summary.units)).toContain('renshi-jiaoyu');
    expect(report.summary.indicators).toBeLessThan(119);
    const fagui = (await checkJson(ws, ['--unit', 'fagui'])).report;
    expect(fagui.diagnostics.some((d) => d.code === 'file-not-pdf')).toBe(true);
  });

  it('--indicator limits to the given ids (009 and 9 alike)', async () => {
    const ws = makeWorkspace();
    const { report } = await checkJson(ws, ['--indicator', '009', '12']);
    expect([...new Set(report.diagnostics.map((d) => d.indicator))].sort()).toEqual(['12', '9']);
    expect(report.summary.indicators).toBe(2);
    expect((await ledger(['check', '--workspace', ws, '--indicator', '999'])).code).toBe(2);
  });

  it('--changed checks evidence only for indicators touched since the ref, YAML always', async () => {
    const ws = makeWorkspace();
    git(ws, 'init', '-q', '-b', 'main');
    git(ws, 'add', '-A');
    git(ws, 'commit', '-qm', 'base');
    writeFile(ws, 'evidence/009/1-坏.pdf', 'oops');
    await addPdf(ws, 'evidence/012/1-新.pdf');
    git(ws, 'add', 'evidence/012');
    fs.appendFileSync(path.join(ws, 'assignments/fagui.yaml'), 'oops: [\n');
    const { code, report } = await checkJson(ws, ['--changed', 'HEAD']);
    expect(code).toBe(1);
    const ids = new Set(report.diagnostics.filter((d) => d.indicator).map((d) => d.indicator));
    expect([...ids].sort()).toEqual(['9']);
    expect(report.diagnostics.some((d) => d.code === 'file-not-pdf')).toBe(true);
    expect(report.diagnostics.some((d) => d.code === 'yaml-syntax' && d.file === 'assignments/fagui.yaml')).toBe(true);
    expect((await ledger(['check', '--workspace', ws, '--changed', 'no-such-ref'])).code).toBe(2);
  });

  it('modifies nothing in the workspace (the git-ignored cache aside)', async () => {
    const ws = makeWorkspace();
    await addPdf(ws, 'evidence/001/1-a.pdf');
    writeFile(ws, 'evidence/001/2-b.pdf', 'broken');
    const before = snapshot(ws, (rel) => rel.startsWith('.ledger-cache'));
    await checkJson(ws);
    await checkJson(ws, ['--no-cache']);
    expect(snapshot(ws, (rel) => rel.startsWith('.ledger-cache'))).toEqual(before);
    expect(fs.existsSync(path.join(ws, '.ledger-cache'))).toBe(true);
    expect(fs.readFileSync(path.join(ws, '.gitignore'), 'utf8')).toContain('.ledger-cache/');
  });

  it('--no-cache writes no cache', async () => {
    const ws = makeWorkspace();
    await checkJson(ws, ['--no-cache']);
    expect(fs.existsSync(path.join(ws, '.ledger-cache'))).toBe(false);
  });

  it('re-examines a file that changed after a cached run', async () => {
    const ws = makeWorkspace();
    const file = await addPdf(ws, 'evidence/001/1-a.pdf');
    expect((await checkJson(ws)).report.diagnostics.some((d) => d.file === 'evidence/001/1-a.pdf')).toBe(false);
    // Same size, same mtime: only the content (and ctime/inode) differ.
    const st = fs.statSync(file);
    const bytes = fs.readFileSync(file);
    bytes.fill(0x20, 0, 8);
    fs.writeFileSync(file, bytes);
    fs.utimesSync(file, st.atime, st.mtime);
    const again = (await checkJson(ws)).report;
    expect(again.diagnostics.find((d) => d.file === 'evidence/001/1-a.pdf')?.code).toBeDefined();
  });
});

describe('output formats end to end', () => {
  const ws = makeWorkspace();
  writeFile(ws, 'evidence/009/2-a,b.pdf', 'not a pdf');

  it('text: grouped by indicator, Chinese by default, English with --lang en', async () => {
    const r = await ledger(['check', '--workspace', ws, '--indicator', '9']);
    expect(r.code).toBe(1);
    // summary first, then problems with their fix, then what is missing, one line per indicator
    expect(r.stdout).toMatch(/^共 1 项指标：材料齐全 0 项，缺材料 1 项；台账已完成 0 项\n/);
    expect(r.stdout).toContain('✖ 错误 evidence/009/2-a,b.pdf 不是 PDF 文件');
    expect(r.stdout).toMatch(/\[file-not-pdf\]\n +→ 证明材料应为 PDF/);
    expect(r.stdout.indexOf('需要处理的问题')).toBeLessThan(r.stdout.indexOf('缺少的材料（1 项指标）'));
    expect(r.stdout).toMatch(/\n  指标 9 全面推行“双随机、一公开”监管：缺 ①②/);
    expect(r.stdout.split('\n').every((l) => displayWidth(l) <= 100)).toBe(true);
    const verbose = await ledger(['check', '--workspace', ws, '--indicator', '9', '--verbose']);
    expect(verbose.stdout).toMatch(/\n指标 9 全面推行“双随机、一公开”监管\n  ✖ 错误 evidence\/009 材料1缺少证明文件/);
    expect(r.stdout).toContain('下次月度报送截止：2026-12-04（还有 6 天）');
    expect(r.stdout).toContain('当前阶段：深入整改阶段（截至 2026-12-31）');
    expect(r.stdout).not.toMatch(/\x1b\[/);
    const en = await ledger(['check', '--workspace', ws, '--indicator', '9', '--lang', 'en']);
    expect(en.stdout).toContain('✖ error evidence/009/2-a,b.pdf Neither a PDF nor a JPG/PNG image');
    expect((await ledger(['check', '--workspace', ws, '--indicator', '9'], { env: { LEDGER_LANG: 'en' } })).stdout).toContain(
      'Next monthly deadline',
    );
  });

  it('github annotations', async () => {
    const r = await ledger(['check', '--workspace', ws, '--indicator', '9', '--format', 'github']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines.every((l) => /^::(error|warning) /.test(l))).toBe(true);
    expect(lines).toContain('::error file=evidence/009/2-a%2Cb.pdf,title=ledger file-not-pdf 指标 9::不是 PDF 文件或 JPG/PNG 图片');
  });

  it('junit XML', async () => {
    const r = await ledger(['check', '--workspace', ws, '--indicator', '9', '12', '--format', 'junit']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/<testsuites name="ledger" tests="2" failures="2">/);
    expect(r.stdout).toContain('<testcase classname="ledger.check" name="指标 12');
  });

  it('json for a clean selection exits 0', async () => {
    const { code, report } = await checkJson(ws, ['--indicator', '73']);
    expect(code).toBe(0);
    expect(report.diagnostics).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });
});
