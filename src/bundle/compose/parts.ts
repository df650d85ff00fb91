import fs from 'node:fs';
import { circled } from '../../model/material-numbers.js';
import { MAX_STATEMENT_BYTES, readTextSafely } from '../../util/read-safely.js';
import { openPageSource, PageSourceError, PdfLimitExceeded, withBudget } from '../../pdf/index.js';
import { returnedNote, type PlannedFile, type PlannedIndicator, type PlannedMaterial } from '../plan/bundle-plan.js';
import { LINKS, PLACEHOLDER } from '../typeset/cover-wording.js';
import { A4, A4_LANDSCAPE, Flow, MARGINS, type Block, type LaidPage, type Measure } from '../typeset/layout.js';
import { markdownBlocks } from '../typeset/markdown.js';
import { stampText } from '../typeset/stamp.js';
import { orientedMatrix, prepareImage, type PreparedImage } from '../write/image-xobject.js';

/** Where a run of pages belongs: which indicator and material, and which file (if any). */
export interface PartOrigin {
  indicator: string;
  material: number | null;
  /** the file shown, or a label (新闻链接, a rejected file's name) */
  title: string;
  file?: PlannedFile;
}

/** A run of pages of a bundle, in order. Typeset pages are laid out already; PDFs are copied later. */
export type Part = (
  | { kind: 'typeset'; pages: LaidPage[]; images?: { file: PlannedFile; image: PreparedImage }[] }
  | { kind: 'pdf'; file: PlannedFile; pageCount: number }
) & {
  origin: PartOrigin | null;
  /** the header stamp of its pages (evidence only; covers and contents have none) */
  stamp: string | null;
  /** what the part is, for the contents and the outline */
  role: 'front' | 'file' | 'links' | 'placeholder';
};

/** Why a file listed as valid by the check cannot be put in a bundle after all (it changed since). */
export class UnusableFileError extends Error {
  constructor(
    readonly rel: string,
    readonly reason: string,
  ) {
    super(`${rel}: ${reason}`);
  }
}

/** Page count of a PDF as the copier will read it, within the check's work limits for one file. */
export function countPdfPages(file: PlannedFile): number {
  try {
    return withBudget(() => {
      const src = openPageSource(file.abs);
      const n = src.pages.length;
      src.close();
      return n;
    });
  } catch (e) {
    throw new UnusableFileError(file.rel, e instanceof PageSourceError || e instanceof PdfLimitExceeded ? e.message : String(e));
  }
}

/**
 * Open every file of an indicator the way the bundle will (PDF page trees, image headers, texts):
 * a file the check passed but the bundle cannot read after all is moved to the material's rejected
 * files with the reason, so it is refused (or replaced by a note) like any other.
 */
export function preflight(ind: PlannedIndicator, unusable: (detail: string) => string): void {
  for (const mat of ind.materials) {
    mat.files = mat.files.filter((file) => {
      try {
        if (file.kind === 'pdf') file.pages ??= countPdfPages(file);
        else if (file.kind === 'image') {
          const img = prepareImage(file.abs);
          if (typeof img === 'string') throw new UnusableFileError(file.rel, img);
        } else fs.accessSync(file.abs, fs.constants.R_OK);
        return true;
      } catch (e) {
        const detail = e instanceof UnusableFileError ? e.reason : e instanceof Error ? e.message : String(e);
        mat.rejected.push({ rel: file.rel, name: file.name, reason: unusable(detail) });
        return false;
      }
    });
  }
}

/** A 情况说明 set in type: its own pages. */
function statementPart(file: PlannedFile, m: Measure): LaidPage[] {
  const flow = new Flow(m);
  // As the check reads it: no link, device or FIFO followed, at most MAX_STATEMENT_BYTES.
  const read = readTextSafely(file.abs, MAX_STATEMENT_BYTES);
  if (!('text' in read)) throw new UnusableFileError(file.rel, read.problem === 'unreadable' ? read.detail : read.problem);
  const text = read.text;
  flow.add(markdownBlocks(text));
  if (flow.pages.length === 0) flow.newPage();
  return flow.pages;
}

/** An image on an A4 page of its own orientation, as large as the type area allows. */
function imagePart(file: PlannedFile): { page: LaidPage; image: PreparedImage } {
  const image = prepareImage(file.abs);
  if (typeof image === 'string') throw new UnusableFileError(file.rel, image);
  const size = image.width > image.height ? A4_LANDSCAPE : A4;
  const box = {
    x: 20 * (72 / 25.4),
    y: MARGINS.bottom * 0.7,
    w: size.width - 40 * (72 / 25.4),
    h: size.height - MARGINS.bottom * 0.7 - MARGINS.top * 0.7,
  };
  const scale = Math.min(box.w / image.width, box.h / image.height);
  const w = image.width * scale;
  const h = image.height * scale;
  const x = box.x + (box.w - w) / 2;
  const y = box.y + (box.h - h) / 2;
  const matrix = orientedMatrix(image.header.orientation, x, y, w, h);
  return { page: { size, ops: [{ kind: 'image', image: 0, matrix }], links: [] }, image };
}

