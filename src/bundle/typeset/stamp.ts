import { MM, type DrawOp, type Measure, type PageSize } from './layout.js';

/** Height of the band added above and below a copied page for its stamp and page number. */
export const BAND = 8 * MM;
const STAMP_SIZE = 8;
const STAMP_GRAY = 0.3;

/** `指标 9 · 材料② · 2-典型案例.pdf`, the header stamp of an evidence page. */
export function stampText(indicator: string, material: string, file: string, returned = false): string {
  return `指标 ${indicator} · 材料${material} · ${returned ? '已退回 · ' : ''}${file}`;
}

/** `第 x 页 共 y 页`, every page's footer. */
export function footerText(page: number, total: number): string {
  return `第 ${page} 页 共 ${total} 页`;
}

/** Shorten a text to fit `width`, keeping both ends (file names differ at the end too). */
export function fitText(text: string, width: number, size: number, m: Measure): string {
  if (m.width(text, size) <= width) return text;
  const chars = [...text];
  let keep = chars.length;
  while (keep > 4) {
    keep--;
    const head = chars.slice(0, Math.ceil(keep / 2)).join('');
    const tail = chars.slice(chars.length - Math.floor(keep / 2)).join('');
    const s = `${head}…${tail}`;
    if (m.width(s, size) <= width) return s;
  }
  return chars.slice(0, 4).join('');
}

/**
 * The stamp of a page, in its displayed (upright) coordinates: the header at the top left, the page
 * number centred at the bottom. `bandTop`/`bandBottom` are the y of the baselines; with `blank`
 * the bands of a copied page are painted white first (what lay outside its old crop box stays hidden).
 */
export function stampOps(
  size: PageSize,
  header: string | null,
  footer: string,
  m: Measure,
  opts: { headerY: number; footerY: number; marginX: number; blank?: number },
): DrawOp[] {
  const ops: DrawOp[] = [];
  if (opts.blank !== undefined) {
    ops.push({ kind: 'fill', x: 0, y: 0, w: size.width, h: opts.blank, gray: 1 });
    ops.push({ kind: 'fill', x: 0, y: size.height - opts.blank, w: size.width, h: opts.blank, gray: 1 });
  }
  const width = size.width - 2 * opts.marginX;
  if (header) {
    const text = fitText(header, width, STAMP_SIZE, m);
    ops.push({ kind: 'text', x: opts.marginX, y: opts.headerY, size: STAMP_SIZE, text, bold: false, spacing: 0, gray: STAMP_GRAY });
  }
  const fw = m.width(footer, STAMP_SIZE);
  ops.push({
    kind: 'text',
    x: (size.width - fw) / 2,
    y: opts.footerY,
    size: STAMP_SIZE,
    text: footer,
    bold: false,
    spacing: 0,
    gray: STAMP_GRAY,
  });
  return ops;
}

/** Stamp placement on a page the bundle typesets itself (A4, wide margins): inside the margins. */
export function typesetStampPlace(size: PageSize): { headerY: number; footerY: number; marginX: number } {
  return { headerY: size.height - 20 * MM, footerY: 15 * MM, marginX: 20 * MM };
}

/** Stamp placement on a copied page grown by a band at the top and the bottom. */
export function copiedStampPlace(size: PageSize): { headerY: number; footerY: number; marginX: number; blank: number } {
  return { headerY: size.height - BAND + 2.6 * MM, footerY: 2.6 * MM, marginX: Math.min(12 * MM, size.width * 0.05), blank: BAND };
}

/**
 * The matrix from a page's displayed space (upright, origin at the bottom left of what is shown)
 * to its user space, for a visible box and a /Rotate (ISO 32000 §8.3.2.2 and §7.7.3.3).
 */
export function displayToUser(box: [number, number, number, number], rotate: number): [number, number, number, number, number, number] {
  const [llx, lly, urx, ury] = box;
  switch (rotate) {
    case 90:
      return [0, 1, -1, 0, urx, lly];
    case 180:
      return [-1, 0, 0, -1, urx, ury];
    case 270:
      return [0, -1, 1, 0, llx, ury];
    default:
      return [1, 0, 0, 1, llx, lly];
  }
}

/** A copied page's box grown by the band at its displayed top and bottom, and the displayed size. */
export function grownBox(
  box: [number, number, number, number],
  rotate: number,
): { box: [number, number, number, number]; display: PageSize } {
  const [llx, lly, urx, ury] = box;
  const sideways = rotate === 90 || rotate === 270;
  const grown: [number, number, number, number] = sideways ? [llx - BAND, lly, urx + BAND, ury] : [llx, lly - BAND, urx, ury + BAND];
  const w = grown[2] - grown[0];
  const h = grown[3] - grown[1];
  return { box: grown, display: sideways ? { width: h, height: w } : { width: w, height: h } };
}
