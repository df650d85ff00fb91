import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDiskCache } from '../../src/util/disk-cache.js';
import { tempDir } from '../helpers/cli.js';

const hasGit = spawnSync('git', ['--version']).status === 0;

describe('createDiskCache: one cache file under .ledger-cache/', () => {
  it('reads back what it wrote; an unreadable file is no cache', () => {
    const root = tempDir('cache-');
    const cache = createDiskCache(root, 'runs');
    expect(cache.read()).toBeUndefined();
    cache.write({ a: 1 });
    expect(createDiskCache(root, 'runs').read()).toEqual({ a: 1 });
    fs.writeFileSync(path.join(root, '.ledger-cache/runs.json'), '{half');
    expect(createDiskCache(root, 'runs').read()).toBeUndefined();
  });

  it('never through a link standing where the folder should be', () => {
    const root = tempDir('cache-');
    const elsewhere = tempDir('cache-target-');
    fs.symlinkSync(elsewhere, path.join(root, '.ledger-cache'));
    createDiskCache(root, 'runs').write({ a: 1 });
    expect(fs.readdirSync(elsewhere)).toEqual([]);
  });

  it.skipIf(!hasGit)('a cache file git tracks came with the repository: neither read nor written', () => {
    const root = tempDir('cache-');
    const sub = path.join(root, 'ws');
    fs.mkdirSync(path.join(sub, '.ledger-cache'), { recursive: true });
    const file = path.join(sub, '.ledger-cache/inspect.json');
    fs.writeFileSync(file, '{"planted":true}');
    expect(spawnSync('git', ['init', '-q'], { cwd: root }).status).toBe(0);
    expect(spawnSync('git', ['add', '-f', 'ws/.ledger-cache/inspect.json'], { cwd: root }).status).toBe(0);
    const cache = createDiskCache(sub, 'inspect');
    expect(cache.read()).toBeUndefined();
    cache.write({ mine: true });
    expect(fs.readFileSync(file, 'utf8')).toBe('{"planted":true}');
    // Untracked, the same file is an ordinary cache.
    expect(createDiskCache(sub, 'runs').read()).toBeUndefined();
    expect(spawnSync('git', ['rm', '-q', '--cached', 'ws/.ledger-cache/inspect.json'], { cwd: root }).status).toBe(0);
    expect(createDiskCache(sub, 'inspect').read()).toEqual({ planted: true });
  });
});
