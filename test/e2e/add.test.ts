import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../src/edit/add/target-name.js';
import { hashFile } from '../../src/util/hash-file.js';
import { CORPUS } from '../bundle/fixture.js';
import { checkJson, ledger, makeWorkspace, tempDir } from '../helpers/cli.js';
import { cut, image } from '../helpers/images.js';
import { makePdf, writeFile } from '../helpers/workspace.js';

/** Files outside the workspace, as a unit hands them over. */
async function handedIn(): Promise<Record<string, string>> {
  const dir = tempDir('handed-in-');
  const png = new PNG({ width: 4, height: 3 });
  png.data.fill(200);
  const files: Record<string, Uint8Array | string | Buffer> = {
    'report.pdf': await makePdf({ pages: 2, seed: 'report' }),
    '2-典型案例.pdf': await makePdf({ seed: 'case' }),
    'photo.png': PNG.sync.write(png),
    '工作总结.md': '# 情况说明\n\n我局全面推行“双随机、一公开”监管。\n',
    '涉密-内部通报.pdf': await makePdf({ seed: 'secret' }),
    'notes.docx': 'PK\u0003\u0004 not really a document',
    'broken.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
  };
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(files)) {
    out[name] = path.join(dir, name);
    fs.writeFileSync(out[name]!, data);
  }
  out.locked = path.join(dir, 'locked.pdf');
  fs.copyFileSync(path.join(CORPUS, 'enc-user-aes256-qpdf.pdf'), out.locked);
  return out;
}

