import { reviewBody } from '../model/schemas/ledger-config.js';
import fs from 'node:fs';
import path from 'node:path';
import type * as fontkit from 'fontkit';
import { CannotRunError } from '../diagnostics/cannot-run-error.js';
import { uncoveredMaterials, type RejectedFile } from '../model/coverage.js';
import { compareIndicatorIds, folderIdFor } from '../model/indicator-id.js';
import { outputNameUnsafeReason } from '../model/file-names.js';
import { hashFile } from '../util/hash-file.js';
import { writeFileAtomic, writeFileIfAbsent } from '../util/atomic-write.js';
import { composeDocument, type ComposeContext, type DocumentPlan } from './compose/compose-document.js';
import { partPages, preflight, UnusableFileError } from './compose/parts.js';
import { planIndicator, type BundleInput, type PlannedIndicator } from './plan/bundle-plan.js';
import { indexLines } from './plan/index-lines.js';
import { COVER, UNUSABLE } from './typeset/cover-wording.js';
import { DocumentFont, defaultFontPath, FontError, openFont } from './typeset/font.js';
import { Flow, type Block } from './typeset/layout.js';
import { documentId, writeDocument } from './write/write-document.js';

/** What to bundle: indicators one PDF each, one unit's indicators in one PDF, or everything. */
export type BundleRequest = { kind: 'indicators'; ids: string[] } | { kind: 'unit'; unit: string; ids: string[] } | { kind: 'all' };

export interface BundleOptions {
  outDir: string;
  /** overwrite existing files, and put a page in place of each file the check ruled out */
  force: boolean;
  producer: string;
  onProgress?: (done: number, total: number) => void;
}

/** One file written. */
export interface WrittenBundle {
  file: string;
  manifest: string;
  pages: number;
  bytes: number;
  indicators: string[];
  /** materials with no evidence and no exception */
  missing: number;
  /** files replaced by a page saying why (--force) */
  placeholders: number;
  kind: 'indicator' | 'unit' | 'index';
}

export type BundleOutcome =
  | { refused: { rel: string; indicator: string; material: number; reason: string; finding?: RejectedFile }[] }
  | { written: WrittenBundle[]; skipped: string[] };

/** The file name of an indicator's bundle: 指标009.pdf, 指标B1.pdf. */
export const indicatorFileName = (id: string): string => `指标${folderIdFor(id)}.pdf`;

/**
 * The file name of a unit's bundle: its name when that is one safe path segment, else its id
 * (lower-case letters, digits, hyphens by the schema): a name of `../` never leaves the output folder.
 */
export function unitFileName(unitId: string, unitName: string): string {
  return `初评-${outputNameUnsafeReason(unitName) ? unitId : unitName}.pdf`;
}

interface DocSpec {
  kind: 'indicator' | 'unit';
  ids: string[];
  file: string;
  unit?: { id: string; name: string };
}

/** Indicators that take evidence (have materials), in catalog order. */
function bundleable(input: BundleInput, ids: string[]): string[] {
  return ids.filter((id) => input.coverage.has(id)).sort(compareIndicatorIds);
}

function planDocs(input: BundleInput, req: BundleRequest): { docs: DocSpec[]; skipped: string[] } {
  const ws = input.workspace;
  if (req.kind === 'unit') {
    const ids = bundleable(input, req.ids);
    const name = ws.units.byId.get(req.unit)?.name ?? req.unit;
    const skipped = req.ids.filter((id) => !input.coverage.has(id));
    return { docs: [{ kind: 'unit', ids, file: unitFileName(req.unit, name), unit: { id: req.unit, name } }], skipped };
  }
  const wanted = req.kind === 'all' ? ws.catalog.entries.map((e) => e.id) : req.ids;
  const ids = bundleable(input, wanted);
  const skipped = wanted.filter((id) => !input.coverage.has(id));
  return { docs: ids.map((id) => ({ kind: 'indicator', ids: [id], file: indicatorFileName(id) })), skipped };
}

const manifestName = (pdf: string): string => pdf.replace(/\.pdf$/, '.manifest.json');

/**
 * Build the bundles asked for. Refuses (writing nothing) when a bundled material has a file the
 * check ruled out, unless `force`; refuses to overwrite (exit 2) unless `force`. One document is
 * built at a time and written as it is composed: memory does not grow with the workspace.
 */
