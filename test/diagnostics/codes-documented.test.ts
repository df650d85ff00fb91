import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_CODES } from '../../src/diagnostics/codes.js';
import { DIAGNOSTIC_MESSAGES } from '../../src/i18n/diagnostic-text.js';
import { REPO } from '../helpers/cli.js';

describe('README', () => {
  const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
  it('lists every diagnostic code with what to do', () => {
    for (const code of ALL_CODES) expect(readme, code).toContain(`| \`${code}\` |`);
  });
  it('starts with the two quick-start commands', () => {
    const blocks = [...readme.matchAll(/```sh\n([^\n]+)\n```/g)].map((m) => m[1]);
    expect(blocks.slice(0, 2)).toEqual(['npm ci && node bin/ledger.js check --workspace examples/workspace', 'npm test']);
  });
});

describe('message catalog', () => {
  it('has both languages and a fix for every code', () => {
    for (const code of ALL_CODES) {
      const m = DIAGNOSTIC_MESSAGES[code];
      expect(m.fix.zh && m.fix.en, code).toBeTruthy();
      expect(m.zh({}, 'zh')).not.toEqual(m.en({}, 'en'));
    }
  });
});
