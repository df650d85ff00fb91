import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { readBytesSafely, type ReadProblem } from '../../util/read-safely.js';

/**
 * The typeface of everything a bundle typesets: Noto Sans SC (思源黑体, OFL 1.1), shipped by the
 * npm package @embedpdf/fonts-sc as OpenType/CFF — nothing is downloaded, no system font is used.
 * `bundle.font` in ledger.yaml names another TrueType/OpenType file (or a .ttc, first face).
 */
const require = createRequire(import.meta.url);

export function defaultFontPath(): string {
  const entry = require.resolve('@embedpdf/fonts-sc');
  return path.join(path.dirname(entry), '..', 'fonts', 'NotoSansHans-Regular.otf');
}

/** Why a font file cannot be used. */
export class FontError extends Error {
  override readonly name = 'FontError';
}

/** A font being used by one document: glyphs get codes 1, 2, 3… in the order they are first drawn. */
export class DocumentFont {
  private readonly subset: fontkit.Subset;
  /** code → the text its glyph stands for (ToUnicode) and its width in 1/1000 em */
  private readonly used: { text: string; width: number }[] = [{ text: '', width: 0 }];
  private readonly codes = new Map<number, number>();
  readonly cff: boolean;
  private readonly scale: number;

  constructor(private readonly font: fontkit.Font) {
    this.subset = font.createSubset();
    this.cff = (font as unknown as Record<string, unknown>)['CFF '] !== undefined;
    this.scale = 1000 / font.unitsPerEm;
  }

  get postscriptName(): string {
    return this.font.postscriptName.replace(/[^A-Za-z0-9-]/g, '') || 'Font';
  }

  /** Width of a text in points at `size`. */
  width(text: string, size: number): number {
    let w = 0;
    for (const ch of text) w += this.glyph(ch).advanceWidth;
    return (w * this.scale * size) / 1000;
  }

  /** Whether the font can draw a character (else it is drawn as □). */
  has(ch: string): boolean {
    return this.font.hasGlyphForCodePoint(ch.codePointAt(0)!);
  }

  /** The codes of a text, as a hex string for a content stream (`<0001000A>`). */
  encode(text: string): string {
    let hex = '';
    for (const ch of text) hex += this.code(ch).toString(16).padStart(4, '0');
    return `<${hex}>`;
  }

  private glyph(ch: string): fontkit.Glyph {
    const cp = ch.codePointAt(0)!;
    if (this.font.hasGlyphForCodePoint(cp)) return this.font.glyphForCodePoint(cp);
    return this.font.glyphForCodePoint(0x25a1);
  }

  private code(ch: string): number {
    const cp = ch.codePointAt(0)!;
    const hit = this.codes.get(cp);
    if (hit !== undefined) return hit;
    const g = this.glyph(ch);
    const code = this.subset.includeGlyph(g) as unknown as number;
    this.codes.set(cp, code);
    if (code >= this.used.length) this.used.push({ text: ch, width: Math.round(g.advanceWidth * this.scale) });
    return code;
  }

  /** Number of glyphs drawn so far (.notdef excluded). */
  get glyphCount(): number {
    return this.used.length - 1;
  }

  /** The subset font program, its widths and the ToUnicode map, once every text is drawn. */
  finish(): { program: Buffer; widths: number[]; toUnicode: string; tag: string; bbox: number[]; ascent: number; descent: number } {
    const program = Buffer.from(this.subset.encode());
    const widths = this.used.slice(1).map((u) => u.width);
    // Subset tag: six capitals derived from the glyphs, so the same text gives the same bytes.
    const digest = createHash('sha256')
      .update(this.used.map((u) => u.text).join('\u0000'))
      .digest();
    const tag = [...digest.subarray(0, 6)].map((b) => String.fromCharCode(65 + (b % 26))).join('');
    const b = this.font.bbox;
    return {
      program,
      widths,
      toUnicode: toUnicodeCMap(this.used.map((u) => u.text)),
      tag,
      bbox: [b.minX, b.minY, b.maxX, b.maxY].map((v) => Math.round(v * this.scale)),
      ascent: Math.round(this.font.ascent * this.scale),
      descent: Math.round(this.font.descent * this.scale),
    };
  }
}

/** Largest font file read: a full CJK collection (.ttc) is 20–60 MB. */
const MAX_FONT_BYTES = 128 * 1024 * 1024;

/**
 * Open a font file (.otf, .ttf, .ttc); a collection gives its first face. The file (named in
 * ledger.yaml, which a pull request may change) is read as workspace files are: no symbolic link,
 * device or FIFO is opened (/dev/zero would grow without bound, a FIFO would block), at most 128 MB.
 */
export function openFont(file: string): fontkit.Font {
  const read = readBytesSafely(file, MAX_FONT_BYTES);
  if (!('bytes' in read)) throw new FontError(describeReadProblem(read));
  let f: fontkit.Font | fontkit.FontCollection;
  try {
    f = fontkit.create(read.bytes);
  } catch (e) {
    throw new FontError(e instanceof Error ? e.message : String(e));
  }
  const font = 'fonts' in f ? f.fonts[0] : f;
  if (!font || typeof font.glyphForCodePoint !== 'function') throw new FontError('not a font file');
  if (!font.hasGlyphForCodePoint(0x6307)) throw new FontError('the font has no Chinese characters');
  return font;
}

function utf16Hex(s: string): string {
  return Buffer.from(s, 'utf16le').swap16().toString('hex');
}

/** A ToUnicode CMap for codes 1…n (index = code), so text copies and searches as Chinese. */
function toUnicodeCMap(texts: string[]): string {
  const lines: string[] = [];
  const entries = texts.map((t, code) => ({ code, t })).filter((e) => e.code > 0 && e.t);
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    lines.push(`${chunk.length} beginbfchar`);
    for (const e of chunk) lines.push(`<${e.code.toString(16).padStart(4, '0')}> <${utf16Hex(e.t)}>`);
    lines.push('endbfchar');
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...lines,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

function describeReadProblem(p: ReadProblem): string {
  switch (p.problem) {
    case 'missing':
      return 'no such file';
    case 'symlink':
      return `a symbolic link (to ${p.target}), not followed`;
    case 'not-regular':
      return `not a regular file (${p.kind})`;
    case 'too-large':
      return `larger than ${Math.round(p.limit / 1048576)} MB`;
    case 'not-utf8':
      return 'unreadable';
    case 'unreadable':
      return p.detail;
  }
}