describe('ledger add', () => {
  it('copies valid files under conforming names, leaves the originals alone, and says what is still missing', async () => {
    const ws = makeWorkspace();
    const f = await handedIn();
    const before = hashFile(f['report.pdf']!);
    const r = await ledger(['add', f['report.pdf']!, f['2-典型案例.pdf']!, f['photo.png']!, f['工作总结.md']!, '--to', '009/1'], {
      cwd: ws,
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(fs.readdirSync(path.join(ws, 'evidence/009')).sort()).toEqual([
      '1-photo.png',
      '1-report.pdf',
      '1-典型案例.pdf',
      '1-工作总结-情况说明.md',
      'README.md',
    ]);
    expect(hashFile(path.join(ws, 'evidence/009/1-report.pdf'))).toBe(before);
    expect(hashFile(f['report.pdf']!)).toBe(before);
    expect(r.stdout).toContain('→ evidence/009/1-report.pdf');
    expect(r.stdout).toContain('指标 9 还缺少：材料②');

    // The same content again: refused, pointing at the same_as to write instead.
    const again = await ledger(['add', f['report.pdf']!, '--to', '10/1'], { cwd: ws });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('与 evidence/009/1-report.pdf 内容完全相同');
    expect(again.stderr).toContain('same_as: "9/1"');
    expect(fs.readdirSync(path.join(ws, 'evidence/010'))).toEqual(['README.md']);
  });

  it('refuses what the check would reject, and then copies nothing at all', async () => {
    const ws = makeWorkspace();
    const f = await handedIn();
    const r = await ledger(
      ['add', f['report.pdf']!, f.locked!, f['涉密-内部通报.pdf']!, f['notes.docx']!, f['broken.png']!, '--to', '9/2'],
      { cwd: ws },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('以下 4 个文件不能添加，未复制任何文件');
    expect(r.stderr).toContain('PDF 设置了打开密码');
    expect(r.stderr).toContain('密级标识“涉密”');
    expect(r.stderr).toContain('不支持的文件类型 .docx');
    expect(r.stderr).toContain('图片无法读取');
    expect(fs.readdirSync(path.join(ws, 'evidence/009'))).toEqual(['README.md']);
  });

  it('judges images as check does: a cut copy is refused, a thumbnail warns, the extension follows the content', async () => {
    const ws = makeWorkspace();
    const dir = tempDir('handed-images-');
    const put = (name: string, data: Uint8Array): string => {
      fs.writeFileSync(path.join(dir, name), data);
      return path.join(dir, name);
    };
    const cutCopy = put('现场.jpg', cut(image('photo-640x480.jpg')));
    const refused = await ledger(['add', cutCopy, '--to', '9/1'], { cwd: ws });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('图片不完整，文件被截断');
    const r = await ledger(
      [
        'add',
        put('截图.jpg', image('alpha-400x300.png')),
        put('缩略图.jpg', image('small-120x90.jpg')),
        put('通知.png', await makePdf({ seed: 'n' })),
        '--to',
        '9/1',
      ],
      { cwd: ws },
    );
    expect(r.stdout).toContain('图片只有 120×90 像素');
    expect(r.code).toBe(0);
    expect(fs.readdirSync(path.join(ws, 'evidence/009')).sort()).toEqual(['1-截图.png', '1-缩略图.jpg', '1-通知.pdf', 'README.md']);
    const check = await checkJson(ws, ['--indicator', '9']);
    expect(check.report.diagnostics.filter((d) => d.file?.startsWith('evidence/009/1-')).map((d) => d.code)).toEqual(['image-small']);
  });

  it('never overwrites: a taken name gets a number; --dry-run copies nothing; a 涉密 material takes no file', async () => {
    const ws = makeWorkspace();
    const f = await handedIn();
    writeFile(ws, 'evidence/009/2-典型案例.pdf', await makePdf({ seed: 'already there' }));
    const dry = await ledger(['add', f['2-典型案例.pdf']!, '--to', '9/②', '--dry-run'], { cwd: ws });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('将添加');
    expect(dry.stdout).toContain('2-典型案例-2.pdf');
    expect(dry.stdout).toContain('试运行');
    expect(fs.existsSync(path.join(ws, 'evidence/009/2-典型案例-2.pdf'))).toBe(false);
    const real = await ledger(['add', f['2-典型案例.pdf']!, '--to', '9/2'], { cwd: ws });
    expect(real.code).toBe(0);
    expect(fs.existsSync(path.join(ws, 'evidence/009/2-典型案例-2.pdf'))).toBe(true);

    writeFile(ws, 'evidence/011/index.yaml', 'materials:\n  2:\n    secret: 涉密\n');
    const secret = await ledger(['add', f['report.pdf']!, '--to', '11/2'], { cwd: ws });
    expect(secret.code).toBe(1);
    expect(secret.stderr).toContain('标为涉密');
  });

  it('names files by material and label, NFC and safe on Windows', () => {
    expect(safeFileName(2, undefined, '典型案例.PDF', false)).toBe('2-典型案例.pdf');
    expect(safeFileName(2, undefined, '（3）旧编号.pdf', false)).toBe('2-旧编号.pdf');
    expect(safeFileName(1, '失信惩戒: 案例?', 'x.pdf', false)).toBe('1-失信惩戒： 案例？.pdf');
    expect(safeFileName(1, 'cafe\u0301', 'x.jpg', false)).toBe('1-caf\u00e9.jpg');
    expect(safeFileName(3, undefined, '工作总结.md', true)).toBe('3-工作总结-情况说明.md');
    expect(safeFileName(3, undefined, '情况说明.md', true)).toBe('3-情况说明.md');
    expect(safeFileName(1, 'con', 'x.pdf', false)).toBe('1-con.pdf');
    expect([...safeFileName(1, '长'.repeat(300), 'x.pdf', false)].length).toBeLessThanOrEqual(110);
  });

  it('says what a wrong target is', async () => {
    const ws = makeWorkspace();
    const f = await handedIn();
    const none = await ledger(['add', f['report.pdf']!], { cwd: ws });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('缺少必需的选项 --to');
    for (const to of ['9', '9/0', '9/9', '73/1', '999/1']) {
      const r = await ledger(['add', f['report.pdf']!, '--to', to], { cwd: ws });
      expect(r.code, to).toBe(2);
      expect(r.stderr, to).not.toContain('Error:');
    }
  });

  it("never opens a FIFO, never writes through a symlinked evidence folder, and names a killed write's leftover", async () => {
    const ws = makeWorkspace();
    const f = await handedIn();
    // A FIFO named .pdf: refused from its stat, before a byte is read (reading would block forever).
    const fifo = path.join(path.dirname(f['report.pdf']!), 'pipe.pdf');
    const made = spawnSync('mkfifo', [fifo]);
    if (made.status === 0) {
      const r = await ledger(['add', fifo, '--to', '9/1'], { cwd: ws });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('不存在或不是普通文件');
    }
    // evidence/010 a link to a folder outside the workspace: nothing is written there.
    const outside = tempDir('outside-');
    fs.rmSync(path.join(ws, 'evidence/010'), { recursive: true });
    fs.symlinkSync(outside, path.join(ws, 'evidence/010'));
    const linked = await ledger(['add', f['report.pdf']!, '--to', '10/1'], { cwd: ws });
    expect(linked.code).toBe(1);
    expect(linked.stderr).toContain('evidence/010 是符号链接或不是文件夹');
    expect(fs.readdirSync(outside)).toEqual([]);
    // A temporary file of a write killed before its rename: the writer's, not a file the unit filed.
    fs.copyFileSync(f['report.pdf']!, path.join(ws, 'evidence/009/.1-report.pdf.4242.0badc0de.new.tmp'));
    const found = (await checkJson(ws, ['--indicator', '9'])).report.diagnostics.filter((d) => d.file?.includes('.tmp'));
    expect(found.map((d) => [d.code, d.severity])).toEqual([['write-leftover', 'warning']]);
  });
});
