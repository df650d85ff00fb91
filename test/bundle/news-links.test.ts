import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNewsLinks } from '../../src/bundle/plan/news-links.js';
import { tempDir } from '../helpers/cli.js';
import { writeFile } from '../helpers/workspace.js';

describe('news links in index.yaml', () => {
  it('reads the SPEC shape per material and leaves out what cannot be used', () => {
    const dir = tempDir('links-');
    writeFile(
      dir,
      'index.yaml',
      [
        'materials:',
        '  1:',
        '    links:',
        '      - { url: "https://www.xuchang.gov.cn/a", title: 标题一, date: 2024-03-01, source: 许昌日报 }',
        '      - { url: "ftp://x/y", title: 不是网页 }',
        '      - not a mapping',
        '      - { url: "http://b.cn/c" }',
        '  2:',
        '    not_applicable: 不涉及',
        '  x:',
        '    links: [{ url: "https://c.cn" }]',
      ].join('\n'),
    );
    const links = readNewsLinks(path.join(dir, 'index.yaml'));
    expect([...links.keys()]).toEqual([1]);
    expect(links.get(1)).toEqual([
      { url: 'https://www.xuchang.gov.cn/a', title: '标题一', date: '2024-03-01', source: '许昌日报' },
      { url: 'http://b.cn/c', title: '', date: '', source: '' },
    ]);
    expect(readNewsLinks(path.join(dir, 'missing.yaml')).size).toBe(0);
    writeFile(dir, 'broken.yaml', 'materials: [: :');
    expect(readNewsLinks(path.join(dir, 'broken.yaml')).size).toBe(0);
  });
});
