import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { marked } from 'marked';
import { beforeAll, describe, expect, it } from 'vitest';
import { ledger, makeWorkspace, tempDir, type JsonReport } from '../helpers/cli.js';
import { addPdf, edit, writeFile } from '../helpers/workspace.js';
import { readWorkbook, text } from '../excel/helpers.js';
import { displayWidth } from '../../src/util/display-width.js';

/**
 * Everything a pull request controls is data, in every output: one workspace whose file names,
 * folder label, unit name, contact, progress, organisation, index.yaml values and PDF title carry
 * terminal escapes, forged workflow commands, HTML/Markdown, XML-forbidden characters and bidi
 * overrides, run through check (text on a terminal and not, json, github, junit, markdown),
 * status (text, json, markdown, --html), explain and export.
 */
const H =
  '\x1b[31mRED\x1b]8;;http://evil.invalid\x07LINK\x1b]8;;\x07\x1b[0m\r\n::error file=x::forged\n::add-mask::sec %0A ,:: \t\x01\x7f\x80\x9b ' +
  '<script>alert(1)</script>|`*_[x](javascript:alert(1)) www.evil.invalid a@evil.invalid <!-- &amp; "\' <a>&lt;b&gt;</a> \u202egnp.exe';
/** For YAML and PDF metadata: what a file name cannot hold as well (U+FFFE, U+FFFF, a lone surrogate, NUL). */
const H_DATA = `${H}\ufffe\uffff\ud800\u0000`;
/** In a file name, `/` would make a folder. */
const H_NAME = H.replace(/\//g, '／');
/** What the terminal shows for the start of it. */
const SHOWN = '\\x1b[31mRED\\x1b]8;;http';

/** Characters that act on a terminal or break a line, a log or XML; lone surrogates. */
const RAW = new RegExp(
  `${/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufffe\uffff]/.source}|` +
    /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.source,
);
/** The colours chalk writes on a terminal: the only escape sequences allowed. */
const SGR = /\x1b\[\d+(;\d+)*m/g;

const yamlQuoted = (s: string): string => JSON.stringify(s);

async function hostileWorkspace(): Promise<string> {
  const ws = makeWorkspace();
  await addPdf(ws, `evidence/009/1-${H_NAME}.pdf`, { title: `${H_DATA} 机密`, created: new Date('2010-01-01T00:00:00Z') });
  writeFile(ws, `evidence/009/x${H_NAME}.docx`, 'not a docx');
  writeFile(ws, `evidence/009/2-${H_NAME}/a.pdf`, 'not a pdf');
  // A very long name: 186 characters, 226 bytes (Linux takes at most 255 bytes).
  await addPdf(ws, `evidence/009/3-${'长'.repeat(20)}${'x'.repeat(160)}.pdf`);
  fs.renameSync(path.join(ws, 'evidence/010'), path.join(ws, `evidence/010-${H_NAME}`));
  const q = yamlQuoted(H_DATA);
  writeFile(
    ws,
    'evidence/011/index.yaml',
    `materials:\n  "1":\n    same_as: ${q}\n  "2":\n    not_applicable: ${q}\n  "3":\n    links:\n      - {url: ${q}, title: ${q}, date: 2025-01-01}\n`,
  );
  writeFile(ws, 'evidence/030/index.yaml', `materials:\n  "2":\n    not_applicable: ${q}\n`);
  edit(ws, 'units.yaml', 'name: 法规科', `name: ${q}`);
  edit(ws, 'assignments/fagui.yaml', 'contact: ""', `contact: ${q}`);
  edit(ws, 'assignments/fagui.yaml', /"30":\n    status: 未完成\n    progress: ""/, `"30":\n    status: 未完成\n    progress: ${q}`);
  edit(ws, 'ledger.yaml', 'organization: "许昌市市场监督管理局"', `organization: ${q}`);
  return ws;
}

/** Text for a terminal: only chalk's colours, no other control character; no line a CI runner would take for a command. */
function expectTerminalSafe(out: string, wraps = true): void {
  expect(out).toContain(SHOWN);
  const plain = out.replace(SGR, '');
  const raw = RAW.exec(plain.replace(/\n/g, ''));
  expect(raw && `raw U+${raw[0].charCodeAt(0).toString(16)} at …${plain.slice(Math.max(0, raw.index - 40), raw.index)}`).toBeNull();
  expect(plain.split('\n').filter((l) => l.startsWith('::'))).toEqual([]);
  // Long names and their escapes wrap within the 100 columns check and status are laid out for (explain and export do not wrap).
  if (wraps) expect(plain.split('\n').filter((l) => displayWidth(l) > 100)).toEqual([]);
}

/** Markdown as GitHub renders it (marked, GFM): only the elements the report writes itself, no link, image or script. */
function expectMarkdownInert(md: string): void {
  expect(md).toContain('\\\\x1b\\[31mRED');
  expect(RAW.test(md.replace(/\n/g, ''))).toBe(false);
  const html = marked.parse(md, { gfm: true, async: false });
  const tags = new Set([...html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1]!.toLowerCase()));
  const ours = ['h2', 'h3', 'p', 'strong', 'em', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'br', 'ul', 'li', 'code', 'blockquote'];
  expect([...tags].filter((t) => !ours.includes(t) && t !== 'details' && t !== 'summary')).toEqual([]);
  expect(html).not.toContain('<!--');
  expect(html).not.toMatch(/href=|src=/);
}

/** XML 1.0 allows tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and the astral planes (paired surrogates). */
function expectXmlChars(xml: string): void {
  expect(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\ud800-\udbff\udc00-\udfff]/.test(xml)).toBe(false);
  expect(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(xml)).toBe(false);
}

