import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { walkTree } from '../../src/util/walk-tree.js';
import { tempDir } from '../helpers/cli.js';

function tree(files: string[]): string {
  const dir = tempDir('walk-');
  for (const f of files) {
    fs.mkdirSync(path.join(dir, path.dirname(f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), 'x');
  }
  return dir;
}

describe('walkTree', () => {
  it('an entry removed between listing and stat is left out; the walk goes on', () => {
    const dir = tree(['a.txt', 'b/c.txt', 'd.txt']);
    const seen: string[] = [];
    const ok = walkTree(dir, (abs, rel) => {
      seen.push(rel);
      // Listed already: b/ and d.txt vanish while the walk is under way.
      if (rel === 'a.txt') {
        fs.rmSync(path.join(dir, 'b'), { recursive: true });
        fs.rmSync(path.join(dir, 'd.txt'));
      }
    });
    expect(ok).toBe(true);
    expect(seen).toEqual(['a.txt']);
  });

  it('a folder removed after its stat is entered without an error', () => {
    const dir = tree(['b/c.txt', 'e.txt']);
    const seen: string[] = [];
    walkTree(dir, (abs, rel) => {
      seen.push(rel);
      if (rel === 'b') fs.rmSync(abs, { recursive: true });
    });
    expect(seen).toEqual(['b', 'e.txt']);
  });

  it('does not list a folder that is a link, and never enters a link below', () => {
    const outside = tree(['secret.txt']);
    const dir = tree(['a.txt']);
    fs.symlinkSync(outside, path.join(dir, 'link'));
    const seen: string[] = [];
    walkTree(dir, (_abs, rel, st) => seen.push(`${rel}:${st.isSymbolicLink() ? 'l' : 'f'}`));
    expect(seen).toEqual(['a.txt:f', 'link:l']);
    expect(walkTree(path.join(dir, 'link'), () => seen.push('entered'))).toBe(false);
    expect(seen).not.toContain('entered');
  });

  it('names that are not UTF-8 are visited, decoded as GB18030, with their bytes', () => {
    const dir = tree([]);
    const gbk = Buffer.from([0xbb, 0xfa, 0xc3, 0xdc]); // 机密
    fs.mkdirSync(Buffer.concat([Buffer.from(`${dir}/`), gbk]));
    fs.writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), gbk, Buffer.from('/1-x.pdf')]), 'x');
    const seen: [string, boolean, boolean][] = [];
    walkTree(dir, (_abs, rel, _st, e) => {
      seen.push([rel, e.nameNotUtf8, e.pathNotUtf8]);
      expect(fs.existsSync(e.raw)).toBe(true);
    });
    expect(seen).toEqual([
      ['机密', true, true],
      ['机密/1-x.pdf', false, true],
    ]);
  });
});

describe('walkTree: what cannot be read is told, not skipped', () => {
  // Injected at the boundary: as root no permission bit stops a read, and EIO cannot be made on demand.
  for (const code of ['EACCES', 'EPERM', 'EIO']) {
    it(`a subfolder whose listing fails with ${code} is told to onUnreadable; the walk goes on`, () => {
      const dir = tree(['a/x.txt', 'b/y.txt']);
      const real = fs.readdirSync;
      const spy = vi.spyOn(fs, 'readdirSync').mockImplementation(((p: fs.PathLike, o?: unknown) => {
        if (String(p).endsWith(`${path.sep}a`)) throw Object.assign(new Error(code), { code });
        return (real as (p: fs.PathLike, o?: unknown) => unknown)(p, o);
      }) as typeof fs.readdirSync);
      const told: string[] = [];
      const seen: string[] = [];
      try {
        walkTree(dir, (_abs, rel) => seen.push(rel), undefined, {
          onUnreadable: (_abs, rel, c, folder) => told.push(`${rel}:${c}:${folder}`),
        });
      } finally {
        spy.mockRestore();
      }
      expect(told).toEqual([`a:${code}:true`]);
      expect(seen).toEqual(['a', 'b', 'b/y.txt']);
    });
  }
});