export function buildBundles(input: BundleInput, req: BundleRequest, opts: BundleOptions): BundleOutcome {
  const { docs, skipped } = planDocs(input, req);
  const planned = new Map<string, PlannedIndicator>();
  const plan = (id: string): PlannedIndicator => {
    let p = planned.get(id);
    if (!p) {
      p = planIndicator(input, id);
      preflight(p, UNUSABLE);
      planned.set(id, p);
    }
    return p;
  };
  const refused = docs.flatMap((d) =>
    d.ids.flatMap((id) =>
      plan(id).materials.flatMap((m) =>
        m.rejected.map((r) => ({
          rel: r.rel,
          indicator: id,
          material: m.no,
          reason: r.reason,
          ...(r.finding ? { finding: r.finding } : {}),
        })),
      ),
    ),
  );
  if (refused.length && !opts.force) return { refused: dedupe(refused) };

  const targets = [...docs.map((d) => d.file), ...(req.kind === 'all' ? [INDEX_FILE] : [])];
  fs.mkdirSync(opts.outDir, { recursive: true });
  if (!opts.force) {
    for (const f of targets.flatMap((t) => [t, manifestName(t)])) {
      if (fs.existsSync(path.join(opts.outDir, f))) throw new CannotRunError('bundle.exists', { file: path.join(opts.outDir, f) });
    }
  }
  const font = loadFont(input);
  const measureFont = new DocumentFont(font);
  const ctx = composeContext(input, measureFont, opts.force, (id) => plan(id));
  const written: WrittenBundle[] = [];
  const totalDocs = docs.length;
  docs.forEach((d, i) => {
    const indicators = d.ids.map(plan);
    const unitCounts = d.unit ? input.counts(d.ids) : undefined;
    const doc = composeDocument(indicators, ctx.context, d.unit && unitCounts ? { name: d.unit.name, counts: unitCounts } : undefined);
    let pagesDone = 0;
    const onPage = totalDocs === 1 ? () => opts.onProgress?.(++pagesDone, doc.total) : undefined;
    written.push(writeBundle(input, d, indicators, doc, font, opts, onPage));
    if (totalDocs > 1) opts.onProgress?.(i + 1, totalDocs);
  });
  if (req.kind === 'all') written.push(writeIndex(input, written, font, opts));
  return { written, skipped };
}

const INDEX_FILE = '索引.pdf';

function dedupe<T extends { rel: string }>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((x) => !seen.has(x.rel) && seen.add(x.rel));
}

function loadFont(input: BundleInput): fontkit.Font {
  const file = input.fontFile ?? defaultFontPath();
  try {
    return openFont(file);
  } catch (e) {
    throw new CannotRunError('bundle.font', { file, detail: e instanceof FontError ? e.message : String(e) });
  }
}

function composeContext(
  input: BundleInput,
  measureFont: DocumentFont,
  placeholders: boolean,
  plan: (id: string) => PlannedIndicator,
): { context: ComposeContext } {
  const c = input.commit;
  const day = input.built.toISOString().slice(0, 10);
  const elsewhereCache = new Map<string, DocumentPlan>();
  const context: ComposeContext = {
    organization: input.workspace.config.organization,
    reviewBody: reviewBody(input.workspace.config),
    measure: { width: (s, size) => measureFont.width(s, size) },
    placeholders,
    commitLine: c ? COVER.commit(c.hash, c.date, c.dirty) : COVER.noCommit,
    builtLine: COVER.built(day),
    elsewhere: (id, material) => {
      const entry = input.workspace.catalog.byId.get(id);
      const owner = entry?.materialsFrom ?? id;
      if (!input.coverage.has(owner)) return { file: indicatorFileName(owner), page: null };
      // The target indicator's own bundle, composed (not written) to find the page.
      let doc = elsewhereCache.get(owner);
      if (!doc) {
        const inner: ComposeContext = { ...context, elsewhere: () => ({ file: '', page: null }) };
        try {
          doc = composeDocument([plan(owner)], inner);
        } catch (e) {
          if (e instanceof UnusableFileError) return { file: indicatorFileName(owner), page: null };
          throw e;
        }
        elsewhereCache.set(owner, doc);
      }
      let page = 1;
      for (const p of doc.parts) {
        if (p.origin?.indicator === owner && p.origin.material === material && p.role !== 'placeholder')
          return { file: indicatorFileName(owner), page };
        page += partPages(p);
      }
      return { file: indicatorFileName(owner), page: null };
    },
  };
  return { context };
}

