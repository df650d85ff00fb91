import { breakLines, type Span } from './line-break.js';

/** Points per millimetre. */
export const MM = 72 / 25.4;
export const A4 = { width: 595.28, height: 841.89 } as const;
export const A4_LANDSCAPE = { width: A4.height, height: A4.width } as const;

/**
 * The type area of GB/T 9704-2012 (党政机关公文格式): top margin 37 mm, binding margin (left)
 * 28 mm, type area 156 mm × 225 mm — so 35 mm at the bottom and 26 mm on the right of A4.
 */
export const MARGINS = { top: 37 * MM, bottom: 35 * MM, left: 28 * MM, right: 26 * MM } as const;

export interface PageSize {
  width: number;
  height: number;
}

/** Where a link on a page leads: a page of this document (0-based), a web address, another file. */
export type LinkTarget = { page: number } | { uri: string } | { file: string };

export type DrawOp =
  | { kind: 'text'; x: number; y: number; size: number; text: string; bold: boolean; spacing: number; gray?: number }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; width: number; gray: number }
  | { kind: 'fill'; x: number; y: number; w: number; h: number; gray: number }
  | { kind: 'image'; image: number; matrix: [number, number, number, number, number, number] };

export interface LaidPage {
  size: PageSize;
  ops: DrawOp[];
  links: { rect: [number, number, number, number]; target: LinkTarget }[];
}

export interface Paragraph {
  kind: 'para';
  spans: Span[];
  size: number;
  /** baseline-to-baseline distance */
  leading: number;
  align?: 'left' | 'center' | 'justify';
  /** left indent of every line */
  indent?: number;
  /** extra indent of the first line (两个字符 for body text) */
  firstIndent?: number;
  /** a list marker drawn in the indent of the first line */
  marker?: string;
  spaceBefore?: number;
  spaceAfter?: number;
  /** a heading: not left alone at the bottom of a page */
  keepWithNext?: boolean;
  link?: LinkTarget;
  gray?: number;
}

/** A table-of-contents line: text on the left, a page number on the right, dot leaders between. */
export interface TocLine {
  kind: 'toc';
  spans: Span[];
  pageLabel: string;
  size: number;
  leading: number;
  indent: number;
  /** how much further lines after the first are indented (past a label such as 材料①) */
  hang?: number;
  link?: LinkTarget;
}

export type Block = Paragraph | TocLine | { kind: 'rule' } | { kind: 'space'; height: number } | { kind: 'pagebreak' };

export interface Measure {
  width(text: string, size: number): number;
}

/**
 * Lays blocks out on pages of one size within the margins, top to bottom, starting a new page when
 * the next line does not fit. Justified lines spread their slack over the gaps between characters.
 */
export class Flow {
  readonly pages: LaidPage[] = [];
  private y = 0;
  private readonly left: number;
  private readonly right: number;
  private readonly top: number;
  private readonly bottom: number;

  constructor(
    private readonly measure: Measure,
    readonly size: PageSize = A4,
    margins: { top: number; bottom: number; left: number; right: number } = MARGINS,
  ) {
    this.left = margins.left;
    this.right = size.width - margins.right;
    this.top = size.height - margins.top;
    this.bottom = margins.bottom;
  }

  get width(): number {
    return this.right - this.left;
  }

  private get page(): LaidPage {
    if (this.pages.length === 0) this.newPage();
    return this.pages[this.pages.length - 1]!;
  }

  newPage(): void {
    this.pages.push({ size: this.size, ops: [], links: [] });
    this.y = this.top;
  }

  /** Room left on the current page. */
  private room(): number {
    return this.pages.length === 0 ? this.top - this.bottom : this.y - this.bottom;
  }

  add(blocks: Block[]): void {
    blocks.forEach((b, i) => {
      if (b.kind === 'pagebreak') return this.newPage();
      if (b.kind === 'space') {
        this.y -= b.height;
        return;
      }
      if (b.kind === 'rule') {
        if (this.room() < 12) this.newPage();
        const y = this.y - 6;
        this.page.ops.push({ kind: 'line', x1: this.left, y1: y, x2: this.right, y2: y, width: 0.6, gray: 0.4 });
        this.y -= 12;
        return;
      }
      if (b.kind === 'toc') return this.toc(b);
      const next = blocks[i + 1];
      const keep = b.keepWithNext && next?.kind === 'para' ? (b.spaceAfter ?? 0) + (next.spaceBefore ?? 0) + next.leading * 2 : 0;
      this.paragraph(b, keep);
    });
  }

