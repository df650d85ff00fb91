import { circled } from '../../model/material-numbers.js';
import { shortTitle } from '../../model/indicator-titles.js';
import type { Coverage } from '../../model/check-summary.js';
import { returnedNote, type PlannedIndicator, type PlannedMaterial } from '../plan/bundle-plan.js';
import { CONTENTS, COVER, MATERIAL } from '../typeset/cover-wording.js';
import { Flow, type Block, type LaidPage, type Measure } from '../typeset/layout.js';
import type { Span } from '../typeset/line-break.js';
import { evidenceParts, partPages, type Part } from './parts.js';

export interface OutlineNode {
  title: string;
  /** 1-based page */
  page: number;
  children: OutlineNode[];
}

/** Everything a bundle's pages are made of, numbered: ready to write. */
export interface DocumentPlan {
  title: string;
  parts: Part[];
  outline: OutlineNode[];
  total: number;
}

export interface ComposeContext {
  organization: string;
  /** the 初评 reviewing body (ledger.yaml review_body): 市局初评材料, 县局初评材料 */
  reviewBody: string;
  measure: Measure;
  /** a page per file the check ruled out (--force) instead of refusing */
  placeholders: boolean;
  commitLine: string;
  builtLine: string;
  /** where a same_as target lies when it is not in this document: its bundle's file and page */
  elsewhere: (id: string, material: number) => { file: string; page: number | null };
}

/** What the covers show of each part: its first page and length. */
interface Placed {
  part: Part;
  start: number;
}

const LABEL = 11.5;
const LEAD = 19;

const labelled = (label: string, text: string): Block => ({
  kind: 'para',
  spans: [{ text: label, bold: true }, { text }],
  size: LABEL,
  leading: LEAD,
  align: 'justify',
  spaceBefore: 6,
});

function materialLines(ind: PlannedIndicator, mat: PlannedMaterial, placed: Placed[]): string[] {
  const lines: string[] = [];
  const find = (pred: (p: Placed) => boolean): Placed | undefined => placed.find(pred);
  for (const f of mat.files) {
    const p = find((x) => x.part.origin?.file?.rel === f.rel);
    if (p) lines.push(MATERIAL.file(f.name, partPages(p.part), p.start));
  }
  const links = find((x) => x.part.role === 'links' && x.part.origin?.indicator === ind.entry.id && x.part.origin.material === mat.no);
  if (links) lines.push(MATERIAL.links(mat.links.length, links.start));
  for (const r of mat.rejected) {
    const p = find((x) => x.part.role === 'placeholder' && x.part.origin?.material === mat.no && x.part.origin.title === r.name);
    lines.push(p ? MATERIAL.placeholder(r.name, p.start) : MATERIAL.rejected(r.name, r.reason));
  }
  return lines;
}

/** The first page holding a material's evidence in this document, if it is here. */
function pageOf(placed: Placed[], indicator: string, material: number): number | undefined {
  return placed.find((p) => p.part.origin?.indicator === indicator && p.part.origin.material === material && p.part.role !== 'placeholder')
    ?.start;
}

function exceptionLine(mat: PlannedMaterial, placed: Placed[], ctx: ComposeContext): string | null {
  if (mat.by === 'not_applicable') return MATERIAL.notApplicable(mat.exception ?? '');
  if (mat.by === 'secret') return MATERIAL.secret(mat.exception ?? '');
  if (mat.by === 'same_as' && mat.sameAs) {
    const here = pageOf(placed, mat.sameAs.id, mat.sameAs.material);
    if (here !== undefined) return MATERIAL.sameAsHere(mat.sameAs.id, mat.sameAs.material, here);
    const there = ctx.elsewhere(mat.sameAs.id, mat.sameAs.material);
    return MATERIAL.sameAsThere(mat.sameAs.id, mat.sameAs.material, there.file, there.page);
  }
  return null;
}

