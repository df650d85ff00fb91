import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type * as fontkit from 'fontkit';
import { openPageSource, PageSourceError, PdfLimitExceeded, PdfString, withBudget, type PdfValue } from '../../pdf/index.js';
import type { DocumentPlan, OutlineNode } from '../compose/compose-document.js';
import { UnusableFileError, type Part } from '../compose/parts.js';
import { DocumentFont } from '../typeset/font.js';
import type { LaidPage, LinkTarget } from '../typeset/layout.js';
import { copiedStampPlace, displayToUser, footerText, grownBox, stampOps, typesetStampPlace } from '../typeset/stamp.js';
import { PageCopier, pageGeometry } from './copy-pages.js';
import { writeImage } from './image-xobject.js';
import { bytes, dict, name, num, pdfDate, ref, text, PdfWriter } from './pdf-writer.js';
import { placeFilledFile, tempName } from '../../util/atomic-write.js';
import { CannotRunError } from '../../diagnostics/cannot-run-error.js';
import { FONT_RESOURCE, imageResource, renderOps, writeContent, writeFont } from './render.js';

export interface WrittenDocument {
  file: string;
  bytes: number;
  sha256: string;
  pages: number;
}

export interface WriteOptions {
  font: fontkit.Font;
  built: Date;
  /** the document's permanent identifier (same inputs, same id) */
  id: Buffer;
  producer: string;
  /** replace an existing file (--force); otherwise an existing file makes the write fail */
  overwrite: boolean;
  onPage?: () => void;
}

/**
 * Write a composed bundle to `file` (through a temporary file and a rename): typeset pages drawn,
 * PDF pages copied with their stamp, then the page tree, the outline and the font subset.
 */
