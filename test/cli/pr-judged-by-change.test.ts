import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { checkJson, ledger, makeLegacyWorkspace, makeWorkspace } from '../helpers/cli.js';
import { addPdf, edit } from '../helpers/workspace.js';

/**
 * A pull request judged on what it changed (issue 20), and by the target branch's rules when it
 * edits them (issue 23: the catalog-emptying pull request is red). Each test: a base commit on main,
 * a branch with the change, `check --changed main`.
 */
const GIT = ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'commit.gpgsign=false'];
const git = (cwd: string, ...args: string[]) => spawnSync('git', [...GIT, ...args], { cwd, encoding: 'utf8' });

async function pr(
  prepareBase: (ws: string) => Promise<void> | void,
  change: (ws: string) => Promise<void> | void,
  // A catalog a pull request can edit exists only in the layout before issue 18 (indicators/ copied into the workspace).
  make: () => string = makeWorkspace,
): Promise<string> {
  const ws = make();
  await prepareBase(ws);
  git(ws, 'init', '-q', '-b', 'main');
  git(ws, 'add', '-A');
  git(ws, 'commit', '-qm', 'base');
  git(ws, 'checkout', '-q', '-b', 'pr');
  await change(ws);
  git(ws, 'add', '-A');
  git(ws, 'commit', '-qm', 'change');
  return ws;
}

const errors = (r: Awaited<ReturnType<typeof checkJson>>) => r.report.diagnostics.filter((d) => d.severity === 'error');

describe('a pull request judged on what it changed', () => {
  it('adding a unit to units.yaml is green (236 findings of the base are not its fault) and reported for review', async () => {
    const ws = await pr(
      () => {},
      (w) => edit(w, 'units.yaml', /^units:\n/m, 'units:\n  - id: xinzeng\n    name: 新增科\n    kind: 科室\n'),
    );
    expect((await checkJson(ws, ['--no-cache'])).report.summary.errors).toBeGreaterThan(200);
    const r = await checkJson(ws, ['--changed', 'main']);
    expect(errors(r)).toEqual([]);
    expect(r.code).toBe(0);
    const review = r.report.diagnostics.filter((d) => d.code === 'rules-changed');
    expect(review.map((d) => [d.severity, d.file])).toEqual([['warning', 'units.yaml']]);
    expect(review[0]!.message).toContain('+ xinzeng');
  });

  it('deleting the only file of a material names the file, in the annotation and the summary', async () => {
    const ws = await pr(
      (w) => addPdf(w, 'evidence/031/1-制度.pdf').then(() => undefined),
      (w) => fs.rmSync(path.join(w, 'evidence/031/1-制度.pdf')),
    );
    const r = await checkJson(ws, ['--changed', 'main']);
    expect(r.code).toBe(1);
    expect(errors(r).map((d) => [d.code, d.file])).toEqual([['material-missing', 'evidence/031/1-制度.pdf']]);
    expect(errors(r)[0]!.message).toContain('本次改动删除、移走或改坏了 evidence/031/1-制度.pdf');
    const gh = await ledger(['check', '--workspace', ws, '--changed', 'main', '--format', 'github']);
    expect(gh.stdout).toMatch(/^::error file=evidence\/031\/1-制度\.pdf,title=ledger material-missing 指标 31::材料1缺少证明文件/m);
    const md = await ledger(['check', '--workspace', ws, '--changed', 'main', '--format', 'markdown']);
    expect(md.stdout).toMatch(/\| ❌ \| evidence\/031\/1-制度\.pdf \| 材料1缺少证明文件.*`material-missing` \|/);
  });

  it('emptying indicator 15’s materials in the catalog and claiming 已完成 is red: judged by the base’s catalog', async () => {
    const ws = await pr(
      () => {},
      (w) => {
        const file = path.join(w, 'indicators/area-01.yaml');
        const doc = parseDocument(fs.readFileSync(file, 'utf8'));
        const groups = doc.get('groups') as {
          items: { get: (k: string) => { items: { get: (k: string) => unknown; set: (k: string, v: unknown) => void }[] } }[];
        };
        const entry = groups.items.flatMap((g) => g.get('indicators').items).find((i) => String(i.get('id')) === '15')!;
        entry.set('materials', doc.createNode([]));
        fs.writeFileSync(file, doc.toString());
        edit(w, 'assignments/bangongshi.yaml', /"15":\n {4}status: 未完成/, '"15":\n    status: 已完成');
      },
      makeLegacyWorkspace,
    );
    // Under its own catalog the claim would pass (nothing left to file): the base's catalog says four materials.
    const r = await checkJson(ws, ['--changed', 'main']);
    expect(r.code).toBe(1);
    expect(errors(r).map((d) => [d.code, d.indicator, d.file])).toContainEqual([
      'claim-without-evidence',
      '15',
      'assignments/bangongshi.yaml',
    ]);
    const review = r.report.diagnostics.find((d) => d.code === 'rules-changed');
    expect(review).toMatchObject({ severity: 'warning', file: 'indicators/area-01.yaml' });
    expect(review!.message).toContain('15: 4 → 0');
  });

  it('raising the PDF size limit to let a large file in is red: the base’s limit applies', async () => {
    const ws = await pr(
      (w) => edit(w, 'ledger.yaml', 'max_pdf_mb: 100', 'max_pdf_mb: 0.0001'),
      async (w) => {
        edit(w, 'ledger.yaml', 'max_pdf_mb: 0.0001', 'max_pdf_mb: 100');
        await addPdf(w, 'evidence/031/1-制度.pdf', { pages: 6 });
      },
    );
    expect(fs.statSync(path.join(ws, 'evidence/031/1-制度.pdf')).size).toBeGreaterThan(104.8576);
    const r = await checkJson(ws, ['--changed', 'main']);
    expect(r.code).toBe(1);
    // The file is refused by the base's limit, so the material it was to cover is missing too.
    expect(
      errors(r)
        .map((d) => `${d.code} ${d.file}`)
        .sort(),
    ).toEqual(['material-missing evidence/031/1-制度.pdf', 'pdf-too-large evidence/031/1-制度.pdf']);
    expect(r.report.diagnostics.find((d) => d.code === 'rules-changed')!.message).toContain('rules.max_pdf_mb: 0.0001 → 100');
  });

  it('removing a unit with its ledger is red: the base’s units still carry its indicators', async () => {
    const ws = await pr(
      () => {},
      (w) => {
        edit(w, 'units.yaml', /  - id: bangongshi\n    name: 办公室\n    kind: 科室\n/, '');
        fs.rmSync(path.join(w, 'assignments/bangongshi.yaml'));
      },
      makeLegacyWorkspace,
    );
    const r = await checkJson(ws, ['--changed', 'main']);
    expect(r.code).toBe(1);
    expect(errors(r).map((d) => d.file)).toContain('assignments/bangongshi.yaml');
    expect(r.report.diagnostics.find((d) => d.code === 'rules-changed')!.message).toContain('- bangongshi');
  });
});
