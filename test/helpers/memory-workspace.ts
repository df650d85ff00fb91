import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { placeEvidencePath, type EvidenceFile, type EvidenceTree, type FolderExceptions } from '../../src/model/evidence-tree.js';
import { loadBuiltinCatalog } from '../../src/load/load-catalog.js';
import type { UnitAssignments, Workspace } from '../../src/model/workspace.js';
import { SourceMap } from '../../src/model/source-map.js';
import { indicatorIdFromFolder } from '../../src/model/indicator-id.js';
import { ledgerConfigSchema } from '../../src/model/schemas/ledger-config.js';
import { unitsFileSchema } from '../../src/model/schemas/units.js';
import { indexUnits } from '../../src/model/units.js';
import type { PdfInspection } from '../../src/pdf/index.js';
import type { InspectedFiles } from '../../src/check/evidence/inspect-evidence.js';
import type { ImageInspection } from '../../src/check/evidence/inspect-image.js';
import { REPO } from './cli.js';

/**
 * A workspace held in memory: the built-in catalog, the template units, a config with defaults,
 * and the given assignments. Evidence rules are pure, so they are tested on this without a folder.
 */
export function memoryWorkspace(
  assignments: { unit: string; indicators: Record<string, '已完成' | '未完成' | '不涉及'> }[] = [],
): Workspace {
  const unitsFile = unitsFileSchema.parse(parse(fs.readFileSync(path.join(REPO, 'templates', 'units.yaml'), 'utf8')));
  const config = ledgerConfigSchema.parse({
    organization: '测试局',
    cycle: { start: '2025-01-01', end: '2026-12-31' },
    stages: [{ name: '全面自查阶段', due: '2026-12-31' }],
  });
  const list: UnitAssignments[] = assignments.map((a) => ({
    file: `assignments/${a.unit}.yaml`,
    fileUnit: a.unit,
    value: {
      unit: a.unit,
      contact: '',
      indicators: Object.fromEntries(Object.entries(a.indicators).map(([id, status]) => [id, { status, progress: '' }])),
    },
    doc: null as never,
  }));
  return {
    root: '/nowhere',
    config,
    unitsFile,
    units: indexUnits(unitsFile),
    catalog: loadBuiltinCatalog().catalog,
    catalogIsLocal: false,
    assignments: list,
    unreadableAssignments: new Set(),
    problems: null,
    sources: new SourceMap(),
  };
}

const GOOD_PDF: PdfInspection = { isPdf: true, empty: false, pages: 3, encryption: 'none', damage: 'none', info: {} };

/** An evidence file as the loader would list it, from its workspace-relative path. */
export function evidenceFile(rel: string, extra: Partial<EvidenceFile> = {}): EvidenceFile {
  return { rel, abs: `/nowhere/${rel}`, ...placeEvidencePath(rel), symlink: null, size: 1000, mtimeMs: 0, ctimeMs: 0, ino: 0, ...extra };
}

/** A tree of the given files (their folders included) and index.yaml exceptions by folder. */
export function evidenceTree(files: EvidenceFile[], exceptions: Record<string, FolderExceptions['byMaterial']> = {}): EvidenceTree {
  const names = [...new Set(files.map((f) => f.folder).concat(Object.keys(exceptions)))].sort();
  return {
    files,
    folders: names.map((name) => ({ name, indicator: indicatorIdFromFolder(name) })),
    stray: [],
    litter: [],
    notUtf8: [],
    exceptions: new Map(
      Object.entries(exceptions).map(([folder, byMaterial]) => [folder, { file: `evidence/${folder}/index.yaml`, byMaterial }]),
    ),
    diagnostics: [],
  };
}

/** A good 1600×1200 photo. */
export const GOOD_IMAGE: ImageInspection = { format: 'jpeg', width: 1600, height: 1200, orientation: 1 };

/**
 * What the inspection step would report: every document a good 3-page PDF unless overridden, and
 * the files given in `images` JPEG or PNG files with what was read from them; `sha256` the hashes
 * the inspection step computed (of same-size files and of the files 初评 reviews name).
 */
export function inspected(
  files: EvidenceFile[],
  overrides: Record<string, Partial<PdfInspection>> = {},
  sha256: Record<string, string> = {},
  images: Record<string, Partial<ImageInspection>> = {},
): InspectedFiles {
  const documents = files.filter((f) => f.kind === 'document');
  const pdf = new Map(documents.filter((f) => !images[f.rel]).map((f) => [f.rel, { ...GOOD_PDF, ...overrides[f.rel] }]));
  const image = new Map(documents.filter((f) => images[f.rel]).map((f) => [f.rel, { ...GOOD_IMAGE, ...images[f.rel] }]));
  const head = new Map([...pdf].filter(([, r]) => !r.isPdf).map(([rel]) => [rel, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0])]));
  return { pdf, image, head, sha256: new Map(Object.entries(sha256)) };
}
