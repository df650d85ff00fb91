import { damage } from '../errors.js';
import { PdfDict, PdfRef, PdfStream, asInt, isName, type PdfValue } from '../syntax/pdf-values.js';
import type { ObjectResolver } from '../xref/object-resolver.js';

export interface PageTreeResult {
  pages: number;
  /** pages with annotations or page actions (numbers of pages only peeked at, or their dictionaries), to look for active content */
  annotated: (number | PdfDict)[];
  /** structural faults that viewers work around (loops, wrong /Count, duplicate pages…) */
  problems: string[];
}

const MAX_NODES = 2_000_000;

/** A leaf's raw text names annotations or page actions. */
const ANNOTATED = /\/A(?:nnots|A)(?![A-Za-z0-9#])/;

/**
 * Count pages by walking the page tree rather than trusting the root's /Count: a wrong /Count,
 * a loop or a dangling kid is exactly what a checker must notice. Missing objects are damage in
 * strict mode (the xref is probably wrong, so the caller rebuilds it) and skipped in lenient mode.
 */
export function countPages(r: ObjectResolver, catalog: PdfDict): PageTreeResult {
  const rootRef = catalog.get('Pages');
  const root = r.resolve(rootRef);
  if (!(root instanceof PdfDict)) damage('the catalog has no /Pages dictionary');
  if (isName(root.get('Type'), 'Page'))
    return { pages: 1, problems: ['the root of the page tree is a page, not a /Pages node'], annotated: [root] };
  if (!isPagesNode(r, root)) damage('the root of the page tree is not a /Pages node');
  const problems = new Set<string>();
  const seenNodes = new Set<number>(rootRef instanceof PdfRef ? [rootRef.num] : []);
  const seenPages = new Set<number>();
  const stack: PdfDict[] = [root];
  const missing: number[] = [];
  let pages = 0;
  let nodes = 0;
  const annotated: (number | PdfDict)[] = [];
  const addPage = (num: number | undefined): void => {
    if (num !== undefined && seenPages.has(num)) problems.add(`page object ${num} appears more than once in the page tree`);
    if (num !== undefined) seenPages.add(num);
    pages++;
  };
  while (stack.length > 0) {
    const kids = kidsOf(r, stack.pop()!);
    if (!kids) {
      if (r.strict) damage('a /Pages node has no /Kids array');
      problems.add('a /Pages node has no /Kids array');
      continue;
    }
    if (!kids.array) problems.add('a /Kids entry is a single reference, not an array');
    for (const kid of kids.list) {
      if (++nodes > MAX_NODES) damage('the page tree is too large to walk');
      const num = kid instanceof PdfRef ? kid.num : undefined;
      const body = num !== undefined ? r.peekLeafPage(num) : undefined;
      if (body !== undefined) {
        addPage(num);
        if (ANNOTATED.test(body)) annotated.push(num!);
        continue;
      }
      const node = r.resolve(kid);
      if (node instanceof PdfStream && !isName(node.dict.get('Type'), 'Pages')) {
        // poppler, qpdf, mupdf, pdf.js and pdfium all show such a page (poppler with a warning)
        problems.add(`page object ${num ?? '?'} is written as a stream, not a dictionary`);
        addPage(num);
        annotated.push(node.dict);
      } else if (!(node instanceof PdfDict)) {
        if (r.strict)
          damage(`the page tree refers to ${num === undefined ? 'a non-dictionary' : `object ${num}, which is ${kindOf(node)}`}`);
        missing.push(num ?? -1);
      } else if (isPagesNode(r, node)) {
        if (num !== undefined && seenNodes.has(num)) {
          problems.add(`the page tree contains a loop (object ${num} is its own ancestor or is shared)`);
          continue;
        }
        if (num !== undefined) seenNodes.add(num);
        stack.push(node);
      } else {
        addPage(num);
        if (node.get('Annots') !== undefined || node.get('AA') !== undefined) annotated.push(node);
      }
    }
  }
  if (missing.length > 0) problems.add(describeMissing(missing));
  const declared = asInt(r.resolve(root.get('Count')));
  if (declared !== pages) {
    problems.add(
      declared === undefined ? 'the page tree root has no /Count' : `the page tree root says /Count ${declared} but holds ${pages} pages`,
    );
    if (pages === 0) damage('the page tree holds no readable pages');
  }
  return { pages, problems: [...problems], annotated };
}

/** A node's /Kids; a lone reference to a node (fuzzers and one old writer) reads as a one-kid array, as poppler and qpdf read it. */
function kidsOf(r: ObjectResolver, node: PdfDict): { list: PdfValue[]; array: boolean } | undefined {
  const raw = node.get('Kids');
  const kids = r.resolve(raw);
  if (Array.isArray(kids)) return { list: kids, array: true };
  return raw instanceof PdfRef && kids instanceof PdfDict ? { list: [raw], array: false } : undefined;
}

/** What a kid that is not a page tree node is, for the detail text. */
function kindOf(v: PdfValue): string {
  if (v === null) return 'missing';
  if (v instanceof PdfStream) return 'a stream, not a dictionary';
  return 'not a dictionary';
}

function describeMissing(nums: number[]): string {
  const shown = nums.slice(0, 5).map((n) => (n < 0 ? 'a direct non-dictionary' : String(n)));
  const more = nums.length > 5 ? `, … (${nums.length} in all)` : '';
  return `the page tree refers to missing or unreadable objects (${shown.join(', ')}${more})`;
}

/** /Type /Pages, or an untyped node that has /Kids (some writers omit /Type). */
function isPagesNode(r: ObjectResolver, d: PdfDict): boolean {
  const type: PdfValue | undefined = d.get('Type');
  if (isName(type, 'Pages')) return true;
  if (isName(type, 'Page')) return false;
  return Array.isArray(r.resolve(d.get('Kids')));
}
