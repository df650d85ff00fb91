import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultFontPath } from '../../src/bundle/typeset/font.js';
import { HAVE, inkOf, pageText, pdffonts } from '../bundle/tools.js';
import { ledger, makeWorkspace, tempDir } from '../helpers/cli.js';
import { addPdf } from '../helpers/workspace.js';

/** A CJK TrueType (glyf) font that Ghostscript ships on Debian, when this machine has it. */
const GS = '/usr/share/ghostscript';
const DROID = (fs.existsSync(GS) ? fs.readdirSync(GS, { withFileTypes: true, recursive: true }) : [])
  .map((e) => e as unknown as fs.Dirent & { parentPath?: string; path?: string })
  .filter((e) => e.name === 'DroidSansFallback.ttf')
  .map((e) => path.join(e.parentPath ?? e.path ?? '', e.name))[0];

async function withFont(font: string): Promise<{ ws: string; out: string }> {
  const ws = makeWorkspace();
  await addPdf(ws, 'evidence/009/1-方案.pdf');
  fs.appendFileSync(path.join(ws, 'ledger.yaml'), `bundle:\n  font: ${JSON.stringify(font)}\n`);
  return { ws, out: tempDir('bundle-font-') };
}

describe('bundle.font in ledger.yaml', () => {
  it('typesets with another OpenType font named there', async () => {
    const bold = path.join(path.dirname(defaultFontPath()), 'NotoSansHans-Bold.otf');
    const { ws, out } = await withFont(bold);
    const r = await ledger(['bundle', '9', '-o', out], { cwd: ws });
    expect(r.stderr).toBe('');
    if (HAVE.poppler) expect(pdffonts(path.join(out, '指标009.pdf'))).toMatch(/\+NotoSansHans-Bold\s+CID Type 0C/);
  });

  it.skipIf(!DROID || !HAVE.poppler)('embeds a TrueType font as CIDFontType2, rendered and extracted with no system font', async () => {
    const { ws, out } = await withFont(DROID!);
    expect((await ledger(['bundle', '9', '-o', out], { cwd: ws })).stderr).toBe('');
    const pdf = path.join(out, '指标009.pdf');
    expect(pdffonts(pdf)).toMatch(/\+DroidSansFallback\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    expect(pageText(pdf, 1)).toContain('测评方式：查看资料、实地查看');
    expect(inkOf(pdf, 1)).toBeGreaterThan(0.005);
  });

  it('says which font file cannot be used, relative to the workspace', async () => {
    const { ws, out } = await withFont('fonts/仿宋.ttf');
    const r = await ledger(['bundle', '9', '-o', out], { cwd: ws });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(path.join(ws, 'fonts', '仿宋.ttf'));
    expect(r.stderr).toContain('bundle.font');
    const notCjk = await withFont(path.join(ws, 'ledger.yaml'));
    expect((await ledger(['bundle', '9', '-o', notCjk.out], { cwd: notCjk.ws })).code).toBe(2);
  });
});
