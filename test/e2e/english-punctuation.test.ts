import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ledger, REPO, tempDir } from '../helpers/cli.js';

/** Every name and YAML text of a workspace: user data, which may hold Chinese punctuation of its own. */
function userData(ws: string): string {
  let data = '';
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, e.name);
      data += `${e.name}\n`;
      if (e.isDirectory()) walk(abs);
      else if (/\.ya?ml$/.test(e.name)) data += fs.readFileSync(abs, 'utf8');
    }
  };
  walk(ws);
  return data;
}

/**
 * The words of the output holding `、`, `，` or `：` that are not user data: not a file name (the
 * naming examples `1、3-x.pdf` are names) and not found in the workspace's own files (an indicator's
 * text, cut with `…` or not, a unit's name).
 */
function chinesePunctuationOutsideData(out: string, data: string): string[] {
  return out
    .split(/[\s()"]+/)
    .filter((word) => /[、，：]/.test(word))
    .filter((word) => {
      const core = word.replace(/^[[“]+/, '').replace(/[,.;:…”\]]+$/, '');
      return !/\.(pdf|jpe?g|png|ya?ml)$/i.test(core) && !data.includes(core);
    });
}

describe('check --lang en punctuates lists in English', () => {
  it('prints no 、，： outside user data on the example workspace, plain and --verbose', async () => {
    const ws = path.join(tempDir('ledger-en-'), 'ws');
    fs.cpSync(path.join(REPO, 'examples', 'workspace'), ws, { recursive: true });
    const data = userData(ws);
    const plain = await ledger(['check', '--workspace', ws, '--lang', 'en']);
    const verbose = await ledger(['check', '--workspace', ws, '--lang', 'en', '--verbose']);
    // Lists the core used to join with 、 are there, joined with ", " (units of a material, of an indicator).
    expect(verbose.stdout).toMatch(/responsible: [^)]*, /);
    expect(chinesePunctuationOutsideData(plain.stdout, data)).toEqual([]);
    expect(chinesePunctuationOutsideData(verbose.stdout, data)).toEqual([]);
  });
});
