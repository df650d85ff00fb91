import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GITIGNORE } from '../../src/edit/init/ci-templates.js';
import { applyWrites, WriteRefused, writeFileAtomic, writeFileIfAbsent } from '../../src/util/atomic-write.js';
import { tempDir } from '../helpers/cli.js';

describe('atomic writes leave no temporary file behind when they fail', () => {
  it('writeFileAtomic onto a folder fails and cleans up', () => {
    const dir = tempDir('atomic-');
    fs.mkdirSync(path.join(dir, 'target.json'));
    expect(() => writeFileAtomic(path.join(dir, 'target.json'), '{}')).toThrow();
    expect(fs.readdirSync(dir)).toEqual(['target.json']);
  });

  it('writeFileIfAbsent under a file (the folder cannot exist) fails and cleans up', () => {
    const dir = tempDir('atomic-');
    fs.writeFileSync(path.join(dir, 'blocker'), 'x');
    expect(() => writeFileIfAbsent(path.join(dir, 'blocker', 'a.txt'), 'x')).toThrow();
    expect(fs.readdirSync(dir)).toEqual(['blocker']);
  });

  it('writeFileIfAbsent never replaces what is there, a link included, and leaves no temp file', () => {
    const dir = tempDir('atomic-');
    fs.symlinkSync('/nonexistent-target', path.join(dir, 'a.txt'));
    expect(writeFileIfAbsent(path.join(dir, 'a.txt'), 'x')).toBe(false);
    expect(fs.readdirSync(dir)).toEqual(['a.txt']);
    expect(fs.readlinkSync(path.join(dir, 'a.txt'))).toBe('/nonexistent-target');
  });

  it('the .gitignore of a new workspace ignores the temporary files', () => {
    expect(GITIGNORE.split('\n')).toContain('.*.tmp');
  });
});

describe('a target another writer is writing is refused, not overwritten', () => {
  it('refuses while the lock beside the file is held, and takes over a lock left by a dead process', () => {
    const dir = tempDir('atomic-');
    const file = path.join(dir, 'index.yaml');
    fs.writeFileSync(file, 'a\n');
    const lock = path.join(dir, '.index.yaml.ledger-lock.tmp');
    fs.writeFileSync(lock, '');
    expect(() => applyWrites([{ file, data: 'b\n', before: { text: 'a\n' } }])).toThrow(WriteRefused);
    expect(fs.readFileSync(file, 'utf8')).toBe('a\n');
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(lock, old, old);
    applyWrites([{ file, data: 'b\n', before: { text: 'a\n' } }]);
    expect(fs.readFileSync(file, 'utf8')).toBe('b\n');
    expect(fs.readdirSync(dir)).toEqual(['index.yaml']);
  });
});
