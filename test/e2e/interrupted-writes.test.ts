import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { JOURNAL_NAME } from '../../src/util/atomic-write.js';
import { walkTree } from '../../src/util/walk-tree.js';
import { ledger, makeWorkspace, REPO } from '../helpers/cli.js';

/**
 * A set of writes (three assignments files replaced and one created, as an import or `init`
 * writes them) is run in a node child through the CLI's own `writePlan` (dist/: npm test builds
 * it), stopped before its N-th rename by the test-only hook LEDGER_TEST_PAUSE_AT_RENAME, and sent
 * SIGINT or SIGKILL there. Afterwards every file is all old or all new, and once the next
 * `ledger check` has run no temporary file and no journal is left.
 */

const APPLY = pathToFileURL(path.join(REPO, 'dist', 'cli', 'apply-writes.js')).href;
const CHILD = `
const { writePlan, Interrupted } = await import(${JSON.stringify(APPLY)});
const [root, json] = process.argv.slice(1);
const ctx = { io: { env: process.env, out: () => {}, err: (s) => process.stderr.write(s) }, lang: 'zh', workspace: root };
try {
  await writePlan(ctx, JSON.parse(json), root);
} catch (e) {
  process.exit(e instanceof Interrupted ? 130 : 2);
}`;

const FILES = ['fagui.yaml', 'bangongshi.yaml', 'zhifa-jicha.yaml', 'new-unit.yaml'];
let ws: string;
let before: Map<string, string | null>;

const snapshot = (): Map<string, string | null> =>
  new Map(
    FILES.map((f) => [f, fs.existsSync(path.join(ws, 'assignments', f)) ? fs.readFileSync(path.join(ws, 'assignments', f), 'utf8') : null]),
  );

beforeAll(() => {
  ws = makeWorkspace();
  before = snapshot();
  expect(before.get('new-unit.yaml')).toBeNull();
});

/** The set: replace the three files the plan read, create the fourth. */
function writes(): unknown[] {
  return FILES.map((f) => {
    const file = path.join(ws, 'assignments', f);
    const old = before.get(f)!;
    return { file, data: `${old ?? ''}# new ${f}\n`, before: old === null ? { absent: true } : { text: old } };
  });
}

function runStoppedAt(at: number, signal: 'SIGINT' | 'SIGKILL'): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, LEDGER_TEST_PAUSE_AT_RENAME: String(at) };
    const child = spawn(process.execPath, ['--input-type=module', '-e', CHILD, ws, JSON.stringify(writes())], { env });
    let stderr = '';
    let sent = false;
    child.stderr.setEncoding('utf8').on('data', (s: string) => {
      stderr += s;
      if (sent || !stderr.includes(`LEDGER_TEST_PAUSED ${at}`)) return;
      sent = true;
      child.kill(signal);
      // SIGINT is held until the set is whole: let the writer go on.
      child.stdin.end();
    });
    child.on('error', reject);
    child.on('close', (code, sig) => resolve({ code, signal: sig, stderr }));
  });
}

function leftovers(): string[] {
  const out: string[] = [];
  walkTree(ws, (_abs, rel) => {
    if (rel.endsWith('.tmp')) out.push(rel);
  });
  return out;
}

describe.sequential('a set of writes interrupted at any rename is never half applied', () => {
  for (let at = 1; at <= FILES.length; at++) {
    it(`SIGKILL before rename ${at} of ${FILES.length}: the next check rolls the set back first and says so`, async () => {
      const r = await runStoppedAt(at, 'SIGKILL');
      expect(r.signal).toBe('SIGKILL');
      expect(fs.existsSync(path.join(ws, JOURNAL_NAME))).toBe(true);
      const check = await ledger(['check'], { cwd: ws });
      expect(check.stderr.split('\n').filter((l) => l.startsWith('上次的写入被中断，已撤销：4 个文件'))).toHaveLength(1);
      expect(snapshot()).toEqual(before);
      expect(leftovers()).toEqual([]);
      expect(fs.existsSync(path.join(ws, JOURNAL_NAME))).toBe(false);
    });

    it(`SIGINT before rename ${at} of ${FILES.length}: the set is finished first, then exit 130`, async () => {
      const r = await runStoppedAt(at, 'SIGINT');
      expect(r.code).toBe(130);
      const after = snapshot();
      for (const f of FILES) expect(after.get(f)).toBe(`${before.get(f) ?? ''}# new ${f}\n`);
      expect(leftovers()).toEqual([]);
      expect(fs.existsSync(path.join(ws, JOURNAL_NAME))).toBe(false);
      for (const [f, text] of before) {
        const file = path.join(ws, 'assignments', f);
        if (text === null) fs.rmSync(file);
        else fs.writeFileSync(file, text);
      }
    });
  }

  it('English: one line says what was done', async () => {
    await runStoppedAt(2, 'SIGKILL');
    const check = await ledger(['check', '--lang', 'en'], { cwd: ws });
    expect(check.stderr).toContain('An interrupted set of writes was rolled back: 4 file(s) hold their previous content again');
    expect(snapshot()).toEqual(before);
  });
});
