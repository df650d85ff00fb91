import zlib from 'node:zlib';
import type { DocumentFont } from '../typeset/font.js';
import type { DrawOp } from '../typeset/layout.js';
import { bytes, dict, name, num, ref, type PdfWriter } from './pdf-writer.js';

/** The resource name of the bundle's font and of the n-th image of a page. */
export const FONT_RESOURCE = 'LdgF';
export const imageResource = (n: number): string => `LdgIm${n}`;

/**
 * A content stream drawing `ops`. Text is encoded with the document font (its glyphs enter the
 * subset here, in drawing order). Bold is the regular face filled and thinly stroked.
 */
export function renderOps(ops: DrawOp[], font: DocumentFont): string {
  const out: string[] = [];
  for (const op of ops) {
    if (op.kind === 'text') {
      const g = num(op.gray ?? 0);
      const bold = op.bold ? `2 Tr ${num(op.size * 0.03)} w ${g} G ` : '';
      out.push(
        `q ${g} g ${bold}BT /${FONT_RESOURCE} ${num(op.size)} Tf ${num(op.spacing)} Tc 1 0 0 1 ${num(op.x)} ${num(op.y)} Tm ` +
          `${font.encode(op.text)} Tj ET Q`,
      );
    } else if (op.kind === 'line') {
      out.push(`q ${num(op.width)} w ${num(op.gray)} G ${num(op.x1)} ${num(op.y1)} m ${num(op.x2)} ${num(op.y2)} l S Q`);
    } else if (op.kind === 'fill') {
      out.push(`q ${num(op.gray)} g ${num(op.x)} ${num(op.y)} ${num(op.w)} ${num(op.h)} re f Q`);
    } else {
      out.push(`q ${op.matrix.map(num).join(' ')} cm /${imageResource(op.image)} Do Q`);
    }
  }
  return out.join('\n');
}

/** Write a content stream, deflated. */
export function writeContent(out: PdfWriter, content: string): number {
  const n = out.alloc();
  out.stream(n, dict({ Filter: name('FlateDecode') }), zlib.deflateSync(Buffer.from(content, 'latin1')));
  return n;
}

/**
 * The font objects of a document (Type 0, Identity-H, the subset as CIDFontType0C or TrueType),
 * written last, when every glyph is known. `fontNum` was allocated up front for the pages to use.
 */
export function writeFont(out: PdfWriter, fontNum: number, font: DocumentFont): void {
  const f = font.finish();
  const base = `${f.tag}+${font.postscriptName}`;
  const file = out.alloc();
  const fileDict = font.cff
    ? dict({ Subtype: name('CIDFontType0C'), Filter: name('FlateDecode') })
    : dict({ Length1: f.program.length, Filter: name('FlateDecode') });
  out.stream(file, fileDict, zlib.deflateSync(f.program));
  const descriptor = out.alloc();
  out.object(
    descriptor,
    dict({
      Type: name('FontDescriptor'),
      FontName: name(base),
      Flags: 4,
      FontBBox: f.bbox,
      ItalicAngle: 0,
      Ascent: f.ascent,
      Descent: f.descent,
      CapHeight: f.ascent,
      StemV: 80,
      [font.cff ? 'FontFile3' : 'FontFile2']: ref(file),
    }),
  );
  const cid = out.alloc();
  out.object(
    cid,
    dict({
      Type: name('Font'),
      Subtype: name(font.cff ? 'CIDFontType0' : 'CIDFontType2'),
      BaseFont: name(base),
      CIDSystemInfo: dict({ Registry: bytes('Adobe'), Ordering: bytes('Identity'), Supplement: 0 }),
      FontDescriptor: ref(descriptor),
      DW: 1000,
      W: f.widths.length ? [1, f.widths] : [],
      CIDToGIDMap: font.cff ? undefined : name('Identity'),
    }),
  );
  const toUnicode = out.alloc();
  out.stream(toUnicode, dict({ Filter: name('FlateDecode') }), zlib.deflateSync(Buffer.from(f.toUnicode, 'latin1')));
  out.object(
    fontNum,
    dict({
      Type: name('Font'),
      Subtype: name('Type0'),
      BaseFont: name(base),
      Encoding: name('Identity-H'),
      DescendantFonts: [ref(cid)],
      ToUnicode: ref(toUnicode),
    }),
  );
}
