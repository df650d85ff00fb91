import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ledger, REPO, tempDir } from '../helpers/cli.js';
import { PDFTOTEXT, SOFFICE, soffice } from './office.js';
import { editLedger } from './edit-workbook.js';
import { fixtureWorkspace, PINNED_DATE } from './fixture.js';
import { readAssignments } from './helpers.js';

const EXPORT = 'exports/2024-06-法规科-工作台账.xlsx';

/** Text without any white space, for comparing what pdftotext extracted. */
function squash(s: string): string {
  return s.replace(/[\s\u3000]+/gu, '');
}

describe.skipIf(!SOFFICE)('with LibreOffice', () => {
  let ws: string;
  beforeAll(async () => {
    ws = await fixtureWorkspace();
    // A file that cannot count: the printed 材料核查 sheet must say which and why.
    fs.copyFileSync(
      path.join(REPO, 'test/fixtures/corpus-pdf/enc-user-aes256-qpdf.pdf'),
      path.join(ws, 'evidence/031/1-规范性文件目录.pdf'),
    );
    expect((await ledger(['export', '--unit', 'fagui'], { cwd: ws, env: PINNED_DATE })).code).toBe(0);
  }, 120_000);

  it.skipIf(!PDFTOTEXT)(
    'prints the ledger as the Annex 2 form: title, unit line, columns, notes, page numbers',
    () => {
      const out = tempDir();
      soffice(['--convert-to', 'pdf', path.join(ws, EXPORT)], out);
      const pdf = path.join(out, '2024-06-法规科-工作台账.pdf');
      const r = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      // pdftotext lays text out by position: it may drop the spaces the form has (the footer comes out
      // as 第1页共9页) or add some between columns. Compare the texts with all white space removed.
      const pages = r.stdout
        .split('\f')
        .filter((p) => p.trim())
        .map(squash);
      const all = squash(r.stdout);
      const HEADINGS = squash('三级指标 测评方法 上报材料 完成进度 责任人及联系方式');
      expect(pages[0]).toContain('许昌市市场监督管理局法治政府建设示范市创建工作台账');
      expect(pages[0]).toContain('责任单位：法规科（公章）');
      expect(pages[0]).toContain(HEADINGS);
      expect(pages[0]).toMatch(/第1页共\d+页/);
      // Header rows repeat on the second page.
      expect(pages[1]).toContain(HEADINGS);
      expect(all).toContain(squash('说明：1. 每月4日前，各单位将工作台账连同需报送材料一并提交。'));
      expect(all).toContain('法规科上报材料核查表');
      expect(all).toContain(squash('文件不可用【问题】1-规范性文件目录.pdf：PDF 设置了打开密码，评审时无法查看'));
      expect(all).toContain(squash('【处理】去掉打开密码后重新导出'));
      expect(all).not.toContain('ledger-annex2');
      const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
      if (info) expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
    },
    120_000,
  );

  it('imports a ledger that LibreOffice saved again', async () => {
    const out = tempDir();
    soffice(['--convert-to', 'xlsx:Calc MS Excel 2007 XML', path.join(ws, EXPORT)], out);
    const resaved = path.join(out, '2024-06-法规科-工作台账.xlsx');
    expect(fs.existsSync(resaved)).toBe(true);
    const before = readAssignments(ws, 'fagui');
    const again = await ledger(['import', resaved], { cwd: ws, env: PINNED_DATE });
    expect(again.stdout).toContain('没有需要更新的内容');
    // LibreOffice keeps the hidden sheet, and with it the snapshot of the three-way import.
    expect(again.stderr).toBe('');
    expect(readAssignments(ws, 'fagui')).toBe(before);

    const edited = path.join(out, 'edited.xlsx');
    await editLedger(resaved, edited, (sheet, rows) => {
      sheet.getRow(rows.get('30')!).getCell(4).value = '已完成：LibreOffice 里填写';
    });
    const r = await ledger(['import', edited], { cwd: ws, env: PINNED_DATE });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  指标 30  完成进度：（空） → LibreOffice 里填写');
  }, 120_000);
});
