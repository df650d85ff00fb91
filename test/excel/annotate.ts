import fs from 'node:fs';
import yauzl from 'yauzl';
import { makeZip } from './zip.js';

/**
 * What people add to a ledger before they return it, written into the workbook's parts the way
 * Excel (and openpyxl, which names its parts differently) writes them: notes, threaded comments,
 * drop-down lists, conditional formats, pictures, extra sheets. Tests need no office program.
 */
export type Parts = Map<string, string | Buffer>;

const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

export async function readParts(file: string): Promise<Parts> {
  const zip = await yauzl.fromBufferPromise(fs.readFileSync(file));
  const parts: Parts = new Map();
  for await (const e of zip.eachEntry()) {
    if (e.fileName.endsWith('/')) continue;
    const chunks: Buffer[] = [];
    for await (const c of await zip.openReadStreamPromise(e)) chunks.push(c as Buffer);
    const data = Buffer.concat(chunks);
    parts.set(e.fileName, /\.(xml|rels|vml)$/.test(e.fileName) ? data.toString('utf8') : data);
  }
  return parts;
}

export function writeParts(file: string, parts: Parts): void {
  fs.writeFileSync(
    file,
    makeZip([...parts].map(([name, data]) => ({ name, data: Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8') }))),
  );
}

const str = (parts: Parts, name: string): string => {
  const v = parts.get(name);
  if (typeof v !== 'string') throw new Error(`no ${name}`);
  return v;
};

/** Put `xml` into `part` just before the first of `before` found (schema order), else before the end tag. */
function insert(parts: Parts, part: string, xml: string, before: string[]): void {
  const s = str(parts, part);
  const at = before.map((b) => s.indexOf(`<${b}`)).find((i) => i >= 0) ?? s.lastIndexOf('</');
  parts.set(part, s.slice(0, at) + xml + s.slice(at));
}

/** Add a relationship to a .rels part (created when missing); returns its id. */
function relate(parts: Parts, rels: string, type: string, target: string, id?: string): string {
  const s = parts.get(rels);
  const xml =
    typeof s === 'string'
      ? s
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PKG}"></Relationships>`;
  const rid = id ?? `rId${100 + (xml.match(/<Relationship /g)?.length ?? 0)}`;
  parts.set(rels, xml.replace('</Relationships>', `<Relationship Id="${rid}" Type="${type}" Target="${target}"/></Relationships>`));
  return rid;
}

function contentType(parts: Parts, entry: string): void {
  parts.set('[Content_Types].xml', str(parts, '[Content_Types].xml').replace('</Types>', `${entry}</Types>`));
}

const SHEET = 'xl/worksheets/sheet1.xml';
const SHEET_RELS = 'xl/worksheets/_rels/sheet1.xml.rels';
/** Elements that follow `legacyDrawing`, `drawing`… in a worksheet. */
const AFTER_DRAWING = ['legacyDrawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

function legacyComment(ref: string, author: string, text: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
    `<authors><author>${author}</author></authors><commentList><comment ref="${ref}" authorId="0" shapeId="0">` +
    `<text><r><rPr><b/><sz val="9"/><rFont val="宋体"/></rPr><t>${author}:</t></r><r><rPr><sz val="9"/>` +
    `</rPr><t xml:space="preserve">\n${text}</t></r></text>` +
    '</comment></commentList></comments>'
  );
}

function noteShapes(row: number, col: number): string {
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">\n' +
    ' <o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>' +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
    '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>\n' +
    ' <v:shape id="_x0000_s1025" type="#_x0000_t202" ' +
    'style="position:absolute;margin-left:400pt;margin-top:60pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden" ' +
    'fillcolor="#ffffe1" o:insetmode="auto">' +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>4, 15, 3, 10, 6, 15, 7, 4</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData>` +
    '</v:shape></xml>'
  );
}

/** A note (Excel's 批注 / "New Note") on `ref` of sheet 1, as Excel writes it: xl/comments1.xml and a VML drawing. */
export function addExcelNote(parts: Parts, ref: string, row: number, col: number, text: string): void {
  parts.set('xl/comments1.xml', legacyComment(ref, '王五', text));
  parts.set('xl/drawings/vmlDrawing1.vml', noteShapes(row, col));
  relate(parts, SHEET_RELS, `${NS_REL}/comments`, '../comments1.xml');
  const vml = relate(parts, SHEET_RELS, `${NS_REL}/vmlDrawing`, '../drawings/vmlDrawing1.vml');
  insert(parts, SHEET, `<legacyDrawing r:id="${vml}"/>`, AFTER_DRAWING);
  if (!str(parts, '[Content_Types].xml').includes('Extension="vml"'))
    contentType(parts, '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>');
  contentType(
    parts,
    '<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>',
  );
}

/**
 * A threaded comment (Excel 365's 批注 with replies): threadedComments and persons parts, and the
 * legacy note Excel writes beside it for older programs.
 */
export function addThreadedComment(parts: Parts, ref: string, row: number, col: number, text: string): void {
  const id = '{6D2C8E5A-1B2C-4D3E-9F40-112233445566}';
  const person = '{0B1C2D3E-4F50-6172-8394-A5B6C7D8E9F0}';
  addExcelNote(
    parts,
    ref,
    row,
    col,
    `[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; however, any edits ` +
      `to it will get removed if the file is opened in a newer version of Excel. Learn more: https://go.microsoft.com/fwlink/?linkid=870924\n\nComment:\n ` +
      `   ${text}`,
  );
  parts.set(
    'xl/threadedComments/threadedComment1.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" ' +
      'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      `<threadedComment ref="${ref}" dT="2024-06-03T09:15:00.00" personId="${person}" id="${id}"><text>${text}</text></threadedComment>` +
      `<threadedComment ref="${ref}" dT="2024-06-03T10:02:00.00" personId="${person}" id="{7E3D9F6B-2C3D-4E4F-A051-223344556677}" parentId="${id}">` +
      `<text>已补充</text></threadedComment>` +
      '</ThreadedComments>',
  );
  parts.set(
    'xl/persons/person.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" ' +
      'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      `<person displayName="王五" id="${person}" userId="王五" providerId="None"/></personList>`,
  );
  relate(
    parts,
    SHEET_RELS,
    'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment',
    '../threadedComments/threadedComment1.xml',
  );
  relate(parts, 'xl/_rels/workbook.xml.rels', 'http://schemas.microsoft.com/office/2017/10/relationships/person', 'persons/person.xml');
  contentType(
    parts,
    '<Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/>',
  );
  contentType(parts, '<Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/>');
}

/** A comment as openpyxl writes it: its own part names (xl/comments/comment1.xml) and absolute targets. */
export function addOpenpyxlComment(parts: Parts, ref: string, row: number, col: number, text: string): void {
  parts.set(
    'xl/comments/comment1.xml',
    `<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>张三</author>` +
      `</authors><commentList><comment ref="${ref}" authorId="0" shapeId="0"><text><t>${text}</t></text>` +
      `</comment></commentList></comments>`,
  );
  parts.set('xl/drawings/commentsDrawing1.vml', noteShapes(row, col));
  relate(parts, SHEET_RELS, `${NS_REL}/comments`, '/xl/comments/comment1.xml', 'comments');
  relate(parts, SHEET_RELS, `${NS_REL}/vmlDrawing`, '/xl/drawings/commentsDrawing1.vml', 'anysvml');
  insert(parts, SHEET, '<legacyDrawing r:id="anysvml"/>', AFTER_DRAWING);
  contentType(
    parts,
    '<Override PartName="/xl/comments/comment1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>',
  );
}

/** A drop-down list on the whole 完成进度 column, plus one Excel keeps in extLst (a list from another sheet). */
export function addDropDown(parts: Parts): void {
  insert(
    parts,
    SHEET,
    '<dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="D4:D1048576">' +
      '<formula1>"已完成,未完成,不涉及"</formula1></dataValidation></dataValidations>',
    [
      'hyperlinks',
      'printOptions',
      'pageMargins',
      'pageSetup',
      'headerFooter',
      'rowBreaks',
      'colBreaks',
      'drawing',
      'legacyDrawing',
      ...AFTER_DRAWING,
    ],
  );
  insert(
    parts,
    SHEET,
    '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
      '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">' +
      '<x14:dataValidation type="list" allowBlank="1">' +
      '<x14:formula1><xm:f>备注!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>E4:E1048576</xm:sqref></x14:dataValidation>' +
      '</x14:dataValidations></ext></extLst>',
    [],
  );
}

/** Rows whose 完成进度 says 未完成 in red: a conditional format with its own style (dxf). */
export function addConditionalFormat(parts: Parts): void {
  insert(
    parts,
    SHEET,
    '<conditionalFormatting sqref="D4:D1048576"><cfRule type="containsText" dxfId="0" priority="1" operator="containsText" text="未完成">' +
      '<formula>NOT(ISERROR(SEARCH("未完成",D4)))</formula></cfRule></conditionalFormatting>' +
      '<conditionalFormatting sqref="A4:E200"><cfRule type="dataBar" priority="2"><dataBar><cfvo type="min"/>' +
      '<cfvo type="max"/><color rgb="FF638EC6"/></dataBar>' +
      '<extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
      '<x14:id>{00000000-000E-0000-0000-000001000000}</x14:id></ext></extLst></cfRule></conditionalFormatting>',
    [
      'dataValidations',
      'hyperlinks',
      'printOptions',
      'pageMargins',
      'pageSetup',
      'headerFooter',
      'drawing',
      'legacyDrawing',
      ...AFTER_DRAWING,
    ],
  );
  const styles = str(parts, 'xl/styles.xml');
  const dxf = '<dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf>';
  parts.set(
    'xl/styles.xml',
    styles.includes('<dxfs')
      ? styles.replace(/<dxfs[^>]*>/, (t) => `${t}${dxf}`)
      : styles.replace('</styleSheet>', `<dxfs count="1">${dxf}</dxfs></styleSheet>`),
  );
}

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/** A picture pasted onto sheet 1 (a scanned stamp): xl/media, a drawing and its relationships. */
export function addPicture(parts: Parts): void {
  parts.set('xl/media/image1.png', PNG);
  parts.set(
    'xl/drawings/drawing1.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' +
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
      '<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff>' +
      '<xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>' +
      '<xdr:to><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>6</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
      '<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="图片 1"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>' +
      `<xdr:blipFill><a:blip xmlns:r="${NS_REL}" r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
      '<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="952500"/></a:xfrm><a:prstGeom prst="rect">' +
      '<a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>',
  );
  relate(parts, 'xl/drawings/_rels/drawing1.xml.rels', `${NS_REL}/image`, '../media/image1.png', 'rId1');
  const rid = relate(parts, SHEET_RELS, `${NS_REL}/drawing`, '../drawings/drawing1.xml');
  insert(parts, SHEET, `<drawing r:id="${rid}"/>`, ['legacyDrawing', ...AFTER_DRAWING]);
  contentType(parts, '<Default Extension="png" ContentType="image/png"/>');
  contentType(
    parts,
    '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
  );
}

/** A sheet a person adds (备注) with a few lines of their own, placed first in the workbook. */
export function addSheet(parts: Parts): void {
  parts.set(
    'xl/worksheets/sheet9.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<sheetData>' +
      '<row r="1"><c r="A1" t="inlineStr"><is><t>已完成</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>未完成</t></is></c></row>' +
      '<row r="3"><c r="A3" t="inlineStr"><is><t>不涉及</t></is></c></row></sheetData></worksheet>',
  );
  const rid = relate(parts, 'xl/_rels/workbook.xml.rels', `${NS_REL}/worksheet`, 'worksheets/sheet9.xml');
  parts.set('xl/workbook.xml', str(parts, 'xl/workbook.xml').replace('<sheets>', `<sheets><sheet name="备注" sheetId="9" r:id="${rid}"/>`));
  contentType(
    parts,
    '<Override PartName="/xl/worksheets/sheet9.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>',
  );
}

/** Merged ranges no form has: one over a whole sheet's width and height, and 5,000 small ones. */
export function addHostileMerges(parts: Parts): void {
  const small = Array.from({ length: 5_000 }, (_, i) => `<mergeCell ref="F${1000 + i}:G${1000 + i}"/>`).join('');
  const sheet = str(parts, SHEET);
  parts.set(
    SHEET,
    sheet.replace(
      /<mergeCells count="(\d+)">/,
      (_, n: string) => `<mergeCells count="${Number(n) + 5_001}"><mergeCell ref="H1:XFD1048576"/>${small}`,
    ),
  );
}
