import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const REPO = path.resolve(import.meta.dirname, '..', '..');

it('no line of code is over 160 characters (prettier wraps code at 140; long sentences are split by hand)', () => {
  const files = execFileSync('git', ['ls-files', 'src', 'test', 'scripts', 'bin'], { cwd: REPO, encoding: 'utf8' })
    .split('\n')
    .filter((f) => /\.(ts|mjs|js)$/.test(f) && fs.existsSync(path.join(REPO, f)));
  expect(files.length).toBeGreaterThan(100);
  const long: string[] = [];
  for (const f of files) {
    fs.readFileSync(path.join(REPO, f), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if ([...line].length > 160) long.push(`${f}:${i + 1} (${[...line].length})`);
      });
  }
  expect(long).toEqual([]);
});
