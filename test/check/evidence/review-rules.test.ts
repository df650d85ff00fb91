import { describe, expect, it } from 'vitest';
import { checkEvidence } from '../../../src/check/evidence/check-evidence.js';
import { filesNamedInReviews } from '../../../src/check/evidence/evidence-files.js';
import { isReviewablePath } from '../../../src/check/evidence/review-rules.js';
import type { MaterialReview } from '../../../src/model/schemas/evidence-index.js';
import { evidenceFile, evidenceTree, inspected, memoryWorkspace } from '../../helpers/memory-workspace.js';

const H = (c: string): string => c.repeat(64);
const review = (verdict: '通过' | '退回', files: Record<string, string>, note?: string): MaterialReview => ({
  verdict,
  by: '张三',
  date: '2026-11-01',
  files,
  ...(note ? { note } : {}),
});

describe('the 初评 review in the coverage computation (pure)', () => {
  const ws = memoryWorkspace([{ unit: 'fagui', indicators: { '30': '未完成' } }]);
  const files = [evidenceFile('evidence/030/1-制度.pdf'), evidenceFile('evidence/030/2-目录.pdf')];

  it('a returned material keeps what evidences it but does not count; a passed one with the same hashes is clean', () => {
    const tree = evidenceTree(files, {
      '030': new Map([
        [1, { review: review('退回', { 'evidence/030/1-制度.pdf': H('a') }, '缺少盖章页') }],
        [2, { review: review('通过', { 'evidence/030/2-目录.pdf': H('b') }) }],
      ]),
    });
    const r = checkEvidence(ws, tree, inspected(files, {}, { 'evidence/030/1-制度.pdf': H('a'), 'evidence/030/2-目录.pdf': H('b') }));
    const [m1, m2] = r.coverage.get('30')!.materials;
    expect(m1).toMatchObject({ covered: false, by: 'file', review: { verdict: '退回', note: '缺少盖章页', stale: false, changed: [] } });
    expect(m2).toMatchObject({ covered: true, by: 'file', review: { verdict: '通过', stale: false, changed: [] } });
    expect(r.coverage.get('30')!.complete).toBe(false);
    const codes = r.diagnostics.filter((d) => d.indicator === '30').map((d) => [d.code, d.material]);
    expect(codes).toEqual([['review-returned', 1]]);
  });

  it('stale when a hash differs, a reviewed file is gone or no longer counts, or a file was added', () => {
    const more = [...files, evidenceFile('evidence/030/2-补充.pdf')];
    const tree = evidenceTree(more, {
      '030': new Map([
        [1, { review: review('通过', { 'evidence/030/1-制度.pdf': H('a'), 'evidence/030/1-旧.pdf': H('c') }) }],
        [2, { review: review('通过', { 'evidence/030/2-目录.pdf': H('b') }) }],
      ]),
    });
    const hashes = { 'evidence/030/1-制度.pdf': H('d'), 'evidence/030/2-目录.pdf': H('b'), 'evidence/030/2-补充.pdf': H('e') };
    const r = checkEvidence(ws, tree, inspected(more, {}, hashes));
    const [m1, m2] = r.coverage.get('30')!.materials;
    expect(m1!.review).toMatchObject({ stale: true, changed: ['evidence/030/1-制度.pdf', 'evidence/030/1-旧.pdf'] });
    expect(m2!.review).toMatchObject({ stale: true, changed: ['evidence/030/2-补充.pdf'] });
    expect([m1!.covered, m2!.covered]).toEqual([true, true]);
    const stale = r.diagnostics.filter((d) => d.code === 'review-stale');
    expect(stale.map((d) => [d.severity, d.material])).toEqual([
      ['warning', 1],
      ['warning', 2],
    ]);

    // A file with an error of its own does not count: it is "changed" for the review too.
    const broken = checkEvidence(
      ws,
      evidenceTree(files, { '030': new Map([[2, { review: review('通过', { 'evidence/030/2-目录.pdf': H('b') }) }]]) }),
      inspected(files, { 'evidence/030/2-目录.pdf': { encryption: 'open-password' } }, { 'evidence/030/2-目录.pdf': H('b') }),
    );
    expect(broken.coverage.get('30')!.materials[1]!.review).toMatchObject({ stale: true, changed: ['evidence/030/2-目录.pdf'] });
  });

  it('only files the evidence tree lists are handed to the hashing step: a path outside is a finding, never read', () => {
    const tree = evidenceTree(files, {
      '030': new Map([
        [
          1,
          {
            review: review('通过', {
              'evidence/030/1-制度.pdf': H('a'),
              '/etc/passwd': H('b'),
              'evidence/../ledger.yaml': H('c'),
              'evidence/030/gone.pdf': H('d'),
            }),
          },
        ],
      ]),
    });
    expect(filesNamedInReviews(tree).map((f) => f.rel)).toEqual(['evidence/030/1-制度.pdf']);
    const r = checkEvidence(ws, tree, inspected(files, {}, { 'evidence/030/1-制度.pdf': H('a') }));
    const invalid = r.diagnostics.filter((d) => d.code === 'review-invalid').map((d) => d.args.path);
    expect(invalid).toEqual(['/etc/passwd', 'evidence/../ledger.yaml']);
    expect(r.coverage.get('30')!.materials[0]!.review!.changed).toEqual([
      '/etc/passwd',
      'evidence/../ledger.yaml',
      'evidence/030/gone.pdf',
    ]);
  });

  it('what a review may name', () => {
    expect(isReviewablePath('evidence/009/2-x.pdf')).toBe(true);
    for (const bad of [
      '/evidence/009/x.pdf',
      'C:/x.pdf',
      'evidence\\009\\x.pdf',
      'evidence/./x.pdf',
      'evidence//x',
      'ledger.yaml',
      '../evidence/x',
    ])
      expect(isReviewablePath(bad), bad).toBe(false);
  });
});
