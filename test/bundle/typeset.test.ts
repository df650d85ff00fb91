import { describe, expect, it } from 'vitest';
import { DocumentFont, defaultFontPath, FontError, openFont } from '../../src/bundle/typeset/font.js';
import { Flow } from '../../src/bundle/typeset/layout.js';
import { breakLines, NO_LINE_END, NO_LINE_START } from '../../src/bundle/typeset/line-break.js';
import { markdownBlocks } from '../../src/bundle/typeset/markdown.js';
import { displayToUser, fitText, grownBox } from '../../src/bundle/typeset/stamp.js';
import { REPO } from '../helpers/cli.js';

/** Every character one em wide, Latin ones half: close to a CJK font, and exact. */
const measure = (s: string): number => [...s].reduce((w, c) => w + (c.charCodeAt(0) < 0x2e80 ? 0.5 : 1), 0);

const TEXT =
  '为深入贯彻落实《许昌市法治政府建设示范市创建工作方案》，配合全市做好创建工作，加快推进全市市场监管法治化水平，现制定如下工作方案。' +
  '坚持以习近平新时代中国特色社会主义思想为指导（“法治工作全局化、全局工作法治化”），全力开展法治政府建设示范市创建活动；' +
  '创建周期内年度工作100%按时按要求完成！是否做到“马上办、网上办、就近办、一次办、自助办”？详见 https://www.xuchang.gov.cn/a/b/c.html 。';

describe('Chinese line breaking (避头尾)', () => {
  it('never starts a line with closing punctuation and never ends one with opening punctuation, at any width', () => {
    for (let width = 6; width <= 30; width++) {
      const lines = breakLines([{ text: TEXT }], width, measure);
      lines.forEach((l, i) => {
        const text = l.chars.map((c) => c.ch).join('');
        expect(text.length, `width ${width} line ${i}`).toBeGreaterThan(0);
        if (i > 0) expect(NO_LINE_START.has(text[0]!), `width ${width}: "${text}" starts with ${text[0]}`).toBe(false);
        if (!l.last) expect(NO_LINE_END.has(text[text.length - 1]!), `width ${width}: "${text}" ends with it`).toBe(false);
        // Only a unit longer than the whole line may overflow it.
        if (!text.includes('https')) expect(l.width).toBeLessThanOrEqual(width + 1);
      });
      expect(
        lines
          .map((l) => l.chars.map((c) => c.ch).join(''))
          .join('')
          .replace(/ /g, ''),
      ).toBe(TEXT.replace(/ /g, ''));
    }
  });

  it('keeps Latin words and numbers whole, breaks at spaces, and splits only what is longer than a line', () => {
    const lines = breakLines([{ text: '共抽查 1,234 户 abcdefghijklmnopqrstuvwxyz' }], 8, measure).map((l) =>
      l.chars.map((c) => c.ch).join(''),
    );
    expect(lines.some((l) => l.includes('1,234'))).toBe(true);
    expect(lines.join('|')).toContain('abcdefghijklmnop|qrstuvwxyz');
  });

  it('carries bold through lines', () => {
    const lines = breakLines([{ text: '加粗的开头', bold: true }, { text: '然后是正文内容' }], 4, measure);
    expect(lines[0]!.chars.every((c) => c.bold)).toBe(true);
    expect(lines[lines.length - 1]!.chars.every((c) => !c.bold)).toBe(true);
  });
});

describe('Markdown of a 情况说明', () => {
  it('reads headings, paragraphs, lists, quotes, emphasis and joins soft-wrapped Chinese lines', () => {
    const blocks = markdownBlocks(
      '\uFEFF# 标题\n\n第一段\n接着写。**加粗**和*斜体*与[链接](http://x)。\n\n## 一、做法\n\n1. 第一项\n2. 第二项\n   - 子项\n\n> 引用\n\n---\n',
    );
    const paras = blocks.filter((b) => b.kind === 'para');
    expect(paras[0]).toMatchObject({ size: 22, align: 'center', keepWithNext: true });
    expect(paras[1]!.spans.map((s) => s.text).join('')).toBe('第一段接着写。加粗和斜体与链接。');
    expect(paras[1]!.spans.find((s) => s.text === '加粗')?.bold).toBe(true);
    expect(paras[2]).toMatchObject({ keepWithNext: true, spans: [{ text: '一、做法', bold: true }] });
    expect(paras.filter((p) => p.marker).map((p) => p.marker)).toEqual(['1.', '2.', '•']);
    expect(paras.find((p) => p.spans[0]?.text === '引用')?.indent).toBe(32);
    expect(blocks.some((b) => b.kind === 'rule')).toBe(true);
  });

  it('lays a long statement out over A4 pages within the GB/T 9704 type area', () => {
    const flow = new Flow({ width: (s, size) => measure(s) * size });
    flow.add(markdownBlocks(`# 标题\n\n${'我局全面推行“双随机、一公开”监管。'.repeat(60)}\n`));
    expect(flow.pages.length).toBeGreaterThan(1);
    for (const page of flow.pages) {
      for (const op of page.ops) {
        if (op.kind !== 'text') continue;
        expect(op.y).toBeGreaterThan(35 * (72 / 25.4) - 1);
        expect(op.y).toBeLessThan(841.89 - 37 * (72 / 25.4));
        expect(op.x).toBeGreaterThanOrEqual(28 * (72 / 25.4) - 0.01);
      }
    }
  });
});

describe('stamps', () => {
  it('map the displayed top of a page to its user space for every /Rotate', () => {
    const box: [number, number, number, number] = [10, 20, 610, 820];
    const apply = (m: number[], x: number, y: number): [number, number] => [m[0]! * x + m[2]! * y + m[4]!, m[1]! * x + m[3]! * y + m[5]!];
    // The displayed top-left corner of the page.
    expect(apply(displayToUser(box, 0), 0, 800)).toEqual([10, 820]);
    expect(apply(displayToUser(box, 90), 0, 600)).toEqual([10, 20]);
    expect(apply(displayToUser(box, 180), 0, 800)).toEqual([610, 20]);
    expect(apply(displayToUser(box, 270), 0, 600)).toEqual([610, 820]);
    const grown = grownBox(box, 90);
    expect(grown.display.width).toBe(800);
    expect(grown.display.height).toBeCloseTo(600 + 2 * 8 * (72 / 25.4), 6);
  });

  it('shorten a long file name in the middle to fit', () => {
    const long = `2-${'很长的文件名'.repeat(20)}结尾.pdf`;
    const short = fitText(long, 40, 1, { width: (s) => measure(s) });
    expect(measure(short)).toBeLessThanOrEqual(40);
    expect(short.startsWith('2-很长')).toBe(true);
    expect(short.endsWith('结尾.pdf')).toBe(true);
  });
});

describe('fonts', () => {
  it('use the Noto Sans SC shipped with the npm dependencies, and refuse a file that is not a CJK font', () => {
    const font = openFont(defaultFontPath());
    const doc = new DocumentFont(font);
    expect(doc.cff).toBe(true);
    expect(doc.width('指标', 10)).toBe(20);
    expect(doc.encode('指标指')).toBe('<000100020001>');
    expect(doc.glyphCount).toBe(2);
    const sub = doc.finish();
    expect(sub.widths).toEqual([1000, 1000]);
    expect(sub.toUnicode).toContain('<0001> <6307>');
    expect(sub.program.length).toBeLessThan(200_000);
    expect(() => openFont(`${REPO}/package.json`)).toThrow(FontError);
  });
});