export function writeDocument(plan: DocumentPlan, file: string, opts: WriteOptions): WrittenDocument {
  const tmp = tempName(file, 'new');
  const out = new PdfWriter(tmp);
  try {
    const written = writeInto(out, plan, opts);
    // The writer puts it in place (fsynced); without --force a file that appeared meanwhile is never replaced.
    if (!placeFilledFile(tmp, file, opts.overwrite)) throw new CannotRunError('bundle.exists', { file });
    return { file, ...written, pages: plan.total };
  } catch (e) {
    out.abort();
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

function writeInto(out: PdfWriter, plan: DocumentPlan, opts: WriteOptions): { bytes: number; sha256: string } {
  const font = new DocumentFont(opts.font);
  const pagesRoot = out.alloc();
  const fontNum = out.alloc();
  const q = out.alloc();
  const bigQ = out.alloc();
  out.stream(q, dict({}), Buffer.from('q\n'));
  out.stream(bigQ, dict({}), Buffer.from('\nQ\n'));
  const first = out.allocBlock(plan.total);
  const pageRef = (i: number): number => first + i;
  let index = 0;
  const measure = { width: (s: string, size: number) => font.width(s, size) };

  for (const part of plan.parts) {
    if (part.kind === 'pdf') {
      copyPart(out, part, index, { pageRef, pagesRoot, fontNum, q, bigQ, total: plan.total, font, measure, onPage: opts.onPage });
      index += part.pageCount;
      continue;
    }
    part.pages.forEach((page, k) => {
      const images = (part.images ?? []).map((im) => writeImage(out, im.file.abs, im.image));
      const stamp = stampOps(page.size, part.stamp, footerText(index + 1, plan.total), measure, typesetStampPlace(page.size));
      const content = writeContent(out, renderOps([...page.ops, ...stamp], font));
      out.object(pageRef(index), typesetPage(out, page, { pagesRoot, fontNum, content, images, pageRef, k }));
      index++;
      opts.onPage?.();
    });
  }

  out.object(
    pagesRoot,
    dict({ Type: name('Pages'), Kids: Array.from({ length: plan.total }, (_, i) => ref(pageRef(i))), Count: plan.total }),
  );
  const outlines = writeOutline(out, plan.outline, pageRef);
  writeFont(out, fontNum, font);
  const info = out.alloc();
  out.object(
    info,
    dict({ Title: text(plan.title), Producer: text(opts.producer), CreationDate: pdfDate(opts.built), ModDate: pdfDate(opts.built) }),
  );
  const catalog = out.alloc();
  out.object(
    catalog,
    dict({
      Type: name('Catalog'),
      Pages: ref(pagesRoot),
      Outlines: ref(outlines),
      PageMode: name('UseOutlines'),
      Lang: text('zh-CN'),
      ViewerPreferences: dict({ DisplayDocTitle: true }),
    }),
  );
  const idString = new PdfString(opts.id.subarray(0, 16));
  return out.finish(dict({ Root: ref(catalog), Info: ref(info), ID: [idString, idString] }));
}

interface CopyEnv {
  pageRef: (i: number) => number;
  pagesRoot: number;
  fontNum: number;
  q: number;
  bigQ: number;
  total: number;
  font: DocumentFont;
  measure: { width: (s: string, size: number) => number };
  onPage: (() => void) | undefined;
}

/**
 * One source PDF's pages, within the same work limits as its check (PDF_LIMITS: time, decoded
 * bytes, objects, values): a file built to be cheap to check and dear to copy is refused, not copied for minutes.
 */
function copyPart(out: PdfWriter, part: Extract<Part, { kind: 'pdf' }>, start: number, env: CopyEnv): void {
  try {
    withBudget(() => copyPartPages(out, part, start, env));
  } catch (e) {
    if (e instanceof PdfLimitExceeded) throw new UnusableFileError(part.file.rel, e.message);
    throw e;
  }
}

/** How often a long source's parsed objects are let go while its pages are copied. */
const RELEASE_EVERY_PAGES = 500;

function copyPartPages(out: PdfWriter, part: Extract<Part, { kind: 'pdf' }>, start: number, env: CopyEnv): void {
  let src;
  try {
    src = openPageSource(part.file.abs);
  } catch (e) {
    throw new UnusableFileError(part.file.rel, e instanceof PageSourceError ? e.message : String(e));
  }
  const fd = fs.openSync(part.file.abs, 'r');
  try {
    if (src.pages.length !== part.pageCount)
      throw new UnusableFileError(part.file.rel, 'the file changed while the bundle was being built');
    const numbers = new Map<number, number>();
    src.pages.forEach((p, k) => {
      if (p.num !== null) numbers.set(p.num, env.pageRef(start + k));
    });
    const copier = new PageCopier(out, src, numbers, fd);
    src.pages.forEach((page, k) => {
      const g = pageGeometry(src, page);
      const grown = grownBox(g.box, g.rotate);
      const footer = footerText(start + k + 1, env.total);
      const ops = stampOps(grown.display, part.stamp, footer, env.measure, copiedStampPlace(grown.display));
      const m = displayToUser(grown.box, g.rotate);
      const overlay = writeContent(out, `q ${m.map(num).join(' ')} cm\n${renderOps(ops, env.font)}\nQ`);
      copier.copyPage(page, env.pageRef(start + k), env.pagesRoot, {
        box: grown.box,
        overlay: [overlay],
        saveRestore: [env.q, env.bigQ],
        fonts: { [FONT_RESOURCE]: env.fontNum },
      });
      env.onPage?.();
      // What the copier wrote it remembers by number; the parsed source objects need not stay.
      if ((k + 1) % RELEASE_EVERY_PAGES === 0) src.resolver.releaseParsed();
    });
  } finally {
    fs.closeSync(fd);
    src.close();
  }
}

function typesetPage(
  out: PdfWriter,
  page: LaidPage,
  env: { pagesRoot: number; fontNum: number; content: number; images: number[]; pageRef: (i: number) => number; k: number },
): PdfValue {
  const xobjects = dict(Object.fromEntries(env.images.map((n, i) => [imageResource(i), ref(n)])));
  const annots = page.links.map((l) => {
    const a = out.alloc();
    out.object(
      a,
      dict({ Type: name('Annot'), Subtype: name('Link'), Rect: l.rect, Border: [0, 0, 0], ...linkAction(l.target, env.pageRef) }),
    );
    return ref(a);
  });
  return dict({
    Type: name('Page'),
    Parent: ref(env.pagesRoot),
    MediaBox: [0, 0, page.size.width, page.size.height],
    Resources: dict({ Font: dict({ [FONT_RESOURCE]: ref(env.fontNum) }), XObject: env.images.length ? xobjects : undefined }),
    Contents: ref(env.content),
    Annots: annots.length ? annots : undefined,
  });
}

function linkAction(t: LinkTarget, pageRef: (i: number) => number): Record<string, PdfValue> {
  if ('page' in t) return { Dest: [ref(pageRef(t.page)), name('XYZ'), null, null, null] };
  if ('uri' in t) return { A: dict({ S: name('URI'), URI: bytes(t.uri) }) };
  return { A: dict({ S: name('GoToR'), F: text(t.file), D: [0, name('Fit')] }) };
}

/** The outline (bookmarks): top level open, deeper levels closed. */
function writeOutline(out: PdfWriter, nodes: OutlineNode[], pageRef: (i: number) => number): number {
  const root = out.alloc();
  const visible = writeLevel(out, nodes, root, pageRef, 0);
  const firstLast = visible.nums;
  out.object(
    root,
    dict({
      Type: name('Outlines'),
      First: firstLast.length ? ref(firstLast[0]!) : undefined,
      Last: firstLast.length ? ref(firstLast[firstLast.length - 1]!) : undefined,
      Count: visible.count,
    }),
  );
  return root;
}

function writeLevel(
  out: PdfWriter,
  nodes: OutlineNode[],
  parent: number,
  pageRef: (i: number) => number,
  depth: number,
): { nums: number[]; count: number } {
  const nums = nodes.map(() => out.alloc());
  let count = nodes.length;
  nodes.forEach((node, i) => {
    const kids = writeLevel(out, node.children, nums[i]!, pageRef, depth + 1);
    const open = depth === 0;
    if (open) count += kids.count;
    out.object(
      nums[i]!,
      dict({
        Title: text(node.title),
        Parent: ref(parent),
        Prev: i > 0 ? ref(nums[i - 1]!) : undefined,
        Next: i < nodes.length - 1 ? ref(nums[i + 1]!) : undefined,
        First: kids.nums.length ? ref(kids.nums[0]!) : undefined,
        Last: kids.nums.length ? ref(kids.nums[kids.nums.length - 1]!) : undefined,
        Count: kids.nums.length ? (open ? kids.count : -kids.nums.length) : undefined,
        Dest: [ref(pageRef(node.page - 1)), name('Fit')],
      }),
    );
  });
  return { nums, count };
}

/** A document id from what determines the document: same inputs, same id. */
export function documentId(parts: string[]): Buffer {
  return createHash('sha256').update(parts.join('\u0000')).digest();
}
