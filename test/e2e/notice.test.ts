import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StatusReport } from '../../src/check/status/report.js';
import { readParts } from '../excel/annotate.js';
import { PDFTOTEXT, SOFFICE, soffice, which } from '../excel/office.js';
import { ledger, tempDir } from '../helpers/cli.js';
import { commitAll, workspaceWithHistory } from '../helpers/history.js';
import { writeFile } from '../helpers/workspace.js';

const ret = (unit: string, month: string, date: string, progress = 0) =>
  `  - { unit: ${unit}, month: ${month}, date: ${date}, files: [{ name: ${unit}.xlsx, sha256: ${'b'.repeat(64)} }], changes: { progress: ${progress} } }\n`;

/**
 * Issue 21's acceptance for the 通报: `notice` writes a .docx that LibreOffice opens, whose text names
 * the lagging units (the same list status prints) and their facts. One workspace with history, one
 * notice written, one LibreOffice conversion (the slow step) for the whole file.
 */
describe('ledger notice: the draft 通报 as .docx', () => {
  let ws: string;
  let out: string;
  let docx: string;
  let first: { code: number; stdout: string; stderr: string };
  let stalled: string[];
  let pdfText: string | null = null;
  const pngDir = process.env.LEDGER_SCREENSHOT_DIR;

  beforeAll(async () => {
    ws = await workspaceWithHistory();
    // 办公室 returned November's ledger late and unchanged (no progress), 法规科 on time; October is the first month recorded.
    writeFile(
      ws,
      'returns.yaml',
      `returns:\n${ret('fagui', '2026-10', '2026-10-02')}${ret('bangongshi', '2026-11', '2026-11-06')}${ret('fagui', '2026-11', '2026-11-03')}`,
    );
    writeFile(
      ws,
      'problems.yaml',
      'problems:\n  - id: P-1\n    found: 2026-09-01\n    source: 全面自查\n    indicator: 6\n    unit: 办公室\n' +
        '    description: 权责清单未公开\n    measures: 公开清单\n    due: 2026-10-01\n    status: 整改中\n',
    );
    commitAll(ws, '2026-11-05', 'returns and problems');
    out = tempDir('ledger-notice-');
    docx = path.join(out, '通报.docx');
    first = await ledger(['notice', '--month', '2026-11', '-o', docx, '--masthead'], { cwd: ws });
    const status = JSON.parse((await ledger(['status', '--format', 'json'], { cwd: ws })).stdout) as StatusReport;
    stalled = status.units.filter((u) => u.stalled).map((u) => u.name);
    if (SOFFICE && PDFTOTEXT && first.code === 0) {
      soffice(['--convert-to', 'pdf', docx], out);
      const pdf = path.join(out, '通报.pdf');
      pdfText = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).stdout;
      if (pngDir && which('pdftoppm')) spawnSync('pdftoppm', ['-r', '60', '-png', pdf, path.join(pngDir, 'notice')]);
    }
  }, 180_000);

  it('writes the .docx and exits 0, saying how many units it names', () => {
    expect(first.code, first.stderr).toBe(0);
    expect(fs.existsSync(docx)).toBe(true);
    expect(first.stdout).toContain(`列入通报的单位 ${stalled.length} 个`);
    expect(stalled).toContain('办公室');
    expect(stalled).not.toContain('信用监管科');
  });

  it('is a GB/T 9704 page: A4, 37/28 mm margins, named fonts (none embedded), real paragraphs and a table, no images', async () => {
    const parts = await readParts(docx);
    const xml = parts.get('word/document.xml') as string;
    const section = xml.slice(xml.indexOf('<w:sectPr>'));
    expect(section).toContain('<w:pgSz w:w="11906" w:h="16838"');
    // 37 mm, 26 mm, 35 mm, 28 mm in twips (1 mm = 56.69 twips)
    expect(section).toContain('<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"');
    const has = (s: string): boolean => xml.includes(s);
    expect(has('w:eastAsia="仿宋_GB2312"')).toBe(true);
    expect(has('w:eastAsia="方正小标宋简体"')).toBe(true);
    expect(has('w:eastAsia="黑体"')).toBe(true);
    expect(has('<w:tbl>')).toBe(true);
    expect(has('<w:color w:val="FF0000"/>')).toBe(true);
    expect(has('二〇二六年十一月二十八日')).toBe(true);
    expect([...parts.keys()].some((k) => k.startsWith('word/media/') || k.startsWith('word/fonts/'))).toBe(false);
  });

  it.skipIf(!SOFFICE || !PDFTOTEXT)(
    'LibreOffice opens it; the text read back names every lagging unit (status’s list) and their facts (needs soffice, pdftotext)',
    () => {
      // Page numbers (— 2 —) fall where a page breaks a sentence: taken out before reading it.
      const text = pdfText!.replace(/\s+/g, '').replace(/—\d+—/g, '');
      expect(text).toContain('关于2026年11月法治政府建设示范创建工作推进情况的通报');
      expect(text).toContain('各单位：');
      for (const name of stalled) expect(text).toContain(name);
      expect(text).not.toContain('（一）信用监管科');
      expect(text).toContain('2026年11月工作台账于2026年11月6日逾期报送');
      expect(text).toContain('逾期未整改的问题1个：P-1（第6项指标，权责清单未公开，整改时限2026年10月1日，已逾期58天）');
      expect(text).toContain('自2026年11月4日以来未新增报送材料');
      expect(text).toContain('2026年11月工作台账按时报送1个单位，逾期报送1个');
      expect(text).toContain('许昌市市场监督管理局文件');
      expect(text).toContain('二〇二六年十一月二十八日');
    },
  );

  it('never replaces a file without --force; --force replaces it; a month it cannot draft is refused (exit 2)', async () => {
    const again = await ledger(['notice', '--month', '2026-11', '-o', docx], { cwd: ws });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('已存在，未覆盖。要替换它，请加 --force');
    const before = fs.readFileSync(docx);
    const forced = await ledger(['notice', '--month', '2026-10', '-o', docx, '--force'], { cwd: ws });
    expect(forced.code, forced.stderr).toBe(0);
    expect(fs.readFileSync(docx).equals(before)).toBe(false);
    const old = await ledger(['notice', '--month', '2026-08', '-o', path.join(out, 'x.docx')], { cwd: ws });
    expect(old.code).toBe(2);
    expect(old.stderr).toContain('只能写本月（2026-11）或上月（2026-10）');
    const bad = await ledger(['notice', '--month', '2026-13'], { cwd: ws });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('不是有效的月份');
    expect(fs.existsSync(path.join(out, 'x.docx'))).toBe(false);
  });

  it.runIf(!SOFFICE || !PDFTOTEXT)('skipped the LibreOffice read-back: soffice or pdftotext is not installed', () => {
    expect(SOFFICE && PDFTOTEXT).toBe(false);
  });
});
