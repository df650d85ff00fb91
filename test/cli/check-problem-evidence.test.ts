import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkJson, makeWorkspace } from '../helpers/cli.js';
import { addPdf, writeFile } from '../helpers/workspace.js';

/*
 * Issue 19: evidence named in problems.yaml gets the same file checks as evidence under evidence/.
 * An encrypted PDF closing a 已销号 problem is an error; a PDF titled 机密, .git/config,
 * problems.yaml itself and an empty folder prove nothing.
 */
const CORPUS = path.join(import.meta.dirname, '..', 'fixtures', 'corpus-pdf');

const closed = (id: string, evidence: string) =>
  `  - id: ${id}\n    found: 2026-10-01\n    source: 全面自查\n    indicator: 9\n    unit: 法规科\n` +
  `    description: 问题${id}\n    due: 2026-12-31\n    status: 已销号\n    closed: 2026-11-01\n    evidence: ${evidence}\n`;

describe('整改 evidence is inspected like evidence/', () => {
  it('each bad proof of a 已销号 problem is an error on the problem, with the file’s own finding; a good PDF passes', async () => {
    const ws = makeWorkspace();
    fs.copyFileSync(path.join(CORPUS, 'enc-user-aes256-qpdf.pdf'), path.join(ws, '加密.pdf'));
    await addPdf(ws, '整改/标题.pdf', { title: '关于整改的报告（机密）' });
    await addPdf(ws, '整改/报告.pdf');
    writeFile(ws, '.git/config', '[core]\n');
    fs.mkdirSync(path.join(ws, '整改/空'), { recursive: true });
    writeFile(
      ws,
      'problems.yaml',
      `problems:\n${[
        closed('1', '加密.pdf'),
        closed('2', '整改/标题.pdf'),
        closed('3', '.git/config'),
        closed('4', 'problems.yaml'),
        closed('5', '整改/空'),
        closed('6', '整改/报告.pdf'),
      ].join('')}`,
    );
    const { report } = await checkJson(ws);
    const invalid = report.diagnostics.filter((d) => d.code === 'problem-evidence-invalid');
    expect(invalid.map((d) => [d.message.match(/问题 (\d)/)![1], d.severity, d.file])).toEqual([
      ['1', 'error', 'problems.yaml'],
      ['2', 'error', 'problems.yaml'],
      ['3', 'error', 'problems.yaml'],
      ['4', 'error', 'problems.yaml'],
      ['5', 'error', 'problems.yaml'],
    ]);
    expect(invalid[0]!.message).toContain('pdf-encrypted');
    expect(invalid[4]!.message).toContain('文件夹');
    const at = (rel: string) => report.diagnostics.filter((d) => d.file === rel).map((d) => d.code);
    expect(at('加密.pdf')).toEqual(['pdf-encrypted']);
    expect(at('整改/标题.pdf')).toEqual(['confidential-marking']);
    expect(at('.git/config')).toEqual(['file-not-pdf']);
    expect(at('整改/报告.pdf')).toEqual([]);
    expect(invalid.every((d) => d.unit === 'fagui' && d.indicator === '9')).toBe(true);
  });
});
