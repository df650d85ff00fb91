import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, checkJson, ledger, makeWorkspace, TODAY, type JsonReport } from '../helpers/cli.js';
import { addPdf, edit, writeFile } from '../helpers/workspace.js';

/*
 * Issue 23: a file or folder that cannot be read is named as unreadable (with why), never as
 * "not a PDF" or silently empty; a file past `max_pdf_mb` is not parsed or hashed at all.
 */

const isRoot = process.getuid?.() === 0;
const hasSetpriv = spawnSync('setpriv', ['--version']).status === 0;

/**
 * `check --format json` as a user for whom `chmod 000` means what it says. Root reads anything,
 * so as root the built CLI runs as `nobody` through setpriv (the workspace made world-readable).
 */
function checkAsReader(ws: string): Promise<JsonReport> | JsonReport {
  if (!isRoot) return checkJson(ws, ['--no-cache']).then((r) => r.report);
  for (let dir = ws; dir !== path.dirname(dir) && dir.startsWith(path.dirname(path.dirname(ws))); dir = path.dirname(dir))
    fs.chmodSync(dir, 0o755);
  const r = spawnSync(
    'setpriv',
    [
      '--reuid=65534',
      '--regid=65534',
      '--clear-groups',
      process.execPath,
      BIN,
      'check',
      '--workspace',
      ws,
      '--format',
      'json',
      '--no-cache',
    ],
    { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LEDGER_TODAY: TODAY, LEDGER_LANG: '' } },
  );
  try {
    return JSON.parse(r.stdout) as JsonReport;
  } catch {
    throw new Error(`not JSON (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
}

describe.skipIf(isRoot && !hasSetpriv)('unreadable evidence (run as an unprivileged user; skipped as root without setpriv)', () => {
  it('a chmod 000 PDF is "cannot be read: no permission (EACCES)", not "not a PDF"; an unreadable subfolder is reported', async () => {
    const ws = makeWorkspace();
    const pdf = await addPdf(ws, 'evidence/009/1-制度.pdf');
    fs.chmodSync(pdf, 0);
    await addPdf(ws, 'evidence/012/1-sub/a.pdf');
    fs.chmodSync(path.join(ws, 'evidence/012/1-sub'), 0);
    const report = await checkAsReader(ws);
    const own = report.diagnostics.filter((d) => d.file === 'evidence/009/1-制度.pdf');
    expect(own.map((d) => d.code)).toEqual(['file-unreadable']);
    expect(own[0]!.message).toContain('没有读取权限');
    expect(own[0]!.message).toContain('EACCES');
    const sub = report.diagnostics.filter((d) => d.file === 'evidence/012/1-sub');
    expect(sub.map((d) => d.code)).toEqual(['file-unreadable']);
    expect(sub[0]!.message).toContain('无法读取文件夹');
    expect(sub[0]).toMatchObject({ indicator: '12', severity: 'error' });
  });
});

describe('a file over max_pdf_mb is judged by its size alone', () => {
  it('two 2 GB files of one size (sparse, %PDF header, no body): only pdf-too-large each, no parse, no hash', async () => {
    const ws = makeWorkspace();
    edit(ws, 'ledger.yaml', 'max_pdf_mb: 100', 'max_pdf_mb: 1');
    for (const rel of ['evidence/009/1-大.pdf', 'evidence/009/1-大2.pdf']) {
      const abs = writeFile(ws, rel, '%PDF-1.7\n');
      fs.truncateSync(abs, 2 * 1024 ** 3); // sparse: costs no disk and no time to make
    }
    await addPdf(ws, 'evidence/009/2-小.pdf');
    const { report } = await checkJson(ws);
    for (const rel of ['evidence/009/1-大.pdf', 'evidence/009/1-大2.pdf']) {
      // Parsed, it would be pdf-corrupt (no xref, no pages); hashed, the two would be duplicate-content.
      const own = report.diagnostics.filter((d) => d.file === rel);
      expect(own.map((d) => d.code)).toEqual(['pdf-too-large']);
      expect(own[0]!.message).toContain('2048.0 MB');
    }
    expect(report.diagnostics.filter((d) => d.code === 'duplicate-content')).toEqual([]);
    expect(report.diagnostics.filter((d) => d.file === 'evidence/009/2-小.pdf')).toEqual([]);
    // Nothing about the large files reached the inspection cache: they were never opened as PDFs.
    const cache = fs.readFileSync(path.join(ws, '.ledger-cache/inspect.json'), 'utf8');
    expect(cache).not.toContain('1-大.pdf');
    expect(cache).toContain('2-小.pdf');
  });
});

describe('add: a file over max_pdf_mb is refused by its size alone', () => {
  it('a 2 GB sparse PDF is refused with the limit finding, not parsed (no 损坏 / corrupt finding)', async () => {
    const ws = makeWorkspace();
    edit(ws, 'ledger.yaml', 'max_pdf_mb: 100', 'max_pdf_mb: 1');
    const big = path.join(path.dirname(ws), '大.pdf');
    fs.writeFileSync(big, '%PDF-1.7\n');
    fs.truncateSync(big, 2 * 1024 ** 3);
    const r = await ledger(['add', big, '--to', '9/1'], { cwd: ws });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('超过上限 1 MB');
    expect(r.stderr).not.toContain('pdf-corrupt');
    expect(r.stderr).not.toContain('损坏');
    const copied = fs.readdirSync(path.join(ws, 'evidence'), { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.pdf'));
    expect(copied).toEqual([]);
  });
});