function writeBundle(
  input: BundleInput,
  d: DocSpec,
  indicators: PlannedIndicator[],
  doc: DocumentPlan,
  font: fontkit.Font,
  opts: BundleOptions,
  onPage?: () => void,
): WrittenBundle {
  const sources = doc.parts.flatMap((p) => {
    const f = p.origin?.file;
    if (!f) return [];
    const st = fs.statSync(f.abs);
    return [
      {
        path: f.rel,
        indicator: p.origin!.indicator,
        material: p.origin!.material,
        kind: f.kind,
        bytes: st.size,
        pages: partPages(p),
        sha256: hashFile(f.abs),
      },
    ];
  });
  const placeholders = doc.parts
    .filter((p) => p.role === 'placeholder')
    .map((p) => ({ indicator: p.origin!.indicator, material: p.origin!.material, file: p.origin!.title }));
  // What the cover counts as missing (check's coverage: a returned material is missing, a merged
  // cell's materials once, at the indicator whose folder holds them): the console line says the same.
  const missing = uncoveredMaterials(d.ids, input.coverage).map((u) => ({ indicator: u.owner, material: u.material.no }));
  const id = documentId([input.commit?.hash ?? '', d.file, input.built.toISOString(), ...sources.map((s) => `${s.path}:${s.sha256}`)]);
  const file = path.join(opts.outDir, d.file);
  const result = writeDocument(doc, file, {
    font,
    built: input.built,
    id,
    producer: opts.producer,
    overwrite: opts.force,
    ...(onPage ? { onPage } : {}),
  });
  const manifest = path.join(opts.outDir, manifestName(d.file));
  const body = {
    bundle: d.file,
    kind: d.kind,
    ...(d.unit ? { unit: d.unit } : {}),
    indicators: d.ids,
    pages: result.pages,
    bytes: result.bytes,
    sha256: result.sha256,
    commit: input.commit?.hash ?? null,
    built: input.built.toISOString(),
    sources,
    missing,
    placeholders,
  };
  writeManifest(manifest, body, opts.force);
  return {
    file,
    manifest,
    pages: result.pages,
    bytes: result.bytes,
    indicators: d.ids,
    missing: missing.length,
    placeholders: placeholders.length,
    kind: d.kind,
  };
}

/** The index of a --all run: every indicator's bundle with its pages and completeness, linked. */
function writeIndex(input: BundleInput, bundles: WrittenBundle[], font: fontkit.Font, opts: BundleOptions): WrittenBundle {
  const measureFont = new DocumentFont(font);
  const flow = new Flow({ width: (s, size) => measureFont.width(s, size) });
  const blocks: Block[] = [
    { kind: 'para', spans: [{ text: input.workspace.config.organization }], size: 16, leading: 26, align: 'center' },
    { kind: 'para', spans: [{ text: COVER.indexTitle, bold: true }], size: 20, leading: 34, align: 'center', spaceAfter: 12 },
    {
      kind: 'para',
      spans: [{ text: input.commit ? COVER.commit(input.commit.hash, input.commit.date, input.commit.dirty) : COVER.noCommit }],
      size: 9,
      leading: 14,
      gray: 0.35,
    },
    { kind: 'rule' },
  ];
  const index = indexLines(
    input.workspace.catalog.byId,
    input.counts,
    bundles.map((b) => ({ file: path.basename(b.file), pages: b.pages, id: b.indicators[0]! })),
  );
  for (const line of index.lines)
    blocks.push({ kind: 'para', spans: [{ text: line.text }], size: 11, leading: 19, align: 'left', link: { file: line.file } });
  blocks.push({ kind: 'rule' }, { kind: 'para', spans: [{ text: index.total, bold: true }], size: 11, leading: 19, align: 'left' });
  flow.add(blocks);
  const doc: DocumentPlan = {
    title: COVER.indexTitle,
    parts: [{ kind: 'typeset', pages: flow.pages, origin: null, stamp: null, role: 'front' }],
    outline: [{ title: COVER.indexTitle, page: 1, children: [] }],
    total: flow.pages.length,
  };
  const file = path.join(opts.outDir, INDEX_FILE);
  const id = documentId([input.commit?.hash ?? '', INDEX_FILE, ...bundles.map((b) => b.file)]);
  const result = writeDocument(doc, file, { font, built: input.built, id, producer: opts.producer, overwrite: opts.force });
  const manifest = path.join(opts.outDir, manifestName(INDEX_FILE));
  const entries = bundles.map((b) => ({
    bundle: path.basename(b.file),
    indicators: b.indicators,
    pages: b.pages,
    bytes: b.bytes,
    manifest: path.basename(b.manifest),
  }));
  const body = {
    bundle: INDEX_FILE,
    kind: 'index',
    pages: result.pages,
    bytes: result.bytes,
    sha256: result.sha256,
    commit: input.commit?.hash ?? null,
    built: input.built.toISOString(),
    bundles: entries,
  };
  writeManifest(manifest, body, opts.force);
  return { file, manifest, pages: result.pages, bytes: result.bytes, indicators: [], missing: 0, placeholders: 0, kind: 'index' };
}

function writeManifest(file: string, body: object, overwrite: boolean): void {
  const text = `${JSON.stringify(body, null, 2)}\n`;
  if (overwrite) writeFileAtomic(file, text);
  else if (!writeFileIfAbsent(file, text)) throw new CannotRunError('bundle.exists', { file });
}
