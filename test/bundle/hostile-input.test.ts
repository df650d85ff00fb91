import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultFontPath, FontError, openFont } from '../../src/bundle/typeset/font.js';
import { limitNesting, markdownBlocks } from '../../src/bundle/typeset/markdown.js';
import { num } from '../../src/bundle/write/pdf-writer.js';
import { MAX_BUNDLED_LINKS } from '../../src/bundle/compose/parts.js';
import { inspectPdf } from '../../src/pdf/index.js';
import { tempDir } from '../helpers/cli.js';
import { rawPdf } from '../pdf/make-pdf.js';
import { plannedIndicator, writePlanned } from './fixture.js';
import { HAVE, qpdfCheck } from './tools.js';

describe('bundle on hostile input', () => {
  it('writes numbers without exponents: 1e30 is clamped to the largest integer readers take', () => {
    expect(num(1e30)).toBe('2147483647');
    expect(num(-1e30)).toBe('-2147483647');
    expect(num(1.5)).toBe('1.5');
    expect(num(1e-9)).toBe('0');
  });

  it('copies a page with /Rotate 45 and a 31-digit number as a page every reader takes', async () => {
    const dir = tempDir('hostile-');
    const source = path.join(dir, '1-x.pdf');
    fs.writeFileSync(
      source,
      rawPdf(
        [
          '<< /Type /Catalog /Pages 2 0 R >>',
          '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
          '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Rotate 45 /UserUnit 1000000000000000000000000000000 >>',
        ],
        '/Root 1 0 R',
      ),
    );
    const out = path.join(dir, 'out.pdf');
    writePlanned(plannedIndicator([{ rel: 'evidence/009/1-x.pdf', abs: source, name: '1-x.pdf', kind: 'pdf', pages: 1 }]), out);
    const bytes = fs.readFileSync(out, 'latin1');
    expect(/\/UserUnit ([^/>\s]+)/.exec(bytes)?.[1]).toBe('2147483647');
    expect(bytes).toMatch(/\/Rotate 90/);
    expect(bytes).not.toMatch(/\/Rotate 45/);
    expect((await inspectPdf(out)).damage).toBe('none');
    if (HAVE.qpdf) expect(qpdfCheck(out).output).toContain('No syntax or stream encoding errors');
  });

  it('sets 50,000 nested ** and 50,000 nested quotes without overflowing the stack', () => {
    const strong = markdownBlocks('**'.repeat(50_000) + '重点' + '**'.repeat(50_000));
    expect(strong.length).toBeGreaterThan(0);
    expect(markdownBlocks('> '.repeat(50_000) + '引文').length).toBeGreaterThan(0);
    expect(markdownBlocks('- '.repeat(50_000) + '条目').length).toBeGreaterThan(0);
  });

  it('limits nesting but keeps ordinary Markdown as written', () => {
    const ordinary = '# 标题\n\n1. 第一\n   - 子项 **重点** ***粗斜***\n> 引用\n> > 二层';
    expect(limitNesting(ordinary)).toBe(ordinary);
    expect(limitNesting('> > > > > > > > x')).toBe('> > > > > > x');
    expect(limitNesting('- - - - - - x')).toBe('- - - - x');
    expect(limitNesting('a ****** b')).toBe('a \\*\\*\\*\\*\\*\\* b');
  });

  it('opens bundle.font only as a regular file: a link to a font is followed (system fonts often are links), no device or FIFO', () => {
    const dir = tempDir('font-');
    const link = path.join(dir, 'font.otf');
    fs.symlinkSync(defaultFontPath(), link);
    expect(openFont(link).hasGlyphForCodePoint(0x6307)).toBe(true);
    const toDevice = path.join(dir, 'zero.otf');
    fs.symlinkSync('/dev/zero', toDevice);
    expect(() => openFont(toDevice)).toThrow(FontError);
    expect(() => openFont(toDevice)).toThrow(/not a regular file \(device\)/);
    expect(() => openFont('/dev/zero')).toThrow(/not a regular file \(device\)/);
    const fifo = path.join(dir, 'fifo.otf');
    if (spawnSync('mkfifo', [fifo]).status === 0) expect(() => openFont(fifo)).toThrow(/not a regular file \(fifo\)/);
    expect(openFont(defaultFontPath()).hasGlyphForCodePoint(0x6307)).toBe(true);
  });

  it('lists at most MAX_BUNDLED_LINKS news links per material and counts the rest on the last page', () => {
    const links = Array.from({ length: MAX_BUNDLED_LINKS + 3 }, (_, i) => ({
      url: `https://www.example.gov.cn/news/${i}.html`,
      title: `报道 ${i + 1}`,
      date: '2024-05-01',
    }));
    const { plan } = writePlanned(plannedIndicator([], links), path.join(tempDir('links-cap-'), 'b.pdf'));
    const pages = plan.parts.filter((p) => p.role === 'links').flatMap((p) => (p.kind === 'typeset' ? p.pages : []));
    const uris = pages.flatMap((p) => p.links).filter((l) => 'uri' in l.target);
    // Each listed link carries two annotations (its title and its address).
    expect(new Set(uris.map((l) => (l.target as { uri: string }).uri)).size).toBe(MAX_BUNDLED_LINKS);
    const text = pages.flatMap((p) => p.ops.flatMap((o) => (o.kind === 'text' ? [o.text] : []))).join('');
    expect(text).toContain(`另有 3 条链接未列入本册（每项材料最多列 ${MAX_BUNDLED_LINKS} 条）`);
    expect(text).toContain(`${MAX_BUNDLED_LINKS}. 报道 ${MAX_BUNDLED_LINKS}`);
    expect(text).not.toContain(`报道 ${MAX_BUNDLED_LINKS + 1}`);
  });
});
