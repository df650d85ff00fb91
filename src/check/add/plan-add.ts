import fs from 'node:fs';
import path from 'node:path';
import { diag, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { MessageKey } from '../../i18n/messages.js';
import type { EvidenceTree } from '../../load/load-evidence.js';
import type { Workspace } from '../../load/load-workspace.js';
import type { MaterialCoverage } from '../../model/coverage.js';
import { secretMarking } from '../../model/file-names.js';
import { folderIdFor, indicatorIdFromFolder } from '../../model/indicator-id.js';
import { materialNumbers } from '../../model/material-numbers.js';
import { statementLength } from '../../model/statement-length.js';
import { inspectPdf } from '../../pdf/index.js';
import { hashFile } from '../../util/hash-file.js';
import { imageFindings } from '../evidence/image-rules.js';
import { inspectImage, looksLikeImage } from '../evidence/inspect-image.js';
import { pdfFindings, sizeFinding } from '../evidence/pdf-rules.js';
import { nameFindings } from '../evidence/name-rules.js';
import { safeFileName } from './file-name.js';

/** A reason a file cannot be added: a finding of the check, or a sentence of the catalog. */
export type Refusal = { diagnostic: Diagnostic } | { key: MessageKey; args: Record<string, string | number> };

export interface AddItem {
  /** the file as given (absolute) */
  source: string;
  /** where it goes, workspace-relative */
  target: string;
  /** the name it would have had, when that was taken and a number was added */
  taken?: string;
  warnings: Diagnostic[];
  refusals: Refusal[];
}

export interface AddRequest {
  /** absolute paths */
  files: string[];
  /** the indicator whose folder receives the files (merged cells resolved) */
  owner: string;
  material: number;
  label?: string;
  /** the material's coverage as the check sees it (its exception matters) */
  coverage: MaterialCoverage | undefined;
}

type Kind = 'pdf' | 'image' | 'statement';

function kindOf(abs: string): Kind | undefined {
  const ext = path.extname(abs).toLowerCase();
  if (ext === '.pdf') return 'pdf';
  if (ext === '.jpg' || ext === '.jpeg' || ext === '.png') return 'image';
  if (ext === '.md') return 'statement';
  return undefined;
}

/** The evidence folder of an indicator: the one that exists (it may carry a label), else its bare id. */
export function folderFor(tree: EvidenceTree, owner: string): string {
  return tree.folders.find((f) => f.indicator === owner)?.name ?? folderIdFor(owner);
}

/**
 * Decide, for each file to add, its name in the indicator's folder and whether it may go there:
 * judged as the check judges evidence (PDF verdicts, 涉密 markings in the name or metadata, names
 * unsafe on Windows) plus what only a newcomer can be: an exact copy of a file already filed
 * (suggest same_as instead), a material marked 涉密, an unsupported type. Reads, never writes.
 */
export async function planAdd(ws: Workspace, tree: EvidenceTree, req: AddRequest): Promise<AddItem[]> {
  const folder = folderFor(tree, req.owner);
  const taken = new Set(tree.files.filter((f) => f.folder === folder).map((f) => f.inner.join('/').normalize('NFC').toLowerCase()));
  const bySize = new Map<number, string[]>();
  for (const f of tree.files)
    if (f.kind === 'document' || f.kind === 'statement') bySize.set(f.size, [...(bySize.get(f.size) ?? []), f.rel]);
  const seenHashes = new Map<string, string>();
  const rules = { maxBytes: ws.config.rules.max_pdf_mb * 1048576, evidenceSince: ws.config.evidence_since };

  const items: AddItem[] = [];
  for (const source of req.files) items.push(await planOne(source));
  return items;

  async function planOne(source: string): Promise<AddItem> {
    const given = path.basename(source);
    const byName = kindOf(source);
    // The content decides, as in check: a photo sent as .png but stored as JPEG is filed as .jpg, a PDF named .png as .pdf.
    const image = byName === 'pdf' || byName === 'image' ? contentImage(source) : null;
    const kind = image ? 'image' : byName === 'image' && startsAsPdf(source) ? 'pdf' : byName;
    const original = renamedFor(given, kind, image?.format ?? null);
    const name = safeFileName(req.material, req.label, original, kind === 'statement');
    let target = name;
    let n = 2;
    while (taken.has(target.normalize('NFC').toLowerCase())) target = name.replace(/(\.[^.]+)$/, `-${n++}$1`);
    taken.add(target.normalize('NFC').toLowerCase());
    const rel = `evidence/${folder}/${target}`;
    const at = { file: rel, indicator: req.owner, material: req.material };
    const item: AddItem = { source, target: rel, ...(target !== name ? { taken: name } : {}), warnings: [], refusals: [] };
    const refuse = (r: Refusal): void => void item.refusals.push(r);

    let st: fs.Stats | undefined;
    try {
      st = fs.statSync(source);
    } catch {
      /* reported below */
    }
    if (!st?.isFile()) {
      refuse({ key: 'add.not-a-file', args: { file: source } });
      return item;
    }
    if (!kind) {
      refuse({ key: 'add.unsupported', args: { ext: path.extname(source).slice(1) || '?' } });
      return item;
    }
    if (req.coverage?.by === 'secret') refuse({ key: 'add.secret-material', args: { material: req.material } });
    // 涉密 in the name it comes with counts too: renaming must not launder a marking.
    const word = secretMarking(original) ?? secretMarking(req.label);
    if (word) refuse({ diagnostic: diag('confidential-marking', { word, where: 'name', name: original }, at) });
    for (const d of nameFindings([target], at)) d.severity === 'error' ? refuse({ diagnostic: d }) : item.warnings.push(d);

    // Past the size limit nothing more is read (no parse, no hash): the limit is the finding.
    const tooLarge = sizeFinding(st.size, rules, at);
    if (tooLarge) {
      refuse({ diagnostic: tooLarge });
      return item;
    }
    if (kind === 'pdf') {
      const r = await inspectPdf(source);
      const found = pdfFindings(r, st.size, target, rules, at, readHead(source)).diagnostics;
      for (const d of found) d.severity === 'error' ? refuse({ diagnostic: d }) : item.warnings.push(d);
    } else if (kind === 'image') {
      const found = imageFindings(image ?? inspectImage(source), st.size, target, rules, at);
      for (const d of found) d.severity === 'error' ? refuse({ diagnostic: d }) : item.warnings.push(d);
    } else {
      const count = statementLength(fs.readFileSync(source, 'utf8'));
      if (count > ws.config.rules.statement_max_chars)
        item.warnings.push(diag('statement-too-long', { count, limit: ws.config.rules.statement_max_chars }, at));
    }

    const hash = hashFile(source);
    const twin = seenHashes.get(hash);
    if (twin) refuse({ key: 'add.twice', args: { other: twin } });
    seenHashes.set(hash, source);
    for (const other of bySize.get(st.size) ?? []) {
      if (hashFile(path.join(ws.root, ...other.split('/'))) !== hash) continue;
      refuse({ diagnostic: diag('duplicate-content', { other, sameAs: sameAsOf(other) }, { ...at, severity: 'error' }) });
      break;
    }
    return item;
  }
}

/** An image by its content (read as check reads it), or null when the file is not one or cannot be read. */
function contentImage(abs: string): ReturnType<typeof inspectImage> | null {
  try {
    return looksLikeImage(readHead(abs)) ? inspectImage(abs) : null;
  } catch {
    return null;
  }
}

function startsAsPdf(abs: string): boolean {
  try {
    return readHead(abs, 1024).includes('%PDF-');
  } catch {
    return false;
  }
}

/** The given name with the extension its content calls for (JPEG keeps a .jpeg it came with). */
function renamedFor(given: string, kind: string | undefined, format: 'jpeg' | 'png' | null): string {
  const ext = path.extname(given).toLowerCase();
  const want = kind === 'pdf' ? '.pdf' : format === 'png' ? '.png' : format === 'jpeg' ? (ext === '.jpeg' ? '.jpeg' : '.jpg') : ext;
  return ext === want ? given : `${given.slice(0, given.length - ext.length)}${want}`;
}

/** `47/1` for a file filed as evidence/047/1-x.pdf: what a same_as should say. */
function sameAsOf(rel: string): string {
  const [, folder, first] = rel.split('/');
  const id = folder ? indicatorIdFromFolder(folder) : null;
  const nums = first ? materialNumbers(first) : null;
  return id && nums ? `${id}/${nums[0]}` : '';
}

function readHead(abs: string, n = 8): Buffer {
  const buf = Buffer.alloc(n);
  const fd = fs.openSync(abs, 'r');
  try {
    const got = fs.readSync(fd, buf, 0, n, 0);
    return buf.subarray(0, got);
  } finally {
    fs.closeSync(fd);
  }
}
