import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_CODES, EMITTED_BY } from '../../src/diagnostics/codes.js';
import { REPO } from '../helpers/cli.js';

describe('the table of codes by emitting file', () => {
  it('names, for every code, a file that emits it', () => {
    expect(Object.values(EMITTED_BY).flat().sort()).toEqual([...ALL_CODES].sort());
    for (const [file, codes] of Object.entries(EMITTED_BY)) {
      const text = fs.readFileSync(path.join(REPO, 'src', file), 'utf8');
      for (const code of codes) expect(text, `${code} in src/${file}`).toContain(`'${code}'`);
    }
  });
});
