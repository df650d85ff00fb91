import { describe, expect, it } from 'vitest';
import { ledger, makeWorkspace } from '../helpers/cli.js';
import { addPdf, edit, writeFile } from '../helpers/workspace.js';

/*
 * Issue 19: `review` and `assign` printed unit and reviewer names from YAML to the terminal as they
 * were: an OSC 52 sequence (writes the clipboard) or a line break starting a forged `::error::` line
 * reached the terminal or the CI log. They go through the one sanitizer (util/escape-invisible.ts).
 */
const OSC52 = '\u001b]52;c;cm0gLXJmIH4=\u0007';
const acting = (s: string): boolean => s.includes('\u001b') || s.includes('\u0007') || /\n::error::/.test(s);

describe('names from YAML reach the terminal escaped', () => {
  it('review: the previous reviewer’s name with OSC 52 and a forged ::error:: line', async () => {
    const ws = makeWorkspace();
    await addPdf(ws, 'evidence/009/1-双随机.pdf');
    const by = `x${OSC52.replace('\u001b', '\\e').replace('\u0007', '\\a')}\\n::error::forged`;
    writeFile(
      ws,
      'evidence/009/index.yaml',
      `materials:\n  1:\n    review:\n      verdict: 退回\n      by: "${by}"\n      date: 2026-01-01\n      note: n\n      files: {}\n`,
    );
    const r = await ledger(['review', '9/1', '--pass', '--by', '李四'], { cwd: ws });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\\x1b]52;c;');
    expect(acting(r.stdout + r.stderr)).toBe(false);
  });

  it('assign: a unit name with OSC 52 and a forged ::error:: line', async () => {
    const ws = makeWorkspace();
    edit(ws, 'units.yaml', 'name: 法规科', `name: "法规科${OSC52.replace('\u001b', '\\e').replace('\u0007', '\\a')}\\n::error::forged"`);
    const r = await ledger(['assign', '30', '--unit', 'fagui'], { cwd: ws });
    expect(r.stdout + r.stderr).toContain('\\x1b]52;c;');
    expect(acting(r.stdout + r.stderr)).toBe(false);
  });
});
