import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/cli.js';

/** README.md and every page under docs/, as paths relative to the repository. */
function pages(): string[] {
  const out = ['README.md'];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(path.join(REPO, dir), { withFileTypes: true })) {
      const rel = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(rel);
      else if (e.name.endsWith('.md')) out.push(rel);
    }
  };
  walk('docs');
  return out.sort();
}

/** The text a reader sees as prose: fenced blocks and inline code hold examples, not links. */
const prose = (text: string): string => text.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');

/** The targets of the inline links `[text](target)` of a page. */
const links = (text: string): string[] => [...prose(text).matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading: string): string =>
  heading
    .replace(/`/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

const anchors = (file: string): string[] => [...prose(fs.readFileSync(file, 'utf8')).matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1]!));

describe('links in the manual', () => {
  const all = pages();

  it('finds the manual: README.md, the Chinese pages and the English ones', () => {
    expect(all).toContain('docs/README.md');
    expect(all).toContain('docs/诊断代码.md');
    expect(all).toContain('docs/en/README.md');
  });

  it.each(all)('%s: every relative link points at a file (and heading) that exists', (page) => {
    const text = fs.readFileSync(path.join(REPO, page), 'utf8');
    const broken: string[] = [];
    for (const target of links(text)) {
      if (/^[a-z]+:/i.test(target)) continue; // https:, mailto:: not ours to check offline
      const [file, anchor] = target.split('#') as [string, string | undefined];
      const resolved = file === '' ? path.join(REPO, page) : path.resolve(path.dirname(path.join(REPO, page)), decodeURI(file));
      if (!resolved.startsWith(REPO + path.sep) || !fs.existsSync(resolved)) broken.push(target);
      else if (anchor && resolved.endsWith('.md') && !anchors(resolved).includes(decodeURI(anchor))) broken.push(target);
    }
    expect(broken).toEqual([]);
  });

  it('the link finder sees links and skips code', () => {
    expect(links('see [工作区](docs/工作区.md#整改问题清单problemsyaml) and `[x](y.md)`')).toEqual([
      'docs/工作区.md#整改问题清单problemsyaml',
    ]);
    expect(slug('整改问题清单：problems.yaml')).toBe('整改问题清单problemsyaml');
    expect(slug('Documenting a new diagnostic code')).toBe('documenting-a-new-diagnostic-code');
  });

  it('every page is listed in the index of its folder (docs/README.md, docs/en/README.md)', () => {
    const unlisted = all.filter((page) => {
      if (!page.startsWith('docs/') || path.posix.basename(page) === 'README.md') return false;
      const dir = path.posix.dirname(page);
      const index = links(fs.readFileSync(path.join(REPO, dir, 'README.md'), 'utf8'));
      return !index.some((t) => path.posix.join(dir, decodeURI(t.split('#')[0]!)) === page);
    });
    expect(unlisted).toEqual([]);
  });
});
