import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkJson, ledger, makeLegacyWorkspace, makeWorkspace, tempDir } from '../helpers/cli.js';
import { addPdf, writeFile } from '../helpers/workspace.js';

/*
 * A pull request is untrusted: what it brings must never make the check read outside the
 * workspace, block, write through a link, or hide a 涉密 marking (issue 13).
 */

const CANARY = 'canary-9f3e: outside-the-workspace';

/** A YAML-looking file outside the workspace whose text must never appear in a report. */
function outsideFile(): string {
  const file = path.join(tempDir('outside-'), 'secret.yaml');
  fs.writeFileSync(file, `${CANARY}\nmore: 1\n`);
  return file;
}

function replaceWith(ws: string, rel: string, make: (abs: string) => void): void {
  const abs = path.join(ws, ...rel.split('/'));
  fs.rmSync(abs, { recursive: true, force: true });
  make(abs);
}

const mkfifo = (abs: string): void => void execFileSync('mkfifo', [abs]);
const GBK_JIMI = Buffer.from([0xbb, 0xfa, 0xc3, 0xdc]); // 机密 in GBK

describe('input files are read only when they are regular files inside the workspace', () => {
  for (const rel of ['units.yaml', 'assignments/fagui.yaml', 'indicators/area-01.yaml', 'responsibilities.yaml', 'catalog-notes.yaml']) {
    it(`${rel} linked to a file outside: a symlink finding, the target never read`, async () => {
      const ws = rel.startsWith('indicators/') ? makeLegacyWorkspace() : makeWorkspace();
      if (rel === 'catalog-notes.yaml') fs.writeFileSync(path.join(ws, rel), 'catalog: {name: x, version: "1"}\n');
      replaceWith(ws, rel, (abs) => fs.symlinkSync(outsideFile(), abs));
      const r = await ledger(['check', '--workspace', ws, '--format', 'json']);
      expect(r.stdout + r.stderr).not.toContain('canary');
      const d = JSON.parse(r.stdout).diagnostics.find((x: { file: string }) => x.file === rel);
      expect(d).toMatchObject({ code: 'symlink', severity: 'error' });
      expect(d.message).toContain('工作区之外');
    });

    it(`${rel} as a FIFO: a finding, never a blocked read`, async () => {
      const ws = rel.startsWith('indicators/') ? makeLegacyWorkspace() : makeWorkspace();
      replaceWith(ws, rel, mkfifo);
      const { report } = await checkJson(ws);
      expect(report.diagnostics.find((d) => d.file === rel)).toMatchObject({ code: 'file-not-regular', severity: 'error' });
    });
  }

  it('ledger.yaml linked outside: exit 2 naming the file, the target never read', async () => {
    const ws = makeWorkspace();
    replaceWith(ws, 'ledger.yaml', (abs) => fs.symlinkSync(outsideFile(), abs));
    const r = await ledger(['check', '--workspace', ws]);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).not.toContain('canary');
    expect(r.stdout).toContain('ledger.yaml');
    expect(r.stdout).toContain('符号链接');
  });

  it('a YAML file over 5 MB is refused unread', async () => {
    const ws = makeWorkspace();
    fs.appendFileSync(path.join(ws, 'units.yaml'), `# ${'x'.repeat(5 * 1024 * 1024)}\n`);
    const { report } = await checkJson(ws);
    expect(report.diagnostics.find((d) => d.file === 'units.yaml')).toMatchObject({ code: 'file-too-large' });
  });

  it('a GBK-encoded YAML file is refused with the advice to save it as UTF-8', async () => {
    const ws = makeWorkspace();
    const abs = path.join(ws, 'assignments/fagui.yaml');
    fs.writeFileSync(abs, Buffer.concat([fs.readFileSync(abs), Buffer.from('# '), GBK_JIMI, Buffer.from('\n')]));
    const { report } = await checkJson(ws);
    const d = report.diagnostics.find((x) => x.file === 'assignments/fagui.yaml');
    expect(d).toMatchObject({ code: 'file-not-utf8', severity: 'error' });
    expect(d!.message).toContain('UTF-8');
  });

  for (const top of ['evidence', 'assignments', 'indicators']) {
    it(`${top}/ linked to a folder outside: reported, nothing in it read`, async () => {
      const ws = top === 'indicators' ? makeLegacyWorkspace() : makeWorkspace();
      const outside = path.join(tempDir('outside-dir-'), top);
      if (top === 'evidence') await addPdf(ws, 'evidence/009/1-outside.pdf');
      fs.cpSync(path.join(ws, top), outside, { recursive: true });
      // Text that would show in the report if the outside copy were read.
      fs.appendFileSync(path.join(outside, top === 'evidence' ? '009/1-情况说明.md' : 'extra.yaml'), `${CANARY}\n`);
      replaceWith(ws, top, (abs) => fs.symlinkSync(outside, abs));
      const r = await ledger(['check', '--workspace', ws, '--format', 'json']);
      const report = JSON.parse(r.stdout) as { diagnostics: { code: string; file: string }[]; summary: { materials: { covered: number } } };
      expect(report.diagnostics.find((d) => d.file === top)).toMatchObject({ code: 'symlink', severity: 'error' });
      expect(r.stdout).not.toContain('canary');
      expect(r.stdout).not.toContain('1-outside.pdf');
      expect(report.summary.materials.covered).toBe(0);
    });
  }

  it('evidence → / lists nothing of the runner', async () => {
    const ws = makeWorkspace();
    replaceWith(ws, 'evidence', (abs) => fs.symlinkSync('/', abs));
    const { report } = await checkJson(ws);
    expect(report.diagnostics.filter((d) => d.file?.startsWith('evidence') && d.code !== 'material-missing')).toEqual([
      expect.objectContaining({ code: 'symlink', file: 'evidence' }),
    ]);
  });

  it('a 情况说明 or index.yaml that is a FIFO or a link is a finding, never read', async () => {
    const ws = makeWorkspace();
    mkfifo(path.join(ws, 'evidence/009/1-情况说明.md'));
    fs.symlinkSync(outsideFile(), path.join(ws, 'evidence/010/index.yaml'));
    fs.mkdirSync(path.join(ws, 'evidence/011/index.yaml'));
    const r = await ledger(['check', '--workspace', ws, '--format', 'json']);
    expect(r.stdout).not.toContain('canary');
    const found = (JSON.parse(r.stdout) as { diagnostics: { code: string; file: string }[] }).diagnostics;
    expect(found).toContainEqual(expect.objectContaining({ code: 'file-not-regular', file: 'evidence/009/1-情况说明.md' }));
    expect(found).toContainEqual(expect.objectContaining({ code: 'symlink', file: 'evidence/010/index.yaml' }));
    expect(r.code).toBe(1);
  });

  it('a 情况说明 over 1 MB is refused unread', async () => {
    const ws = makeWorkspace();
    writeFile(ws, 'evidence/009/1-情况说明.md', '说'.repeat(400_000));
    const { report } = await checkJson(ws);
    expect(report.diagnostics.find((d) => d.file === 'evidence/009/1-情况说明.md')).toMatchObject({ code: 'file-too-large' });
  });
});

