import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inspectPdf } from '../../src/pdf/index.js';
import { CORPUS, EPOCH, evidenceWorkspace } from '../bundle/fixture.js';
import { HAVE, outline, pageText, pdfinfoPages } from '../bundle/tools.js';
import { ledger, makeWorkspace, tempDir } from '../helpers/cli.js';
import { addPdf, snapshot } from '../helpers/workspace.js';

describe('ledger bundle --unit', () => {
  let ws: string;
  beforeAll(async () => {
    ws = await evidenceWorkspace();
  });

  it('bundles a unit: unit cover, overall contents, then each of its indicators', async () => {
    const dir = tempDir('bundle-unit-');
    const r = await ledger(['bundle', '--unit', '信用监管科', '-o', dir], { cwd: ws, env: EPOCH });
    expect(r.code).toBe(1); // indicators 11 and 12 have no evidence yet
    expect(r.stdout).toContain('缺少材料');
    const file = path.join(dir, '初评-信用监管科.pdf');
    const items = await outline(file);
    expect(items.map((i) => i.title.split('　')[0])).toEqual(['信用监管科', '总目录', '指标 9', '指标 10', '指标 11', '指标 12']);
    expect(items[4]!.children[0]!.children.map((c) => c.title)).toEqual(['新闻链接']);
    if (HAVE.poppler) {
      expect(pageText(file, 1)).toContain('法治政府建设示范创建市局初评材料');
      expect(pageText(file, 2)).toContain('总目录');
      // In one volume a same_as points at its own page.
      const text = pageText(file, 1, pdfinfoPages(file));
      expect(text).toMatch(/同第9项材料①，见本册第\d+页/);
      expect(text).toContain('新闻链接1条');
      expect(text).toContain('信用监管新举措');
      expect(text).toContain('许昌日报2024-03-01');
    }
  });
});

describe('ledger bundle, files the check rules out', () => {
  it('refuses and lists them, writing nothing; with --force puts a page saying why in their place', async () => {
    const ws = makeWorkspace();
    await addPdf(ws, 'evidence/009/1-方案.pdf');
    fs.copyFileSync(path.join(CORPUS, 'enc-user-aes256-qpdf.pdf'), path.join(ws, 'evidence/009/2-加密.pdf'));
    const out = tempDir('bundle-refused-');
    const r = await ledger(['bundle', '9', '-o', out], { cwd: ws });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('evidence/009/2-加密.pdf');
    expect(r.stderr).toContain('打开密码');
    expect(fs.readdirSync(out)).toEqual([]);

    const forced = await ledger(['bundle', '9', '-o', out, '--force'], { cwd: ws });
    expect(forced.code).toBe(1);
    expect(forced.stdout).toContain('以说明页代替');
    const pdf = path.join(out, '指标009.pdf');
    expect((await inspectPdf(pdf)).pages).toBe(1 + 1 + 1 + 1);
    if (HAVE.poppler) {
      expect(pageText(pdf, 4)).toContain('材料缺失说明');
      expect(pageText(pdf, 4)).toContain('PDF设置了打开密码');
      expect(pageText(pdf, 1)).toContain('未收录：2-加密.pdf，说明见第4页');
    }
  });

  it('changes nothing in the workspace, and shows a progress bar on a terminal only', async () => {
    const ws = makeWorkspace();
    await addPdf(ws, 'evidence/009/1-方案.pdf', { pages: 2 });
    const skip = (rel: string): boolean => rel.startsWith('.ledger-cache') || rel.startsWith('bundles');
    const before = snapshot(ws, skip);
    const quiet = await ledger(['bundle', '9'], { cwd: ws });
    expect(quiet.stderr).toBe('');
    expect(fs.existsSync(path.join(ws, 'bundles', '指标009.pdf'))).toBe(true);
    const tty = await ledger(['bundle', '9', '-o', tempDir()], { cwd: ws, tty: true });
    expect(tty.stderr).toContain('生成材料册');
    expect(snapshot(ws, skip)).toEqual(before);
  });

  it('says what it needs: ids, --unit or --all, and an indicator that takes materials', async () => {
    const ws = makeWorkspace();
    expect((await ledger(['bundle'], { cwd: ws })).code).toBe(2);
    expect((await ledger(['bundle', '9', '--all'], { cwd: ws })).code).toBe(2);
    const none = await ledger(['bundle', '73', '-o', tempDir()], { cwd: ws });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('指标 73 没有需要报送的材料');
    const unknown = await ledger(['bundle', '999'], { cwd: ws });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('未知的指标');
  });

  // A folder the system will not let anyone write in (sysfs: EACCES even for root), as a full or
  // read-only disk would: said as a failed write, never an internal error.
  it.runIf(fs.existsSync('/sys/fs'))('says a folder it cannot write in is the disk, not an internal error', async () => {
    const ws = makeWorkspace();
    const r = await ledger(['bundle', '11', '--force', '-o', '/sys/fs'], { cwd: ws });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/无法写入 .*：E(ACCES|PERM|ROFS)。未改动任何文件。/);
    expect(r.stderr).not.toContain('内部错误');
  });
});
