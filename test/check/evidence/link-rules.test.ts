import { describe, expect, it } from 'vitest';
import { linkFindings } from '../../../src/check/evidence/link-rules.js';
import { memoryWorkspace } from '../../helpers/memory-workspace.js';

/*
 * Issue 19: news links were gathered with a copy of the list per link (51,000 links in a 4.9 MB
 * index.yaml: 133 s, 612 MB). 50,000 links in one material: linear work is a fraction of a second,
 * the copying version was billions of element copies and ran past the test's timeout.
 */
describe('linkFindings on a hostile index.yaml', () => {
  it('50,000 links of one material are gathered once each, in order', () => {
    const ws = memoryWorkspace([{ unit: 'fagui', indicators: { '30': '未完成' } }]);
    const links = Array.from({ length: 50_000 }, (_, i) => ({ url: `https://news.example.com/${i}`, title: '报道', date: '2024-05-01' }));
    const exceptions = new Map([['30', { file: 'evidence/030/index.yaml', byMaterial: new Map([[1, { links }]]) }]]);
    const r = linkFindings(ws, exceptions);
    const got = r.valid.get('30')!.get(1)!;
    expect(got.length).toBe(50_000);
    expect(got[49_999]).toBe(links[49_999]);
    expect(r.diagnostics).toEqual([]);
  }, 20_000);
});
