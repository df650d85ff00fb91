import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, TODAY, ledger, ledgerBinaryAsync, makeWorkspace, tempDir } from '../helpers/cli.js';
import { writeFile } from '../helpers/workspace.js';

/**
 * The only tests that start the real binary (`bin/ledger.js`, which loads `dist/`: run
 * `npm run build` first). Everything a real process adds lies here: exit codes, colour from the
 * environment, output on a real pipe, --help. Every other test runs the CLI in-process.
 */

const STACK = /\n\s+at /;
const NODE_COLOR_WARNING = new RegExp(
  String.raw`^\(node:\d+\) Warning: The 'NO_COLOR' env is ignored due to the 'FORCE_COLOR' env being set\.\n` +
    String.raw`\(Use \`node --trace-warnings \.\.\.\` to show where the warning was created\)\n`,
);

/** A fresh workspace with one finding in indicator 9: `check --indicator 9` exits 1. */
function wsWithFinding(): string {
  const ws = makeWorkspace();
  writeFile(ws, 'evidence/009/2-a,b.pdf', 'not a pdf');
  return ws;
}

// Each test spawns one process; they overlap so start-up is not paid one after another.
describe.concurrent('the built binary', () => {
  it('exit 0 for a clean selection; --format junit is a valid report without failures', async () => {
    const r = await ledgerBinaryAsync(['check', '--workspace', wsWithFinding(), '--indicator', '73', '--format', 'junit']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="ledger" tests="1" failures="0">\n/);
    expect(r.stdout).toContain('<testcase classname="ledger.check" name="指标 73 ');
    expect(r.stdout).not.toContain('<failure');
    expect(r.stdout.trimEnd()).toMatch(/<\/testsuites>$/);
  });

  it('exit 1 for findings; --format text, no colour with NO_COLOR even when FORCE_COLOR is set', async () => {
    const r = await ledgerBinaryAsync(['check', '--workspace', wsWithFinding(), '--indicator', '9'], {
      env: { NO_COLOR: '1', FORCE_COLOR: '1' },
    });
    // Node 24 itself warns that NO_COLOR is ignored for its own output when both are set; ledger adds nothing.
    expect(r.stderr.replace(NODE_COLOR_WARNING, '')).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^共 1 项指标：/);
    expect(r.stdout).toContain('evidence/009/2-a,b.pdf');
    expect(r.stdout).toContain('[file-not-pdf]');
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });

  it('FORCE_COLOR colours text output on a pipe', async () => {
    const r = await ledgerBinaryAsync(['check', '--workspace', wsWithFinding(), '--indicator', '9'], {
      env: { NO_COLOR: '', FORCE_COLOR: '1' },
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/\x1b\[31m/); // errors in red
    expect(r.stdout).toMatch(/\x1b\[1mevidence\/009\/2-a,b\.pdf\x1b\[22m/);
  });

  it('exit 2 when it cannot run, with a message and no stack trace', async () => {
    const r = await ledgerBinaryAsync(['check', '--workspace', '/nonexistent-folder']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('ledger init');
    expect(r.stderr).not.toMatch(STACK);
  });

  it('--format json: one parseable report', async () => {
    const r = await ledgerBinaryAsync(['check', '--workspace', wsWithFinding(), '--indicator', '9', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as {
      summary: { indicators: number; errors: number };
      diagnostics: { code: string; file: string | null }[];
    };
    expect(report.summary).toMatchObject({ indicators: 1, errors: 3 });
    expect(report.diagnostics.map((d) => d.code).sort()).toEqual(['file-not-pdf', 'material-missing', 'material-missing']);
  });

  it('--format github: workflow commands only', async () => {
    const r = await ledgerBinaryAsync(['check', '--workspace', wsWithFinding(), '--indicator', '9', '--format', 'github']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    // files only: the material-missing findings point at a folder, which a diff cannot show
    expect(lines).toHaveLength(1);
    expect(lines.every((l) => /^::(error|warning) file=[^,:]+(,line=\d+,col=\d+)?,title=ledger [a-z-]+ [^:]*::\S/.test(l))).toBe(true);
    expect(lines).toContain('::error file=evidence/009/2-a%2Cb.pdf,title=ledger file-not-pdf 指标 9::不是 PDF 文件或 JPG/PNG 图片');
  });

  it('--help lists the commands and exits 0', async () => {
    const r = await ledgerBinaryAsync(['--help']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^用法： ledger /);
    for (const cmd of ['init', 'check', 'explain', 'schema', 'export', 'import']) expect(r.stdout).toMatch(new RegExp(`\\n  ${cmd} `));
  });
});

describe('a closed pipe', () => {
  it('`ledger check | head -1` ends quietly: no EPIPE, no stack trace', async () => {
    const ws = makeWorkspace();
    for (let i = 1; i <= 400; i++) writeFile(ws, `evidence/009/${i}-坏.pdf`, 'not a pdf');
    // The report must be far larger than a pipe's buffer (64 KiB), or `head` never closes it early.
    const full = await ledger(['check', '--workspace', ws]);
    expect(full.code).toBe(1);
    expect(Buffer.byteLength(full.stdout)).toBeGreaterThan(2 * 65536);
    const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
    const r = spawnSync('sh', ['-c', `${q(process.execPath)} ${q(BIN)} check --workspace ${q(ws)} | head -1`], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, LEDGER_TODAY: TODAY, LEDGER_LANG: '' },
    });
    expect(r.stdout).toBe(`${full.stdout.split('\n')[0]}\n`);
    expect(r.stderr).not.toContain('EPIPE');
    expect(r.stderr).not.toMatch(STACK);
  });
});

/** The modules a run of the binary loads, recorded by a module hook (`--import`). */
function modulesLoaded(args: string[]): string[] {
  const dir = tempDir('ledger-modules-');
  const log = path.join(dir, 'modules.txt');
  fs.writeFileSync(
    path.join(dir, 'hooks.mjs'),
    [
      "import fs from 'node:fs';",
      'export async function load(url, context, next) {',
      `  fs.appendFileSync(${JSON.stringify(log)}, url + '\\n');`,
      '  return next(url, context);',
      '}',
      '',
    ].join('\n'),
  );
  fs.writeFileSync(
    path.join(dir, 'register.mjs'),
    `import { register } from 'node:module';\nregister(${JSON.stringify(`file://${dir}/hooks.mjs`)});\n`,
  );
  const r = spawnSync(process.execPath, ['--import', path.join(dir, 'register.mjs'), BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  expect(r.stderr).toBe('');
  return fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
}

describe('the cached check', () => {
  it('loads no YAML parser, no zod and no PDF code when nothing changed (the fast path stays fast)', () => {
    const ws = wsWithFinding();
    const first = modulesLoaded(['check', '--workspace', ws]);
    expect(first.some((u) => u.includes('/node_modules/zod/'))).toBe(true);
    const warm = modulesLoaded(['check', '--workspace', ws]);
    expect(warm.length).toBeGreaterThan(10);
    const heavy = warm.filter((u) =>
      /\/node_modules\/(zod|yaml|exceljs|pdf-lib)\/|\/dist\/(pdf|load\/load-workspace|excel|bundle)\b/.test(u),
    );
    expect(heavy).toEqual([]);
  });
});
