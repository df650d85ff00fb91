import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { GITHUB_WORKFLOW, GITLAB_CI } from '../../../src/edit/init/ci-templates.js';
import { BIN, makeWorkspace, tempDir, TODAY } from '../../helpers/cli.js';
import { addPdf, writeFile } from '../../helpers/workspace.js';

interface Step {
  name?: string;
  run?: string;
  env?: Record<string, string>;
}
const steps = (parse(GITHUB_WORKFLOW) as { jobs: { check: { steps: Step[] } } }).jobs.check.steps;
const step = (name: string): Step => steps.find((s) => s.name === name)!;

const GIT = ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'commit.gpgsign=false'];
const git = (cwd: string, ...args: string[]) => spawnSync('git', [...GIT, ...args], { cwd, encoding: 'utf8' });

let shimDir: string;
beforeAll(() => {
  // `ledger` on PATH as the workflow expects it after `npm install --global`.
  shimDir = tempDir('ledger-shim-');
  fs.writeFileSync(path.join(shimDir, 'ledger'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`, { mode: 0o755 });
});

/** Run one workflow step's script with bash, as the runner would, in `cwd`. */
function runStep(s: Step, cwd: string, env: Record<string, string>) {
  const files = tempDir('ledger-gh-');
  const out = path.join(files, 'output');
  const summary = path.join(files, 'summary');
  fs.writeFileSync(out, '');
  fs.writeFileSync(summary, '');
  const r = spawnSync('bash', ['-e', '-c', s.run!], {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      PATH: `${shimDir}:${process.env.PATH}`,
      GITHUB_OUTPUT: out,
      GITHUB_STEP_SUMMARY: summary,
      LEDGER_TODAY: TODAY,
      NO_COLOR: '1',
      LEDGER_LANG: '',
      ...env,
    },
  });
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    output: fs.readFileSync(out, 'utf8'),
    summary: fs.readFileSync(summary, 'utf8'),
  };
}

/** A workspace committed on main, as the coordinator keeps it: materials missing everywhere. */
function repo(): string {
  const ws = makeWorkspace();
  git(ws, 'init', '-q', '-b', 'main');
  git(ws, 'add', '-A');
  git(ws, 'commit', '-qm', 'base');
  return ws;
}

function pushCheck(ws: string, before: string) {
  const base = runStep(step('确定比较的基准'), ws, { EVENT: 'push', BEFORE: before, BASE_REF: '' });
  const ref = /ref=(.*)/.exec(base.output)?.[1] ?? '';
  return { ref, ...runStep(step('ledger check'), ws, { BASE: ref }) };
}

describe('the generated GitHub workflow, run step by step', () => {
  it('puts event values into environment variables, never into a command line', () => {
    for (const s of steps) if (s.run) expect(s.run, s.name).not.toContain('${{');
    expect(GITHUB_WORKFLOW).not.toMatch(/npm install (-g|--global) "?\$\{LEDGER_PACKAGE:-/);
    expect(GITHUB_WORKFLOW).toContain('fazhi-ledger');
  });

  it('refuses in Chinese when LEDGER_PACKAGE is not set', () => {
    const r = runStep(step('安装 ledger'), tempDir(), { LEDGER_PACKAGE: '' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error::未设置仓库变量 LEDGER_PACKAGE');
  });

  it('main stays green while materials are missing; a push of one good file reports what it covers', async () => {
    const ws = repo();
    const before = git(ws, 'rev-parse', 'HEAD').stdout.trim();
    await addPdf(ws, 'evidence/031/1-制度.pdf');
    git(ws, 'add', '-A');
    git(ws, 'commit', '-qm', 'one file');
    const r = pushCheck(ws, before);
    expect(r.ref).toBe(before);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.summary).toContain('✅');
    expect(r.summary).toContain('本次改动新覆盖的材料（1 项）');
    expect(r.summary).toContain('| evidence/031/1-制度.pdf |');
    expect(r.summary).toContain('所涉指标仍缺的材料');
    expect(r.stdout).not.toContain('::error');
  });

  it('a push that breaks something is red, annotated on the file', () => {
    const ws = repo();
    const before = git(ws, 'rev-parse', 'HEAD').stdout.trim();
    writeFile(ws, 'evidence/031/1-制度.pdf', 'not a pdf');
    git(ws, 'add', '-A');
    git(ws, 'commit', '-qm', 'broken');
    const r = pushCheck(ws, before);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=evidence\/031\/1-制度\.pdf,title=ledger file-not-pdf/m);
    expect(r.stdout).not.toMatch(/file=evidence\/031,/); // folders are not annotated
    expect(r.summary).toContain('❌');
  });

  it('a pull request is judged against its target branch', async () => {
    const origin = tempDir('ledger-origin-');
    git(origin, 'init', '-q', '--bare', '-b', 'main');
    const ws = repo();
    git(ws, 'remote', 'add', 'origin', origin);
    git(ws, 'push', '-q', 'origin', 'main');
    git(ws, 'checkout', '-q', '-b', 'unit-pr');
    await addPdf(ws, 'evidence/031/1-制度.pdf');
    git(ws, 'add', '-A');
    git(ws, 'commit', '-qm', 'pr');
    const base = runStep(step('确定比较的基准'), ws, { EVENT: 'pull_request', BASE_REF: 'main', BEFORE: '' });
    expect(base.output.trim()).toBe('ref=origin/main');
    const r = runStep(step('ledger check'), ws, { BASE: 'origin/main' });
    expect(r.code).toBe(0);
    expect(r.summary).toContain('本次改动新覆盖的材料（1 项）');
  });
});

describe('the generated GitLab CI job', () => {
  it('parses, judges merge requests and default-branch pushes, and keeps a JUnit report', () => {
    const jobs = parse(GITLAB_CI) as Record<
      string,
      { script: string[]; rules: { if: string }[]; artifacts: { reports: { junit: string } } }
    >;
    const job = jobs['ledger-check']!;
    expect(job.rules.map((r) => r.if)).toEqual(['$CI_PIPELINE_SOURCE == "merge_request_event"', '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH']);
    expect(job.script.join('\n')).toContain('--changed "$BASE" --format markdown');
    expect(job.script.join('\n')).toContain('未设置 CI/CD 变量 LEDGER_PACKAGE');
    expect(job.artifacts.reports.junit).toBe('ledger-junit.xml');
  });
});
