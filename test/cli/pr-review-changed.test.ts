import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashFile } from '../../src/util/hash-file.js';
import { checkJson, ledger, makeWorkspace } from '../helpers/cli.js';
import { addPdf } from '../helpers/workspace.js';

/**
 * A pull request that writes a 初评 verdict is reported for the coordinator (issue 19): a new 通过
 * "by 市局专家组" nobody gave, a reviewed file swapped with its new hash written in. A real git
 * repository: the base on main, the change on a branch, `check --changed main`.
 */
const GIT = ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'commit.gpgsign=false'];
const git = (cwd: string, ...args: string[]) => spawnSync('git', [...GIT, ...args], { cwd, encoding: 'utf8' });

describe('a pull request that changes a 初评 verdict', () => {
  it('is reported per material with what changed; a change that leaves the verdicts alone is not', async () => {
    const ws = makeWorkspace();
    await addPdf(ws, 'evidence/009/1-双随机.pdf');
    await addPdf(ws, 'evidence/009/2-典型案例.pdf');
    expect((await ledger(['review', '9/1', '--pass', '--by', '张三', '--date', '2026-11-01'], { cwd: ws })).code).toBe(0);
    git(ws, 'init', '-q', '-b', 'main');
    git(ws, 'add', '-A');
    git(ws, 'commit', '-qm', 'base');
    git(ws, 'checkout', '-q', '-b', 'pr');

    // Untouched verdicts: a file added elsewhere says nothing about reviews.
    await addPdf(ws, 'evidence/011/1-信用.pdf');
    const quiet = await checkJson(ws, ['--changed', 'main']);
    expect(quiet.report.diagnostics.filter((d) => d.code === 'review-changed-in-pr')).toEqual([]);

    // A 通过 for a material nobody reviewed, and a reviewed file swapped with its new hash written in.
    const index = path.join(ws, 'evidence/009/index.yaml');
    const file1 = path.join(ws, 'evidence/009/1-双随机.pdf');
    const oldHash = hashFile(file1);
    await addPdf(ws, 'evidence/009/1-双随机.pdf', { pages: 3 });
    const newHash = hashFile(file1);
    fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace(oldHash, newHash));
    expect((await ledger(['review', '9/2', '--pass', '--by', '市局专家组', '--date', '2026-11-02'], { cwd: ws })).code).toBe(0);
    git(ws, 'add', '-A');
    git(ws, 'commit', '-qm', 'change');

    const r = await checkJson(ws, ['--changed', 'main']);
    const found = r.report.diagnostics.filter((d) => d.code === 'review-changed-in-pr');
    expect(found.map((d) => [d.severity, d.file, d.indicator, d.material])).toEqual([
      ['warning', 'evidence/009/index.yaml', '9', 1],
      ['warning', 'evidence/009/index.yaml', '9', 2],
    ]);
    expect(found[0]!.message).toContain(`evidence/009/1-双随机.pdf: sha256 ${oldHash.slice(0, 8)} → ${newHash.slice(0, 8)}`);
    expect(found[1]!.message).toContain('+ 通过（市局专家组，2026-11-02）');
    // A full check (no pull request) has no base to compare with.
    expect((await checkJson(ws)).report.diagnostics.filter((d) => d.code === 'review-changed-in-pr')).toEqual([]);
  });
});
