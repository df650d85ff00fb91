import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { BIN, ledger, ledgerBinaryAsync, makeWorkspace, TODAY } from '../helpers/cli.js';

/**
 * Five `ledger review` processes at once on one indicator's index.yaml (the binary, dist/: run
 * `npm run build` first, as `npm test` does). Each reads the file, adds its verdict and writes:
 * a write that finds the file changed since its read reads it again, so every verdict is kept.
 */
describe('concurrent ledger review on one indicator', () => {
  it('records every verdict of five processes started together, or tells the one that could not', async () => {
    const ws = makeWorkspace();
    // The file exists: a file both would create is already safe (the second creation fails and reads again).
    fs.writeFileSync(path.join(ws, 'evidence/003/index.yaml'), 'materials:\n  "5":\n    not_applicable: 本地无此项\n');
    const runs = await Promise.all(
      [1, 2, 3, 4, 5].map((n) =>
        ledgerBinaryAsync(['review', `3/${n}`, '--return', `理由${n}`, '--by', `专家${n}`, '--date', '2026-11-20'], { cwd: ws }),
      ),
    );
    const index = parse(fs.readFileSync(path.join(ws, 'evidence/003/index.yaml'), 'utf8')) as {
      materials: Record<string, { review?: { note?: string; by: string } }>;
    };
    const recorded = runs.flatMap((r, i) => (r.code === 0 ? [i + 1] : []));
    for (const [i, r] of runs.entries()) {
      // A run that did not record says so, in its own words; none fails silently or with a stack trace.
      if (r.code !== 0) expect(r.stderr, `run ${i + 1}`).toContain('均未记录');
      else expect(r.stdout, `run ${i + 1}`).toContain('理由');
      expect(r.stderr).not.toMatch(/内部错误|at .*\.js:\d+/);
    }
    expect(recorded.length).toBeGreaterThan(0);
    for (const n of recorded) expect(index.materials[String(n)]?.review).toMatchObject({ note: `理由${n}`, by: `专家${n}` });
    expect(recorded).toEqual([1, 2, 3, 4, 5]);
    expect(fs.readdirSync(path.join(ws, 'evidence/003')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a review that writes while another is between its read and its rename waits for it or is told: never lost', async () => {
    const ws = makeWorkspace();
    fs.writeFileSync(path.join(ws, 'evidence/003/index.yaml'), 'materials:\n  "5":\n    not_applicable: 本地无此项\n');
    // The first run stops just before its rename (the writer's test hook), having compared the file with its read.
    const env = { ...process.env, NO_COLOR: '1', LEDGER_TODAY: TODAY, LEDGER_TEST_PAUSE_AT_RENAME: '1' };
    const first = spawn(process.execPath, [BIN, 'review', '3/1', '--return', '理由1', '--by', '专家1'], { cwd: ws, env });
    let err = '';
    const paused = new Promise<void>((resolve) =>
      first.stderr.setEncoding('utf8').on('data', (s: string) => {
        err += s;
        if (err.includes('LEDGER_TEST_PAUSED 1')) resolve();
      }),
    );
    const done = new Promise<number | null>((resolve) => first.on('close', resolve));
    await paused;
    // Meanwhile a second review of the same index.yaml: without a lock it would pass the same
    // comparison, write, and then be overwritten by the first one's rename.
    const second = await ledger(['review', '3/2', '--return', '理由2', '--by', '专家2'], { cwd: ws });
    first.stdin.end();
    expect(await done).toBe(0);
    const index = parse(fs.readFileSync(path.join(ws, 'evidence/003/index.yaml'), 'utf8')) as {
      materials: Record<string, { review?: { note?: string } }>;
    };
    expect(index.materials['1']?.review?.note).toBe('理由1');
    if (second.code === 0) expect(index.materials['2']?.review?.note).toBe('理由2');
    else expect(second.stderr).toContain('其他程序');
    expect(second.stderr).not.toContain('内部错误');
  });
});
