import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextSafely } from '../../src/util/read-safely.js';
import { tempDir } from '../helpers/cli.js';

describe('readTextSafely', () => {
  const dir = tempDir('read-');
  const file = (name: string, data: string | Buffer): string => {
    const abs = path.join(dir, name);
    fs.writeFileSync(abs, data);
    return abs;
  };

  it('reads UTF-8 text (a BOM dropped)', () => {
    expect(readTextSafely(file('a.yaml', '\ufeffunit: 法规科\n'), 100)).toEqual({ text: 'unit: 法规科\n' });
  });

  it('refuses a link without following it', () => {
    const link = path.join(dir, 'link.yaml');
    fs.symlinkSync('/etc/hostname', link);
    expect(readTextSafely(link, 100)).toEqual({ problem: 'symlink', target: '/etc/hostname' });
  });

  it('refuses a FIFO without opening it, a device and a folder', () => {
    const fifo = path.join(dir, 'pipe.yaml');
    execFileSync('mkfifo', [fifo]);
    expect(readTextSafely(fifo, 100)).toEqual({ problem: 'not-regular', kind: 'fifo' });
    expect(readTextSafely('/dev/zero', 100)).toEqual({ problem: 'not-regular', kind: 'device' });
    expect(readTextSafely(dir, 100)).toEqual({ problem: 'not-regular', kind: 'directory' });
  });

  it('reads at most the cap', () => {
    expect(readTextSafely(file('big.yaml', 'x'.repeat(101)), 100)).toEqual({ problem: 'too-large', size: 101, limit: 100 });
    expect(readTextSafely(file('fits.yaml', 'x'.repeat(100)), 100)).toEqual({ text: 'x'.repeat(100) });
  });

  it('refuses bytes that are not UTF-8 (GBK)', () => {
    expect(readTextSafely(file('gbk.yaml', Buffer.from([0x61, 0x3a, 0x20, 0xbb, 0xfa, 0xc3, 0xdc])), 100)).toEqual({ problem: 'not-utf8' });
  });

  it('a missing file is missing', () => {
    expect(readTextSafely(path.join(dir, 'none.yaml'), 100)).toEqual({ problem: 'missing' });
  });
});