function coverBlocks(ind: PlannedIndicator, placed: Placed[], ctx: ComposeContext, inUnit: boolean): Block[] {
  const e = ind.entry;
  const blocks: Block[] = [];
  if (!inUnit) blocks.push({ kind: 'para', spans: [{ text: ctx.organization }], size: 16, leading: 26, align: 'center' });
  if (!inUnit) blocks.push({ kind: 'para', spans: [{ text: COVER.documentTitle, bold: true }], size: 22, leading: 38, align: 'center' });
  blocks.push(
    { kind: 'para', spans: [{ text: COVER.indicator(e.id), bold: true }], size: 20, leading: 34, align: 'center', spaceBefore: 6 },
    { kind: 'para', spans: [{ text: `${e.area} › ${e.group}` }], size: 11.5, leading: 20, align: 'center', gray: 0.3, spaceAfter: 6 },
    { kind: 'rule' },
    labelled(COVER.text, e.text),
    labelled(COVER.methods, e.methods.join('、')),
  );
  if (ind.mergedWith) blocks.push(labelled('', COVER.merged(ind.mergedWith)));
  blocks.push({ kind: 'para', spans: [{ text: COVER.materials, bold: true }], size: LABEL, leading: LEAD, spaceBefore: 6 });
  for (const mat of ind.materials) {
    blocks.push({
      kind: 'para',
      spans: [{ text: mat.text }],
      size: LABEL,
      leading: LEAD,
      indent: 2 * LABEL,
      marker: circled(mat.no),
      align: 'justify',
      spaceBefore: 3,
      keepWithNext: true,
    });
    const lines = materialLines(ind, mat, placed);
    const exception = exceptionLine(mat, placed, ctx);
    if (exception) lines.push(exception);
    if (!lines.length) lines.push(MATERIAL.missing);
    // The 初评 verdict under the material's evidence; a returned one first and in bold, like a missing
    // one, so its pages are never read as accepted.
    const review = mat.review ? MATERIAL.review(mat.review) : null;
    if (review && returnedNote(mat) !== null) lines.unshift(review);
    else if (review) lines.push(review);
    for (const line of lines) {
      const missing = line === MATERIAL.missing || (line === review && mat.review?.verdict === '退回');
      blocks.push({
        kind: 'para',
        spans: [{ text: line, bold: missing }],
        size: 10.5,
        leading: 17,
        indent: 3.5 * LABEL,
        align: 'left',
        gray: 0.2,
      });
    }
  }
  blocks.push(labelled(COVER.lead, e.leadDepartments.join('、') || '—'));
  blocks.push(labelled(COVER.responsible, e.responsibleRaw || '—'));
  const carriers = ind.carriers.map((c) => `${c.name}（${c.contact || COVER.noContact}）`).join('；');
  blocks.push(labelled(COVER.carriers, carriers || COVER.noCarrier));
  blocks.push(labelled('', COVER.counts(ind.counts.covered, ind.counts.required)));
  blocks.push({ kind: 'rule' });
  blocks.push({ kind: 'para', spans: [{ text: ctx.commitLine }], size: 9, leading: 14, align: 'left', gray: 0.35 });
  blocks.push({ kind: 'para', spans: [{ text: ctx.builtLine }], size: 9, leading: 14, align: 'left', gray: 0.35 });
  return blocks;
}

function layout(blocks: Block[], m: Measure): LaidPage[] {
  const flow = new Flow(m);
  flow.add(blocks);
  if (flow.pages.length === 0) flow.newPage();
  return flow.pages;
}

/** Contents lines of one indicator's materials (and, when given, a line for its cover). */
function tocBlocks(ind: PlannedIndicator, placed: Placed[], indent: number, coverPage: number | null): Block[] {
  const blocks: Block[] = [];
  const toc = (spans: Span[], label: string, at: number, page: number | null, size = 11, hang = 0): void => {
    blocks.push({
      kind: 'toc',
      spans,
      pageLabel: label,
      size,
      leading: size * 1.75,
      indent: indent + at,
      hang,
      ...(page ? { link: { page: page - 1 } } : {}),
    });
  };
  // In a unit's contents the materials sit under their indicator; files line up with the material text.
  const materialAt = coverPage !== null ? 22 : 0;
  const HANG = 4 * 11;
  if (coverPage !== null) toc([{ text: CONTENTS.indicatorCover(ind.entry.id, ''), bold: true }], String(coverPage), 0, coverPage, 12);
  for (const mat of ind.materials) {
    const first = pageOf(placed, ind.entry.id, mat.no);
    const label =
      first !== undefined
        ? String(first)
        : mat.by === 'not_applicable'
          ? CONTENTS.noPages.notApplicable
          : mat.by === 'secret'
            ? CONTENTS.noPages.secret
            : mat.by === 'same_as' && mat.sameAs
              ? `同${mat.sameAs.id}/${circled(mat.sameAs.material)}`
              : CONTENTS.noPages.missing;
    const returned = returnedNote(mat);
    const head: Span[] = [{ text: `${MATERIAL.label(mat.no)}　`, bold: true }];
    if (returned !== null) head.push({ text: CONTENTS.returned(returned), bold: true });
    toc([...head, { text: mat.text }], label, materialAt, first ?? null, 11, HANG);
    for (const p of placed) {
      const o = p.part.origin;
      if (!o || o.indicator !== ind.entry.id || o.material !== mat.no) continue;
      toc(
        [{ text: p.part.role === 'placeholder' ? `${MATERIAL.rejected(o.title, '')}`.replace(/（）$/, '') : o.title }],
        String(p.start),
        materialAt + HANG,
        p.start,
        10.5,
      );
    }
  }
  return blocks;
}

const titleBlock = (text: string): Block => ({
  kind: 'para',
  spans: [{ text, bold: true }],
  size: 18,
  leading: 32,
  align: 'center',
  spaceAfter: 12,
});

/**
 * Compose a bundle: for one indicator (cover, contents, evidence) or for a unit (unit cover,
 * overall contents, then each indicator's cover and evidence). Page numbers printed on covers and
 * in the contents depend on how long those are, so the front matter is laid out until it settles.
 */