const python = spawnSync('python3', ['-c', 'import xml.parsers.expat'], { encoding: 'utf8' }).status === 0;

/** A real XML parser (Python's expat) on the bytes, where Python is installed. */
function expatErrors(xml: Buffer | string): string {
  const script = 'import sys, xml.parsers.expat\np = xml.parsers.expat.ParserCreate()\np.Parse(sys.stdin.buffer.read(), True)';
  const r = spawnSync('python3', ['-c', script], { input: xml, encoding: 'utf8' });
  return r.status === 0 ? '' : r.stderr.trim().split('\n').pop()!;
}

describe('hostile names in every output', () => {
  let ws: string;
  beforeAll(async () => {
    ws = await hostileWorkspace();
  });

  it('check text, plain and on a colour terminal: control characters shown as escapes, no line starts a workflow command', async () => {
    const plain = await ledger(['check', '--workspace', ws, '--no-cache']);
    expect(plain.code).toBe(1);
    expectTerminalSafe(plain.stdout);
    expect(plain.stdout).toContain('\\u202egnp.exe');
    const tty = await ledger(['check', '--workspace', ws, '--no-cache', '--verbose'], { tty: true, env: { NO_COLOR: '' } });
    expect(tty.stdout).toMatch(SGR);
    expectTerminalSafe(tty.stdout);
    // stderr: the progress bar (CR and erase-line are its own), no file name in it.
    expectTerminalSafe(tty.stderr.replace(/\r/g, '').replace(/\x1b\[2K/g, '') + SHOWN, false);
  });

  it('check json keeps the raw text (JSON is data) and stays valid', async () => {
    const r = await ledger(['check', '--workspace', ws, '--format', 'json', '--no-cache']);
    const report = JSON.parse(r.stdout) as JsonReport;
    const files = report.diagnostics.map((d) => d.file ?? '');
    expect(files).toContain(`evidence/009/1-${H_NAME}.pdf`);
    expect(report.diagnostics.some((d) => d.message.includes('\x1b[31m'))).toBe(true);
  });

  it('check github: every line is one of ledger’s annotations; no raw control character reaches the log', async () => {
    const r = await ledger(['check', '--workspace', ws, '--format', 'github', '--no-cache']);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(5);
    for (const l of lines) expect(l).toMatch(/^::(error|warning) file=[^,:]+(,line=\d+,col=\d+)?,title=ledger [a-z-]+[^:]*::\S/);
    expect(r.stdout).toContain('\\x1b[31mRED');
    expect(r.stdout).toContain('::error file=evidence/009/1-\\x1b[31mRED\\x1b]8;;http%3A／／evil.invalid');
    expect(RAW.test(r.stdout.replace(/\n/g, ''))).toBe(false);
  });

  it('check junit is well-formed XML 1.0', async () => {
    const r = await ledger(['check', '--workspace', ws, '--format', 'junit', '--no-cache']);
    expect(r.stdout).toContain('&lt;script&gt;');
    expect(r.stdout).toContain('\\ufffe\\uffff\\ud800\\x00');
    expectXmlChars(r.stdout);
    if (python) expect(expatErrors(r.stdout)).toBe('');
  });

  it('check markdown: no HTML, link, image or extra cell from a name', async () => {
    const r = await ledger(['check', '--workspace', ws, '--format', 'markdown', '--no-cache']);
    expectMarkdownInert(r.stdout);
    const rows = r.stdout.split('\n').filter((l) => /^\| (❌|⚠️) \|/.test(l));
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) expect(row.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length).toBe(6);
  });

  it('status text, json and markdown', async () => {
    const textOut = await ledger(['status', '--workspace', ws, '--no-cache']);
    expectTerminalSafe(textOut.stdout);
    const tty = await ledger(['status', '--workspace', ws, '--no-cache'], { tty: true, env: { NO_COLOR: '' } });
    expectTerminalSafe(tty.stdout);
    const json = JSON.parse((await ledger(['status', '--workspace', ws, '--format', 'json', '--no-cache'])).stdout) as {
      organization: string;
      units: { name: string }[];
    };
    expect(json.organization).toBe(H_DATA);
    const md = await ledger(['status', '--workspace', ws, '--format', 'markdown', '--no-cache']);
    expectMarkdownInert(md.stdout);
    const unitRows = md.stdout.split('\n').filter((l) => l.startsWith('| ') && l.includes('RED'));
    // eleven columns (待提交 and 有问题 in place of 错误): a name with | in it opens no cell of its own
    for (const row of unitRows) expect(row.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length).toBe(13);
  });

  it('explain: names, progress, contacts and file names shown, not acted on', async () => {
    const r = await ledger(['explain', '9', '10', '11', '30', '--workspace', ws]);
    expectTerminalSafe(r.stdout, false);
    expect(r.stdout).toContain('\\x1b[31mRED');
  });

  it('export: every part of every workbook is well-formed XML; the text is shown with its escapes, line breaks kept', async () => {
    const out = tempDir();
    const r = await ledger(['export', '--workspace', ws, '--all', '-o', out]);
    expect(r.code).toBe(0);
    expectTerminalSafe(r.stdout, false);
    const files = fs.readdirSync(out).filter((f) => f.endsWith('.xlsx'));
    expect(files.length).toBeGreaterThan(10);
    if (python) {
      const script =
        'import sys, zipfile, xml.parsers.expat\nfor f in sys.argv[1:]:\n z = zipfile.ZipFile(f)\n for n in z.namelist():\n' +
        "  if n.endswith('.xml') or n.endswith('.rels'):\n   p = xml.parsers.expat.ParserCreate()\n" +
        '   try: p.Parse(z.read(n), True)\n   except Exception as e: print(f, n, e)\n';
      const check = spawnSync('python3', ['-c', script, ...files.map((f) => path.join(out, f))], { encoding: 'utf8' });
      expect(check.stdout).toBe('');
    }
    const mine = files.find((f) => f.includes('RED'))!;
    const wb = await readWorkbook(path.join(out, mine));
    const cells: string[] = [];
    wb.eachSheet((s) => s.eachRow((row) => row.eachCell((c) => void cells.push(text(c)))));
    const progress = cells.find((c) => c.startsWith('\\x1b[31mRED') && c.includes('\\ufffe\\uffff\\ud800\\x00'));
    expect(progress).toBeDefined();
    // The line breaks of the text stay line breaks in the cell (XML reads CR LF as LF); only what XML refuses became an escape.
    expect(progress).toContain('\n::error file=x::forged\n::add-mask::');
    for (const c of cells) expectXmlChars(c);
  });
});

describe.skipIf(!fs.existsSync(process.env.LEDGER_CHROMIUM ?? '/usr/bin/chromium'))('hostile names in the status page (Chromium)', () => {
  it('the page has no element a name brought in: no script, link, image or comment', async () => {
    const ws = await hostileWorkspace();
    const page = path.join(tempDir(), 'status.html');
    const r = await ledger(['status', '--workspace', ws, '--html', page, '--no-cache']);
    expect(r.code).toBe(0);
    const chromium = process.env.LEDGER_CHROMIUM ?? '/usr/bin/chromium';
    const args = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--dump-dom'];
    const dom = spawnSync(chromium, [...args, `file://${page}`], { encoding: 'utf8', timeout: 60_000 }).stdout;
    expect(dom).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(dom).toContain('\\x1b[31mRED');
    expect(dom).not.toMatch(/<(script|a|img|iframe|object)\b/i);
    expect(dom).not.toContain('<!--');
    expect(dom).not.toContain('\u202e');
  });
});
