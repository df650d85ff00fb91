import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_CODES } from '../../src/diagnostics/codes.js';
import { DIAGNOSTIC_MESSAGES } from '../../src/i18n/diagnostic-messages.js';
import { REPO } from '../helpers/cli.js';

/** The codes a page documents: one `### \`code\`` heading per code (docs/开发.md says how to add one). */
function documentedCodes(page: string): string[] {
  const text = fs.readFileSync(path.join(REPO, page), 'utf8');
  return [...text.matchAll(/^### `([^`]+)`\s*$/gm)].map((m) => m[1]!);
}

describe.each(['docs/诊断代码.md', 'docs/en/diagnostic-codes.md'])('%s', (page) => {
  const documented = documentedCodes(page);
  it('has a section for every diagnostic code', () => {
    for (const code of ALL_CODES) expect(documented, code).toContain(code);
  });
  it('documents no code that does not exist, and none twice', () => {
    const known = new Set<string>(ALL_CODES);
    expect(documented.filter((c) => !known.has(c))).toEqual([]);
    expect(documented.length).toBe(new Set(documented).size);
  });
});

describe('README', () => {
  const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
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
      expect(m.zh({} as never, 'zh')).not.toEqual(m.en({} as never, 'en'));
    }
  });
});
