import { describe, expect, it } from 'vitest';
import { blobFacts, commitFacts, coverageByName, yamlBlobs } from '../../../src/check/status/commit-facts.js';
import { commitsAtDueDates, lastChanges, progressOf } from '../../../src/check/status/trend.js';
import { loadBuiltinCatalog } from '../../../src/load/load-catalog.js';
import { indexUnits } from '../../../src/model/units.js';
import type { AssignmentsFile } from '../../../src/model/schemas/assignments.js';

const catalog = loadBuiltinCatalog().catalog;
const time = (day: string): number => Math.floor(new Date(`${day}T12:00:00`).getTime() / 1000);

describe('the trend counts a commit by its file names', () => {
  const tree = [
    { path: 'assignments/fagui.yaml', blob: 'a1', size: 100 },
    { path: 'evidence/009-双随机/1-方案.pdf', blob: 'p1', size: 100 },
    { path: 'evidence/009-双随机/②/x.pdf', blob: 'p2', size: 100 },
    { path: 'evidence/009-双随机/README.md', blob: 'r1', size: 100 },
    { path: 'evidence/009-双随机/2019年总结.pdf', blob: 'p3', size: 100 },
    { path: 'evidence/012/index.yaml', blob: 'i1', size: 100 },
    { path: 'evidence/030/1-情况说明.md', blob: 's1', size: 100 },
  ];

  it('reads materials from names, exceptions and ledgers from YAML (the check schemas)', () => {
    expect(yamlBlobs(tree)).toEqual([
      { blob: 'a1', kind: 'assignments' },
      { blob: 'i1', kind: 'index' },
    ]);
    const blobs = new Map([
      ['assignments:a1', blobFacts('assignments', 'unit: fagui\nindicators:\n  "30": {status: 已完成}\n  "31": {}\n')],
      ['index:i1', blobFacts('index', 'materials:\n  1: {not_applicable: 不涉及}\n')],
    ]);
    expect(blobFacts('assignments', 'unit: [')).toBeNull();
    const facts = commitFacts(tree, blobs);
    expect(facts).toEqual({
      named: { '009-双随机': [1, 2], '030': [1] },
      namedAt: { '009-双随机': [1, 2], '030': [1] },
      excepted: { '012': [1] },
      ledgers: { fagui: { '30': '已完成', '31': '未完成' } },
    });
    const coverage = coverageByName(catalog, facts);
    expect(coverage.get('9')!.complete).toBe(true);
    expect(coverage.get('12')!.complete).toBe(true);
    expect(coverage.get('30')!.materials.map((m) => m.covered)).toEqual([true, false]);
    // A merged cell is counted at the folder that holds it.
    expect(coverage.get('48')!.owner).toBe('47');
    expect(coverage.has('73')).toBe(false);
  });

  it('takes for each due date the last commit on or before that day', () => {
    const commits = [
      { id: 'c3', time: time('2026-11-10'), paths: [] },
      { id: 'c2', time: time('2026-11-04'), paths: [] },
      { id: 'c1', time: time('2026-09-30'), paths: [] },
    ];
    expect(commitsAtDueDates(commits, ['2026-09-04', '2026-10-04', '2026-11-04']).map((p) => [p.date, p.commit.id])).toEqual([
      ['2026-10-04', 'c1'],
      ['2026-11-04', 'c2'],
    ]);
  });

  it('dates a unit by its ledger and the folders of what it carries, never by a shallow boundary', () => {
    const value = (unit: string, ids: string[]): AssignmentsFile => ({
      unit,
      contact: '',
      indicators: Object.fromEntries(ids.map((id) => [id, { status: '未完成' as const, progress: '' }])),
    });
    const ws = {
      catalog,
      units: indexUnits(null),
      assignments: [
        { file: 'assignments/fagui.yaml', value: value('fagui', ['30']) },
        { file: 'assignments/bangongshi.yaml', value: value('bangongshi', ['48']) },
      ],
    };
    const commits = [
      { id: 'c3', time: time('2026-11-10'), paths: ['evidence/047/1-会议记录.pdf'] },
      { id: 'c2', time: time('2026-10-01'), paths: ['assignments/fagui.yaml'] },
      { id: 'c1', time: time('2026-09-01'), paths: ['evidence/030/1-x.pdf', 'assignments/bangongshi.yaml'] },
    ];
    expect(Object.fromEntries(lastChanges(ws, commits, new Set()))).toEqual({ bangongshi: '2026-11-10', fagui: '2026-10-01' });
    expect(Object.fromEntries(lastChanges(ws, commits, new Set(['c3', 'c2'])))).toEqual({ fagui: '2026-09-01', bangongshi: '2026-09-01' });
  });

  it('calls a unit stalled only with work outstanding and nothing new since the previous due date', () => {
    const at = (covered: number, ledgerDone: number) => ({ covered, required: 5, ledgerDone, complete: 0 });
    expect(progressOf(at(2, 1), at(2, 1), true)).toEqual({ progress: { covered: 0, ledgerDone: 0 }, stalled: true });
    expect(progressOf(at(2, 2), at(2, 1), true).stalled).toBe(false);
    expect(progressOf(at(3, 1), at(2, 1), true).stalled).toBe(false);
    expect(progressOf(at(5, 1), at(5, 1), false).stalled).toBe(false);
    expect(progressOf(at(2, 1), undefined, true)).toEqual({ progress: null, stalled: null });
  });
});
