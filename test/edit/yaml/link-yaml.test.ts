import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { linkRefusal } from '../../../src/edit/add/plan-link.js';
import { appendNewsLink } from '../../../src/edit/yaml/link-yaml.js';
import type { FolderExceptions } from '../../../src/model/evidence-tree.js';

const LINK = { url: 'https://www.xuchang.gov.cn/news/1.html', title: '我市开展双随机抽查', date: '2026-05-12', source: '许昌日报' };

describe('appendNewsLink: a news link into index.yaml, keeping what is there', () => {
  it('starts a new file with its header comment', () => {
    const text = appendNewsLink(null, 2, LINK, '指标 9 的材料例外');
    expect(text.startsWith('# 指标 9 的材料例外\n')).toBe(true);
    expect(parse(text)).toEqual({ materials: { 2: { links: [LINK] } } });
  });

  it('appends to existing links; comments, key order, other materials and the review stay', () => {
    const before = [
      '# 我们自己的说明',
      'materials:',
      '  3:',
      '    not_applicable: 本地区无此事项 # 经领导同意',
      '  1:',
      '    review: {verdict: 通过, by: 张三, date: 2026-06-01, files: {}}',
      '    links:',
      '      - {url: "http://a.example/x", title: 旧报道, date: 2026-04-01}',
      '',
    ].join('\n');
    const text = appendNewsLink(before, 1, { url: 'https://b.example/y', title: '新报道', date: '2026-05-01' }, 'unused');
    expect(text).toContain('# 我们自己的说明');
    expect(text).toContain('not_applicable: 本地区无此事项 # 经领导同意');
    const doc = parse(text) as { materials: Record<string, { links?: unknown[]; review?: unknown }> };
    expect(Object.keys(doc.materials)).toEqual(['1', '3']);
    expect(text.indexOf('  3:')).toBeLessThan(text.indexOf('  1:'));
    expect(doc.materials['1']!.links).toEqual([
      { url: 'http://a.example/x', title: '旧报道', date: '2026-04-01' },
      { url: 'https://b.example/y', title: '新报道', date: '2026-05-01' },
    ]);
    expect(doc.materials['1']!.review).toMatchObject({ verdict: '通过' });
    // a new material goes in numeric order
    const two = appendNewsLink(text, 2, LINK, 'unused');
    expect(Object.keys((parse(two) as { materials: object }).materials)).toEqual(['1', '2', '3']);
  });
});

describe('linkRefusal', () => {
  const exceptions = new Map<string, FolderExceptions>([
    [
      '009-双随机',
      {
        file: 'evidence/009-双随机/index.yaml',
        byMaterial: new Map([[1, { links: [{ url: 'https://WWW.xuchang.gov.cn/news/1.html#top', title: 'x', date: '2026-01-01' }] }]]),
      },
    ],
  ]);
  it('refuses what is not an http(s) address', () => {
    expect(linkRefusal(exceptions, { owner: '9', material: 2 }, { ...LINK, url: 'file:///C:/x.html' })).toMatchObject({
      key: 'add.link.scheme',
      args: { scheme: 'file' },
    });
    expect(linkRefusal(exceptions, { owner: '9', material: 2 }, { ...LINK, url: 'javascript:alert(1)' })).toMatchObject({
      key: 'add.link.scheme',
    });
    expect(linkRefusal(exceptions, { owner: '9', material: 2 }, { ...LINK, url: 'www.example.com/x' })).toMatchObject({
      key: 'add.link.syntax',
    });
  });
  it('refuses an address already recorded anywhere (spelt differently too), naming where', () => {
    expect(linkRefusal(exceptions, { owner: '10', material: 1 }, LINK)).toEqual({
      key: 'add.link.duplicate',
      args: { url: LINK.url, other: '9/1', here: 0 },
    });
    expect(linkRefusal(exceptions, { owner: '9', material: 1 }, LINK)).toMatchObject({ args: { here: 1 } });
    expect(linkRefusal(exceptions, { owner: '9', material: 1 }, { ...LINK, url: 'https://www.xuchang.gov.cn/news/2.html' })).toBeNull();
  });
});