  private paragraph(p: Paragraph, keep: number): void {
    const indent = p.indent ?? 0;
    const first = p.firstIndent ?? 0;
    const width = this.width - indent;
    const lines = breakLines(p.spans, width, (s) => this.measure.width(s, p.size), width - first);
    const before = this.pages.length && this.y < this.top ? (p.spaceBefore ?? 0) : 0;
    const needed = before + p.leading * Math.min(lines.length, 2) + keep;
    if (this.pages.length === 0 || this.room() < needed) this.newPage();
    else this.y -= before;
    lines.forEach((line, i) => {
      if (this.room() < p.leading) this.newPage();
      this.y -= p.leading;
      const baseline = this.y + (p.leading - p.size) / 2 + p.size * 0.12;
      const x0 = this.left + indent + (i === 0 ? first : 0);
      const avail = width - (i === 0 ? first : 0);
      let x = x0;
      let spacing = 0;
      if (p.align === 'center') x = x0 + (avail - line.width) / 2;
      else if ((p.align ?? 'justify') === 'justify' && !line.last && line.chars.length > 1) {
        spacing = Math.max(0, (avail - line.width) / (line.chars.length - 1));
        if (spacing > p.size * 0.25) spacing = 0; // a line cut short by a long word is not stretched
      }
      if (i === 0 && p.marker) {
        const mw = this.measure.width(p.marker, p.size);
        this.page.ops.push({ kind: 'text', x: x0 - mw - p.size * 0.3, y: baseline, size: p.size, text: p.marker, bold: false, spacing: 0 });
      }
      this.drawLine(line.chars, x, baseline, p.size, spacing, p.gray);
      if (p.link) this.page.links.push({ rect: [x, this.y, x + line.width, this.y + p.leading], target: p.link });
    });
    this.y -= p.spaceAfter ?? 0;
  }

  /** Draw a line as runs of one style each. */
  private drawLine(chars: { ch: string; bold: boolean }[], x: number, y: number, size: number, spacing: number, gray?: number): void {
    let i = 0;
    while (i < chars.length) {
      let j = i;
      while (j < chars.length && chars[j]!.bold === chars[i]!.bold) j++;
      const text = chars
        .slice(i, j)
        .map((c) => c.ch)
        .join('');
      this.page.ops.push({ kind: 'text', x, y, size, text, bold: chars[i]!.bold, spacing, ...(gray !== undefined ? { gray } : {}) });
      x += this.measure.width(text, size) + spacing * (j - i);
      i = j;
    }
  }

  private toc(t: TocLine): void {
    const labelWidth = this.measure.width(t.pageLabel, t.size);
    const width = this.width - t.indent - labelWidth - t.size * 2;
    const hang = t.hang ?? 0;
    const lines = breakLines(t.spans, width - hang, (s) => this.measure.width(s, t.size), width);
    if (this.pages.length === 0 || this.room() < t.leading * lines.length) this.newPage();
    const top = this.y;
    lines.forEach((line, i) => {
      this.y -= t.leading;
      const baseline = this.y + (t.leading - t.size) / 2 + t.size * 0.12;
      const x = this.left + t.indent + (i > 0 ? hang : 0);
      this.drawLine(line.chars, x, baseline, t.size, 0);
      if (i === lines.length - 1) {
        const from = x + line.width + t.size * 0.5;
        const to = this.right - labelWidth - t.size * 0.5;
        const dot = this.measure.width('.', t.size) || t.size * 0.3;
        const n = Math.max(0, Math.floor((to - from) / dot));
        if (n > 2)
          this.page.ops.push({
            kind: 'text',
            x: to - n * dot,
            y: baseline,
            size: t.size,
            text: '.'.repeat(n),
            bold: false,
            spacing: 0,
            gray: 0.5,
          });
        this.page.ops.push({
          kind: 'text',
          x: this.right - labelWidth,
          y: baseline,
          size: t.size,
          text: t.pageLabel,
          bold: false,
          spacing: 0,
        });
      }
    });
    if (t.link) this.page.links.push({ rect: [this.left + t.indent, this.y, this.right, top], target: t.link });
  }
}
