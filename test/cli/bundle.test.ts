import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inspectPdf } from '../../src/pdf/index.js';
import { hashFile } from '../../src/util/hash-file.js';
import { HAVE, inkOf, outline, pageText, pdffonts, pdfinfoPages, pdfLibPages, qpdfCheck, wordBoxes } from '../bundle/tools.js';
import { ledger, tempDir } from '../helpers/cli.js';

import { EPOCH, evidenceWorkspace, git } from '../bundle/fixture.js';

describe('ledger bundle, per indicator', () => {
  let ws: string;
  let out: string;
  let pdf: string;
  let first: Awaited<ReturnType<typeof ledger>>;

  beforeAll(async () => {
    ws = await evidenceWorkspace();
    out = tempDir('bundle-out-');
    first = await ledger(['bundle', '9', '010', '-o', out], { cwd: ws, env: EPOCH });
    pdf = path.join(out, '指标009.pdf');
  });

  it('writes one PDF and one manifest per indicator, and exits 0 when every material is there', () => {
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual(['指标009.manifest.json', '指标009.pdf', '指标010.manifest.json', '指标010.pdf']);
    expect(first.stdout).toContain('指标009.pdf');
  });

  it('has cover, contents and every page of every source, as our inspector, pdf-lib and pdfinfo count them', async () => {
    // cover, contents, 3 + 情况说明 1 + repaired 1 + restricted 1 + turned 1
    const expected = 1 + 1 + 3 + 1 + 1 + 1 + 1;
    expect((await inspectPdf(pdf)).pages).toBe(expected);
    expect(await pdfLibPages(pdf)).toBe(expected);
    if (HAVE.poppler) expect(pdfinfoPages(pdf)).toBe(expected);
  });

  it.skipIf(!HAVE.qpdf)('passes qpdf --check', () => {
    const r = qpdfCheck(pdf);
    expect(r.output).toContain('No syntax or stream encoding errors');
    expect(r.status).toBe(0);
  });

  it.skipIf(!HAVE.poppler)('embeds a subset of the CJK font, which renders and extracts with no system font', () => {
    expect(pdffonts(pdf)).toMatch(/[A-Z]{6}\+NotoSansHans-Regular\s+CID Type 0C\s+Identity-H\s+yes yes yes/);
    const cover = pageText(pdf, 1);
    for (const s of [
      '许昌市市场监督管理局',
      '法治政府建设示范创建证明材料',
      '指标9',
      '测评方式：查看资料、实地查看',
      '1-实施方案.pdf（3页，第3–5页）',
    ]) {
      expect(cover).toContain(s);
    }
    expect(cover).toContain('第1页共9页');
    expect(inkOf(pdf, 1)).toBeGreaterThan(0.005);
    expect(pageText(pdf, 2)).toMatch(/^目.*录/); // 目　录, with pdftotext's idea of its order
  });

  it.skipIf(!HAVE.poppler)('stamps every evidence page with indicator, material and file, and numbers every page', () => {
    expect(pageText(pdf, 3)).toContain('指标9·材料①·1-实施方案.pdf');
    expect(pageText(pdf, 3)).toContain('第3页共9页');
    expect(pageText(pdf, 6)).toContain('我局全面推行“双随机、一公开”监管');
    expect(pageText(pdf, 7)).toContain('指标9·材料②·2-修复件.pdf');
    // The restricted file's own text is there: it was decrypted, not copied as ciphertext.
    expect(pageText(pdf, 8)).toContain('指标9·材料②·2-智慧监管案例.pdf');
    expect(pageText(pdf, 8)).toContain('pdfencryptiontest');
  });

  it.skipIf(!HAVE.poppler)('puts the stamp of a turned page at its displayed top and the number at its bottom', () => {
    const words = wordBoxes(pdf, 9);
    const stamp = words.find((w) => w.text.includes('横向表格'))!;
    const footer = words.find((w) => w.text === '第')!;
    expect(stamp.yMax).toBeLessThan(25);
    expect(footer.yMin).toBeGreaterThan(stamp.pageHeight - 25);
  });

  it('bookmarks indicator → material → file', async () => {
    const items = await outline(pdf);
    expect(items).toHaveLength(1);
    expect(items[0]!.title).toMatch(/^指标 9/);
    const [contents, m1, m2] = items[0]!.children;
    expect(contents!.title).toBe('目录');
    expect(m1!.title).toMatch(/^材料①/);
    expect(m1!.children.map((c) => c.title)).toEqual(['1-实施方案.pdf', '1-情况说明.md']);
    expect(m2!.children.map((c) => c.title)).toEqual(['2-修复件.pdf', '2-智慧监管案例.pdf', '2-横向表格.pdf']);
  });

  it('writes a manifest with every source, its SHA-256, the bundle SHA-256 and the commit', () => {
    const m = JSON.parse(fs.readFileSync(path.join(out, '指标009.manifest.json'), 'utf8'));
    expect(m.sha256).toBe(hashFile(pdf));
    expect(m.bytes).toBe(fs.statSync(pdf).size);
    expect(m.commit).toBe(git(ws, ['rev-parse', 'HEAD']).trim());
    expect(m.built).toBe('2023-11-14T22:13:20.000Z');
    expect(m.sources.map((s: { path: string }) => s.path)).toEqual([
      'evidence/009/1-实施方案.pdf',
      'evidence/009/1-情况说明.md',
      'evidence/009/2-修复件.pdf',
      'evidence/009/2-智慧监管案例.pdf',
      'evidence/009/2-横向表格.pdf',
    ]);
    for (const s of m.sources) expect(s.sha256).toBe(hashFile(path.join(ws, s.path)));
  });

  it.skipIf(!HAVE.poppler)('states exceptions plainly: same_as with where it is, 不涉及 with the reason, 涉密', () => {
    const cover = pageText(path.join(out, '指标010.pdf'), 1);
    expect(cover).toContain('同第9项材料①，见《指标009.pdf》第3页');
    expect(cover).toContain('不涉及：本局未开展此类专项检查');
    expect(cover).toContain('涉密：实地核验时提供');
  });

  it('gives the same bytes for the same inputs, and never overwrites without --force', async () => {
    const again = tempDir('bundle-again-');
    expect((await ledger(['bundle', '9', '-o', again], { cwd: ws, env: EPOCH })).code).toBe(0);
    expect(hashFile(path.join(again, '指标009.pdf'))).toBe(hashFile(pdf));
    const before = fs.statSync(pdf).mtimeMs;
    const refused = await ledger(['bundle', '9', '-o', out], { cwd: ws, env: EPOCH });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('已存在');
    expect(fs.statSync(pdf).mtimeMs).toBe(before);
    expect((await ledger(['bundle', '9', '-o', out, '--force'], { cwd: ws, env: EPOCH })).code).toBe(0);
  });
});
