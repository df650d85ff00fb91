import { describe, expect, it } from 'vitest';
import { checkEvidence } from '../../src/check/evidence/check-evidence.js';
import { judgeChanges } from '../../src/check/judge-changes.js';
import { diag } from '../../src/diagnostics/diagnostic.js';
import { evidenceFile, evidenceTree, inspected, memoryWorkspace } from '../helpers/memory-workspace.js';

const ws = memoryWorkspace([{ unit: 'fagui', indicators: { '30': '已完成', '31': '未完成' } }]);
const judged = (files: ReturnType<typeof evidenceFile>[], changed: string[], exceptions = {}) => {
  const r = checkEvidence(ws, evidenceTree(files, exceptions), inspected(files));
  return judgeChanges(ws, r.diagnostics, new Set(changed), r.coverage);
};
const bySeverity = (j: ReturnType<typeof judgeChanges>, severity: string) =>
  j.diagnostics.filter((d) => d.severity === severity).map((d) => `${d.code} ${d.indicator ?? ''}/${d.material ?? ''}`);

describe('judging a pull request by what it changed', () => {
  it('one valid file for one material: materials still missing are information, not errors', () => {
    const f = evidenceFile('evidence/031/1-a.pdf');
    const j = judged([f], ['evidence/031/1-a.pdf']);
    expect(bySeverity(j, 'error')).toEqual([]);
    expect(bySeverity(j, 'info').filter((x) => x.startsWith('material-missing 31'))).not.toEqual([]);
    expect(j.newlyCovered).toEqual([
      { indicator: '31', material: 1, text: expect.any(String), files: ['evidence/031/1-a.pdf'], units: ['fagui'] },
    ]);
    // nothing about indicators the change did not touch
    expect(j.diagnostics.every((d) => d.indicator === null || j.touched.has(d.indicator))).toBe(true);
  });

  it('news links added to an index.yaml are what the change newly covers', () => {
    const links = { links: [{ url: 'https://www.example.gov.cn/a', title: '报道', date: '2024-05-01' }] };
    const j = judged([], ['evidence/031/index.yaml'], { '031': new Map([[1, links]]) });
    expect(j.newlyCovered).toEqual([
      { indicator: '31', material: 1, text: expect.any(String), files: ['https://www.example.gov.cn/a'], units: ['fagui'] },
    ]);
    expect(judged([], ['evidence/030/index.yaml'], { '031': new Map([[1, links]]) }).newlyCovered).toEqual([]);
  });

  it('a broken file the change adds is its own error, and so is the material it leaves missing', () => {
    const f = evidenceFile('evidence/031/1-a.pdf');
    const r = checkEvidence(ws, evidenceTree([f]), inspected([f], { 'evidence/031/1-a.pdf': { encryption: 'open-password' } }));
    const j = judgeChanges(ws, r.diagnostics, new Set(['evidence/031/1-a.pdf']), r.coverage);
    expect(bySeverity(j, 'error')).toEqual(['pdf-encrypted 31/1', 'material-missing 31/1']);
  });

  it('deleting or moving a file away is seen at the folder it left (renames are both ends)', () => {
    const j = judged([evidenceFile('evidence/old/1-a.pdf')], ['evidence/031/1-a.pdf', 'evidence/old/1-a.pdf']);
    expect(bySeverity(j, 'error')).toContain('material-missing 31/1');
    expect(bySeverity(j, 'error')).toContain('evidence-folder-unknown /');
  });

  it("a claim of 已完成 is the change's own when it touched that evidence", () => {
    const j = judged([], ['evidence/030/2-x.pdf']);
    expect(bySeverity(j, 'error')).toContain('claim-without-evidence 30/');
  });

  it('a same_as is judged against the whole workspace and blamed on the change that broke its target', () => {
    const target = evidenceFile('evidence/047/1-x.pdf');
    const ok = judged([target], ['evidence/031/index.yaml'], { '031': new Map([[1, { same_as: '47/1' }]]) });
    expect(ok.diagnostics.filter((d) => d.code === 'same-as-invalid')).toEqual([]);
    const broken = judged([], ['evidence/047/1-x.pdf'], { '031': new Map([[1, { same_as: '47/1' }]]) });
    expect(bySeverity(broken, 'error')).toContain('same-as-invalid 31/1');
  });

  it("findings in changed YAML are the change's own; a change to the rules or the catalog owns every finding", () => {
    const yaml = [
      diag('schema-invalid', { path: 'x', expected: 'y', found: 'z' }, { file: 'assignments/fagui.yaml', line: 3 }),
      diag('schema-invalid', { path: 'x', expected: 'y', found: 'z' }, { file: 'assignments/x.yaml' }),
    ];
    const j = judgeChanges(ws, yaml, new Set(['assignments/fagui.yaml']), new Map());
    expect(j.diagnostics.map((d) => d.file)).toEqual(['assignments/fagui.yaml']);
    const all = judgeChanges(ws, yaml, new Set(['ledger.yaml']), new Map());
    expect(all.governing).toBe(true);
    expect(all.diagnostics).toEqual(yaml);
  });
});