export function composeDocument(
  indicators: PlannedIndicator[],
  ctx: ComposeContext,
  unit?: { name: string; counts: Coverage },
): DocumentPlan {
  const m = ctx.measure;
  const bodies = indicators.map((ind) => evidenceParts(ind, m, ctx.placeholders));
  let coverPages = indicators.map(() => 1);
  let tocPages = 1;
  const unitCoverPages = unit ? 1 : 0;
  for (let round = 0; ; round++) {
    const parts: Part[] = [];
    const placed: Placed[] = [];
    let page = 1 + unitCoverPages + (unit ? tocPages : 0);
    const coverStart: number[] = [];
    indicators.forEach((_, i) => {
      coverStart.push(page);
      page += coverPages[i]! + (unit ? 0 : tocPages);
      for (const p of bodies[i]!) {
        placed.push({ part: p, start: page });
        page += partPages(p);
      }
    });
    const total = page - 1;
    const covers = indicators.map((ind) => layout(coverBlocks(ind, placed, ctx, unit !== undefined), m));
    const tocBody = unit
      ? indicators.flatMap((ind, i) => tocBlocks(ind, placed, 0, coverStart[i]!))
      : tocBlocks(indicators[0]!, placed, 0, null);
    const toc = layout([titleBlock(unit ? CONTENTS.unitTitle : CONTENTS.title), ...tocBody], m);
    const settled = covers.every((c, i) => c.length === coverPages[i]) && toc.length === tocPages;
    if (!settled && round < 6) {
      coverPages = covers.map((c) => c.length);
      tocPages = toc.length;
      continue;
    }
    // Assemble in order, with the outline: indicator → material → file.
    const front = (pages: LaidPage[]): Part => ({ kind: 'typeset', pages, origin: null, stamp: null, role: 'front' });
    const outline: OutlineNode[] = [];
    let tocAt = 0;
    if (unit) {
      parts.push(front(layout(unitCoverBlocks(unit, indicators.length, ctx), m)), front(toc));
      outline.push(
        { title: `${unit.name}　${COVER.unitTitle(ctx.reviewBody)}`, page: 1, children: [] },
        { title: CONTENTS.unitTitle.replace(/　/g, ''), page: 2, children: [] },
      );
    }
    indicators.forEach((ind, i) => {
      parts.push(front(covers[i]!));
      if (!unit) {
        parts.push(front(toc));
        tocAt = coverStart[i]! + covers[i]!.length;
      }
      parts.push(...bodies[i]!);
      const node: OutlineNode = {
        title: `${COVER.indicator(ind.entry.id)}　${shortTitle(ind.entry.text)}`,
        page: coverStart[i]!,
        children: [],
      };
      if (!unit) node.children.push({ title: CONTENTS.title.replace(/　/g, ''), page: tocAt, children: [] });
      for (const mat of ind.materials) {
        const mine = placed.filter((p) => p.part.origin?.indicator === ind.entry.id && p.part.origin.material === mat.no);
        const matNode: OutlineNode = {
          title: `${MATERIAL.label(mat.no)} ${shortTitle(mat.text, 28)}`,
          page: mine[0]?.start ?? coverStart[i]!,
          children: mine.map((p) => ({ title: p.part.origin!.title, page: p.start, children: [] })),
        };
        node.children.push(matNode);
      }
      outline.push(node);
    });
    const title = unit
      ? `${unit.name} ${COVER.unitTitle(ctx.reviewBody)}`
      : `${COVER.indicator(indicators[0]!.entry.id)} ${COVER.documentTitle}`;
    // Settled, the count is `total`; should the front matter never settle, the pages are what they are.
    return { title, parts, outline, total: settled ? total : parts.reduce((n, p) => n + partPages(p), 0) };
  }
}

function unitCoverBlocks(unit: { name: string; counts: Coverage }, n: number, ctx: ComposeContext): Block[] {
  return [
    { kind: 'space', height: 80 },
    { kind: 'para', spans: [{ text: ctx.organization }], size: 18, leading: 30, align: 'center' },
    {
      kind: 'para',
      spans: [{ text: COVER.unitTitle(ctx.reviewBody), bold: true }],
      size: 24,
      leading: 44,
      align: 'center',
      spaceBefore: 12,
    },
    { kind: 'para', spans: [{ text: unit.name, bold: true }], size: 22, leading: 40, align: 'center', spaceBefore: 24, spaceAfter: 40 },
    { kind: 'para', spans: [{ text: COVER.unitIndicators(n) }], size: 14, leading: 26, align: 'center' },
    { kind: 'para', spans: [{ text: COVER.counts(unit.counts.covered, unit.counts.required) }], size: 14, leading: 26, align: 'center' },
    { kind: 'space', height: 60 },
    { kind: 'para', spans: [{ text: ctx.commitLine }], size: 9, leading: 14, align: 'center', gray: 0.35 },
    { kind: 'para', spans: [{ text: ctx.builtLine }], size: 9, leading: 14, align: 'center', gray: 0.35 },
  ];
}
