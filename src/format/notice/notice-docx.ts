import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
} from 'docx';
import { displayWidth } from '../../util/display-width.js';
import type { NoticeBlock, NoticeDocument } from './notice-document.js';

/**
 * The draft 通报 as a .docx laid out as GB/T 9704-2012 sets a 党政机关公文: A4, 天头 37 mm, 订口
 * 28 mm, a 156 × 225 mm 版心 of 22 lines; 标题 in 二号小标宋, body in 三号仿宋, 一级标题 in 黑体,
 * 二级标题 in 楷体, page numbers 4号 “— 1 —” outside (odd right, even left). Fonts are named, never
 * embedded: WPS and Word use the office's own. Real paragraphs and a real table, so every word can
 * be edited before the 通报 is issued.
 */

/** Millimetres in twips, rounded (the library's own rounds down: A4 came out 11905 × 16837). */
const mm = (n: number): number => Math.round((n * 1440) / 25.4);

/** Sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt. */
const ERHAO = 44;
const SANHAO = 32;
const SIHAO = 28;
const XIAOSI = 24;
/** One character of the body (三号, 16 pt) in twips: indents are counted in characters. */
const CHAR = 320;
/** 225 mm of 版心 in 22 lines: 28.95 pt, exactly. */
const LINE = Math.round(mm(225) / 22);
/** 版心 width, 156 mm. */
const TEXT_WIDTH = mm(156);

/** Latin letters and digits in Times New Roman; Chinese in the named face. */
const face = (eastAsia: string): IRunOptions['font'] => ({
  ascii: 'Times New Roman',
  hAnsi: 'Times New Roman',
  eastAsia,
  hint: 'eastAsia',
});
const FANGSONG = face('仿宋_GB2312');
const HEITI = face('黑体');
const KAITI = face('楷体_GB2312');
const XIAOBIAOSONG = face('方正小标宋简体');
const SONGTI = face('宋体');
const RED = 'FF0000';

const exact = (line: number) => ({ line, lineRule: LineRuleType.EXACT, before: 0, after: 0 });
const body = (text: string, font = FANGSONG): TextRun => new TextRun({ text, font, size: SANHAO });

function block(b: NoticeBlock): (Paragraph | Table)[] {
  if (b.kind === 'heading')
    return [new Paragraph({ children: [body(b.text, HEITI)], spacing: exact(LINE), indent: { firstLine: 2 * CHAR }, keepNext: true })];
  if (b.kind === 'paragraph')
    return [
      new Paragraph({
        children: [...(b.lead ? [body(b.lead, KAITI)] : []), body(b.text)],
        spacing: exact(LINE),
        indent: { firstLine: 2 * CHAR },
        alignment: AlignmentType.JUSTIFIED,
      }),
    ];
  return [table(b.headers, b.rows)];
}

/** The table of units in 小四: 序号, 单位, then the facts; widths add up to the 版心. */
function table(headers: string[], rows: string[][]): Table {
  const shares = [6, 19, 11, 9, 9, 16, 12, 14];
  const total = shares.reduce((a, b) => a + b, 0);
  const widths = shares.map((s) => Math.floor((TEXT_WIDTH * s) / total));
  const cell = (text: string, i: number, head: boolean): TableCell =>
    new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: 60, right: 60, top: 40, bottom: 40 },
      children: [
        new Paragraph({
          alignment: i === 1 && !head ? AlignmentType.LEFT : AlignmentType.CENTER,
          spacing: { line: 300, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
          children: [new TextRun({ text, font: head ? HEITI : FANGSONG, size: XIAOSI })],
        }),
      ],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, i) => cell(h, i, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((v, i) => cell(v, i, false)) })),
    ],
  });
}

/** “— 1 —” in 4号宋体, one character in from the outer edge: right on odd pages, left on even ones. */
function pageFooter(alignment: 'left' | 'right'): Footer {
  const run = (children: (string | (typeof PageNumber)[keyof typeof PageNumber])[]) => new TextRun({ children, font: SONGTI, size: SIHAO });
  return new Footer({
    children: [
      new Paragraph({
        alignment: alignment === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: alignment === 'right' ? { right: 280 } : { left: 280 },
        children: [run(['— ', PageNumber.CURRENT, ' —'])],
      }),
    ],
  });
}

/**
 * 落款 without a seal (GB/T 9704 7.3.5.2): the organisation two characters in from the right, the
 * date on the next line starting two characters right of it — or, when the date is the longer, the
 * date two in from the right and the organisation moved left to match.
 */
function signature(doc: NoticeDocument): Paragraph[] {
  const chars = (s: string): number => displayWidth(s) / 2;
  const sig = chars(doc.signature);
  const date = chars(doc.date);
  let sigRight = 2;
  let dateRight = sig - date;
  if (dateRight < 2) {
    dateRight = 2;
    sigRight = date + 4 - sig;
  }
  const line = (text: string, right: number) =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: Math.max(0, Math.round(right * CHAR)) },
      spacing: exact(LINE),
      keepNext: true,
      children: [body(text)],
    });
  return [new Paragraph({ spacing: exact(LINE), keepNext: true, children: [] }), line(doc.signature, sigRight), line(doc.date, dateRight)];
}

/** 发文机关标志: red 小标宋, centred, as large as fits on one line (at most 30 pt), over a red rule. */
function masthead(text: string): Paragraph[] {
  const size = Math.min(60, Math.floor((TEXT_WIDTH / 20 / (displayWidth(text) / 2)) * 2));
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 240 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: RED, space: 12 } },
      children: [new TextRun({ text, font: XIAOBIAOSONG, size, color: RED })],
    }),
    new Paragraph({ spacing: exact(LINE), children: [] }),
  ];
}

/** The .docx bytes of a 通报. */
export async function renderNoticeDocx(doc: NoticeDocument): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    ...(doc.masthead ? masthead(doc.masthead) : []),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 700, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
      children: [new TextRun({ text: doc.title, font: XIAOBIAOSONG, size: ERHAO })],
    }),
    new Paragraph({ spacing: exact(LINE), children: [] }),
    new Paragraph({ spacing: exact(LINE), children: [body(doc.addressee)] }),
    ...doc.blocks.flatMap(block),
    ...signature(doc),
  ];
  const document = new Document({
    title: doc.title,
    creator: doc.signature,
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: FANGSONG, size: SANHAO } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: {
              top: mm(37),
              bottom: mm(35),
              left: mm(28),
              right: mm(26),
              // the page number's line sits about 7 mm below the 版心
              footer: mm(23),
              header: mm(15),
            },
          },
        },
        footers: { default: pageFooter('right'), even: pageFooter('left') },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