describe('the workspace’s own output folders are never written through a link', () => {
  it('.ledger-cache linked elsewhere: the check runs uncached, reports the link and writes nothing there', async () => {
    const ws = makeWorkspace();
    const elsewhere = tempDir('cache-target-');
    fs.symlinkSync(elsewhere, path.join(ws, '.ledger-cache'));
    const { code, report } = await checkJson(ws);
    expect(code).toBe(1);
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ code: 'symlink', file: '.ledger-cache' }));
    expect(fs.readdirSync(elsewhere)).toEqual([]);
  });

  for (const [cmd, folder] of [
    [['export', '--unit', 'fagui'], 'exports'],
    [['schema'], 'schemas'],
  ] as const) {
    it(`${cmd[0]} refuses to write into ${folder}/ when it is a link, and writes where -o says`, async () => {
      const ws = makeWorkspace();
      const elsewhere = tempDir('out-target-');
      replaceWith(ws, folder, (abs) => fs.symlinkSync(elsewhere, abs));
      const r = await ledger([...cmd, '--workspace', ws]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('符号链接');
      expect(fs.readdirSync(elsewhere)).toEqual([]);
      const ok = await ledger([...cmd, '--workspace', ws, '-o', path.join(ws, folder)]);
      expect(ok.code).toBe(0);
      expect(fs.readdirSync(elsewhere).length).toBeGreaterThan(0);
    });
  }
});

describe('names from Windows and litter are reported, never skipped', () => {
  it('a GBK file name in a folder: filename-not-utf8 showing the GB18030 reading, and its 机密 found', async () => {
    const ws = makeWorkspace();
    const dir = Buffer.from(path.join(ws, 'evidence/009/'));
    fs.writeFileSync(Buffer.concat([dir, Buffer.from('1-'), GBK_JIMI, Buffer.from('.pdf')]), 'x');
    const { report } = await checkJson(ws);
    const here = report.diagnostics.filter((d) => d.file === 'evidence/009/1-机密.pdf').map((d) => d.code);
    expect(here).toEqual(expect.arrayContaining(['filename-not-utf8', 'confidential-marking']));
    const d = report.diagnostics.find((x) => x.code === 'filename-not-utf8')!;
    expect(d.message).toContain('1-机密.pdf');
  });

  it('a GBK name as a top-level evidence folder: findings, not exit 2; its files never count', async () => {
    const ws = makeWorkspace();
    const folder = Buffer.concat([Buffer.from(path.join(ws, 'evidence/')), Buffer.from('009-'), GBK_JIMI]);
    fs.rmSync(path.join(ws, 'evidence/009'), { recursive: true });
    fs.mkdirSync(folder);
    fs.writeFileSync(Buffer.concat([folder, Buffer.from('/1-x.pdf')]), await import('../helpers/workspace.js').then((m) => m.makePdf()));
    const { code, report } = await checkJson(ws);
    expect(code).toBe(1);
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ code: 'filename-not-utf8', file: 'evidence/009-机密' }));
    expect(report.summary.materials.covered).toBe(0);
  });

  it('litter is a warning to delete it; a marking in its name is an error; .gitkeep stays silent', async () => {
    const ws = makeWorkspace();
    writeFile(ws, 'evidence/009/._机密.pdf', 'x');
    writeFile(ws, 'evidence/009/~$绝密.docx', 'x');
    writeFile(ws, 'evidence/009/Thumbs.db', 'x');
    writeFile(ws, 'evidence/009/.gitkeep', '');
    const { report } = await checkJson(ws);
    const at = (file: string) => report.diagnostics.filter((d) => d.file === file).map((d) => [d.code, d.severity]);
    expect(at('evidence/009/._机密.pdf')).toEqual([
      ['confidential-marking', 'error'],
      ['file-litter', 'warning'],
    ]);
    expect(at('evidence/009/~$绝密.docx')).toContainEqual(['confidential-marking', 'error']);
    expect(at('evidence/009/Thumbs.db')).toEqual([['file-litter', 'warning']]);
    expect(at('evidence/009/.gitkeep')).toEqual([]);
  });
});

