import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EPOCH, git } from '../bundle/fixture.js';
import { HAVE, inkOf, mediaBoxes, pageText, pdfinfoPages, qpdfCheck } from '../bundle/tools.js';
import { ledger, makeWorkspace, tempDir } from '../helpers/cli.js';
import { image, withExif } from '../helpers/images.js';
import { addPdf, writeFile } from '../helpers/workspace.js';

/**
 * Indicator 3 (5 materials): ① a photo held sideways (EXIF 6) and a CMYK JPEG, ② PNGs of every
 * kind pdf.js and poppler must draw (palette, 16-bit, interlaced, alpha), one of them named .jpg,
 * ③ a PDF, ④ only news links (one of them not http: it does not count, so it is not listed),
 * ⑤ not applicable.
 */
async function mediaWorkspace(): Promise<string> {
  const ws = makeWorkspace();
  writeFile(ws, 'evidence/003/1-会议照片.jpg', withExif(image('photo-640x480.jpg'), { orientation: 6, taken: '2024:05:01 10:00:00' }));
  writeFile(ws, 'evidence/003/1-标牌.jpg', image('cmyk-400x300.jpg'));
  writeFile(ws, 'evidence/003/2-调色板.png', image('palette-400x300.png'));
  writeFile(ws, 'evidence/003/2-十六位.png', image('deep16-400x300.png'));
  writeFile(ws, 'evidence/003/2-隔行.png', image('interlaced-400x300.png'));
  writeFile(ws, 'evidence/003/2-透明.jpg', image('alpha-400x300.png'));
  await addPdf(ws, 'evidence/003/3-清单.pdf', { pages: 2 });
  writeFile(
    ws,
    'evidence/003/index.yaml',
    [
      'materials:',
      '  4:',
      '    links:',
      '      - url: https://www.example.gov.cn/news/2024/0501.html',
      '        title: 我局公开中介服务事项清单',
      '        date: 2024-05-01',
      '        source: 许昌日报',
      '      - url: ftp://files.example.gov.cn/a',
      '        title: 不是网页',
      '        date: 2024-05-02',
      '  5:',
      '    not_applicable: 本局无此类机构',
      '',
    ].join('\n'),
  );
  git(ws, ['init', '-q']);
  git(ws, ['add', '-A']);
  git(ws, ['commit', '-qm', 'evidence']);
  return ws;
}

describe('ledger bundle with images and news links (from the check, one reading)', () => {
  let ws: string;
  let out: string;
  let pdf: string;
  let manifest: { sources: { path: string; kind: string; pages: number }[] };

  beforeAll(async () => {
    ws = await mediaWorkspace();
    out = process.env.LEDGER_KEEP_BUNDLE ?? tempDir('bundle-media-');
    const r = await ledger(['bundle', '3', '-o', out, '--force'], { cwd: ws, env: EPOCH });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0); // every material covered; the ftp link is the check's finding, not the bundle's
    pdf = path.join(out, '指标003.pdf');
    manifest = JSON.parse(fs.readFileSync(path.join(out, '指标003.manifest.json'), 'utf8')) as typeof manifest;
  });

  it('puts every image on its own A4 page and the valid links on one page, as the check counted them', async () => {
    expect(manifest.sources.map((s) => [s.path.split('/').pop(), s.kind, s.pages])).toEqual([
      ['1-会议照片.jpg', 'image', 1],
      ['1-标牌.jpg', 'image', 1],
      ['2-十六位.png', 'image', 1],
      ['2-调色板.png', 'image', 1],
      ['2-透明.jpg', 'image', 1],
      ['2-隔行.png', 'image', 1],
      ['3-清单.pdf', 'pdf', 2],
    ]);
    const boxes = await mediaBoxes(pdf);
    const front = boxes.length - 6 - 2 - 1;
    // the photo is stored landscape (640×480), EXIF 6 turns it upright: a portrait page
    expect(boxes[front]).toEqual([0, 0, 595.28, 841.89]);
    expect(boxes.slice(front + 1, front + 6).every((b) => b[2]! > b[3]!)).toBe(true);
    if (HAVE.poppler) {
      expect(pdfinfoPages(pdf)).toBe(boxes.length);
      const links = pageText(pdf, boxes.length);
      expect(links).toContain('我局公开中介服务事项清单');
      expect(links).toContain('https://www.example.gov.cn/news/2024/0501.html');
      expect(links).not.toContain('ftp://');
    }
  });

  it.skipIf(!HAVE.poppler)(
    'draws each image kind with its left half black (CMYK not inverted; palette, 16-bit, interlaced decoded)',
    () => {
      const first = pdfinfoPages(pdf) - 6 - 2 - 1 + 1;
      const w = Math.round((842 * 36) / 72);
      const h = Math.round((595 * 36) / 72);
      const half = (p: number, x: number) =>
        inkOf(pdf, p, { x: Math.round(w * x), y: Math.round(h * 0.3), w: Math.round(w * 0.3), h: Math.round(h * 0.4) });
      // pages after the photo: CMYK, 16-bit, palette, alpha (named .jpg), interlaced
      for (let p = first + 1; p <= first + 5; p++) expect(half(p, 0.15), `page ${p}`).toBeGreaterThan(0.95);
      // the alpha PNG's right half is 50 % red over white paper: light, so its transparency was kept
      expect(half(first + 4, 0.55)).toBeLessThan(0.05);
      // the CMYK JPEG's right half runs from yellow (light) to blue: an inverted one would be dark at the top
      expect(
        inkOf(pdf, first + 1, { x: Math.round(w * 0.55), y: Math.round(h * 0.15), w: Math.round(w * 0.3), h: Math.round(h * 0.1) }),
      ).toBeLessThan(0.05);
    },
  );

  it.skipIf(!HAVE.qpdf)('passes qpdf --check', () => {
    expect(qpdfCheck(pdf).status).toBe(0);
  });
});