/**
 * The news links one material lists in a bundle, at most. Every laid page is held until the volume
 * is written: 51,000 links (a 4.9 MB index.yaml) made ~6,000 pages and 614 MB; a real material
 * lists a few dozen. The rest are counted on the last page, not dropped silently.
 */
export const MAX_BUNDLED_LINKS = 1_000;

function linksPart(ind: PlannedIndicator, mat: PlannedMaterial, m: Measure): LaidPage[] {
  const flow = new Flow(m);
  const blocks: Block[] = [
    {
      kind: 'para',
      spans: [{ text: LINKS.title(ind.entry.id, mat.no), bold: true }],
      size: 16,
      leading: 28,
      align: 'center',
      spaceAfter: 12,
    },
  ];
  mat.links.slice(0, MAX_BUNDLED_LINKS).forEach((l, i) => {
    blocks.push({
      kind: 'para',
      spans: [{ text: LINKS.line(i + 1, l.title || l.url) }],
      size: 12,
      leading: 20,
      align: 'left',
      spaceBefore: 8,
      link: { uri: l.url },
    });
    const meta = LINKS.meta(l.source ?? '', l.date);
    if (meta) blocks.push({ kind: 'para', spans: [{ text: meta }], size: 10.5, leading: 17, align: 'left', indent: 18, gray: 0.35 });
    blocks.push({
      kind: 'para',
      spans: [{ text: l.url }],
      size: 10,
      leading: 16,
      align: 'left',
      indent: 18,
      gray: 0.35,
      link: { uri: l.url },
    });
  });
  const more = mat.links.length - MAX_BUNDLED_LINKS;
  if (more > 0)
    blocks.push({
      kind: 'para',
      spans: [{ text: LINKS.more(more, MAX_BUNDLED_LINKS) }],
      size: 12,
      leading: 20,
      align: 'left',
      spaceBefore: 12,
    });
  flow.add(blocks);
  return flow.pages;
}

function placeholderPage(ind: PlannedIndicator, mat: PlannedMaterial, r: PlannedMaterial['rejected'][number], m: Measure): LaidPage[] {
  const flow = new Flow(m);
  flow.add([
    { kind: 'para', spans: [{ text: PLACEHOLDER.title, bold: true }], size: 22, leading: 40, align: 'center', spaceAfter: 18 },
    { kind: 'para', spans: [{ text: PLACEHOLDER.body(r.name, ind.entry.id, mat.no) }], size: 16, leading: 29, firstIndent: 32 },
    { kind: 'para', spans: [{ text: PLACEHOLDER.reason(r.reason) }], size: 16, leading: 29, firstIndent: 32 },
    { kind: 'para', spans: [{ text: PLACEHOLDER.fix }], size: 16, leading: 29, firstIndent: 32 },
  ]);
  return flow.pages;
}

/**
 * The evidence of one indicator in material order: each valid file once (a file covering two
 * materials is placed under the first), news links, and — when asked — a page for each file the
 * check ruled out. Reads every PDF's page tree (to number pages) and lays out the typeset pages.
 */
export function evidenceParts(ind: PlannedIndicator, m: Measure, placeholders: boolean): Part[] {
  const parts: Part[] = [];
  const placed = new Set<string>();
  const id = ind.entry.id;
  for (const mat of ind.materials) {
    for (const file of mat.files) {
      if (placed.has(file.rel)) continue;
      placed.add(file.rel);
      const origin = { indicator: id, material: mat.no, title: file.name, file };
      const stamp = stampText(id, circled(mat.no), file.name, returnedNote(mat) !== null);
      if (file.kind === 'pdf') parts.push({ kind: 'pdf', file, pageCount: file.pages ?? countPdfPages(file), origin, stamp, role: 'file' });
      else if (file.kind === 'image') {
        const { page, image } = imagePart(file);
        parts.push({ kind: 'typeset', pages: [page], images: [{ file, image }], origin, stamp, role: 'file' });
      } else parts.push({ kind: 'typeset', pages: statementPart(file, m), origin, stamp, role: 'file' });
    }
    if (mat.links.length) {
      const origin = { indicator: id, material: mat.no, title: '新闻链接' };
      parts.push({
        kind: 'typeset',
        pages: linksPart(ind, mat, m),
        origin,
        stamp: stampText(id, circled(mat.no), '新闻链接', returnedNote(mat) !== null),
        role: 'links',
      });
    }
    if (placeholders) {
      for (const r of mat.rejected) {
        const origin = { indicator: id, material: mat.no, title: r.name };
        parts.push({
          kind: 'typeset',
          pages: placeholderPage(ind, mat, r, m),
          origin,
          stamp: stampText(id, circled(mat.no), r.name),
          role: 'placeholder',
        });
      }
    }
  }
  return parts;
}

/** Pages a part takes. */
export function partPages(p: Part): number {
  return p.kind === 'pdf' ? p.pageCount : p.pages.length;
}