describe('涉密 markings are found wherever they are', () => {
  it('in names outside evidence/, however written (Traditional, zero-width, ㊙)', async () => {
    const ws = makeWorkspace();
    writeFile(ws, 'docs/機\u200b密通知.txt', 'x');
    writeFile(ws, 'misc/㊙/a.txt', 'x');
    writeFile(ws, 'misc/不涉密承诺.txt', 'x');
    writeFile(ws, 'node_modules/机密/x.js', 'x');
    const { report } = await checkJson(ws);
    const marked = report.diagnostics.filter((d) => d.code === 'confidential-marking').map((d) => d.file);
    expect(marked.sort()).toEqual(['docs/機\u200b密通知.txt', 'misc/㊙']);
  });

  it('a marked name added after a cached run is found (the run cache keys on every name)', async () => {
    const ws = makeWorkspace();
    await checkJson(ws);
    writeFile(ws, 'docs/绝密.txt', 'x');
    const { report } = await checkJson(ws);
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ code: 'confidential-marking', file: 'docs/绝密.txt' }));
  });

  it('in evidence outside the indicator folders', async () => {
    const ws = makeWorkspace();
    writeFile(ws, 'evidence/绝密.pdf', 'x');
    writeFile(ws, 'evidence/旧材料/秘密文件.pdf', 'x');
    const { report } = await checkJson(ws);
    const marked = report.diagnostics.filter((d) => d.code === 'confidential-marking').map((d) => d.file);
    expect(marked).toEqual(expect.arrayContaining(['evidence/绝密.pdf', 'evidence/旧材料/秘密文件.pdf']));
  });

  it('in the text of a 情况说明 (an error, it does not count); a negation is not a marking', async () => {
    const ws = makeWorkspace();
    writeFile(ws, 'evidence/009/1-情况说明.md', '# 情况说明\n\n本单位相关材料属機密，实地核验时提供。\n');
    writeFile(ws, 'evidence/010/1-情况说明.md', '# 情况说明\n\n本材料不涉密，可以公开。\n');
    const { report } = await checkJson(ws);
    expect(report.diagnostics.filter((d) => d.code === 'confidential-marking')).toEqual([
      expect.objectContaining({ file: 'evidence/009/1-情况说明.md', indicator: '9', severity: 'error' }),
    ]);
    expect(report.diagnostics.find((d) => d.code === 'confidential-marking')!.message).toContain('情况说明正文');
    const missing = report.diagnostics.filter((d) => d.code === 'material-missing' && d.material === 1).map((d) => d.indicator);
    expect(missing).toContain('9');
    expect(missing).not.toContain('10');
  });
});

describe('faults are findings or clear refusals, never an internal error', () => {
  for (const content of ['null', '42', '[]', '{"x": null}', 'garbage']) {
    it(`cache files holding ${content}`, async () => {
      const ws = makeWorkspace();
      for (const f of ['runs.json', 'inspect.json', 'history.json']) writeFile(ws, `.ledger-cache/${f}`, content);
      const r = await ledger(['check', '--workspace', ws, '--format', 'json']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(1);
    });
  }

  it('a cache folder that cannot be written (a file in its place): the check still runs', async () => {
    const ws = makeWorkspace();
    writeFile(ws, '.ledger-cache', 'not a folder');
    const first = await ledger(['check', '--workspace', ws, '--format', 'json']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(1);
    expect(fs.readFileSync(path.join(ws, '.ledger-cache'), 'utf8')).toBe('not a folder');
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable index.yaml is a finding', async () => {
    const ws = makeWorkspace();
    const abs = writeFile(ws, 'evidence/009/index.yaml', 'materials: {}\n');
    fs.chmodSync(abs, 0);
    const { report } = await checkJson(ws);
    expect(report.diagnostics.find((d) => d.file === 'evidence/009/index.yaml')).toMatchObject({ code: 'file-unreadable' });
  });
});
