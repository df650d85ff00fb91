import fs from 'node:fs';
import path from 'node:path';
import { diag, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { MessageRef } from '../../i18n/messages.js';
import { placeEvidencePath, type EvidenceFile, type EvidenceTree } from '../../model/evidence-tree.js';
import { maxEvidenceBytes, type Workspace } from '../../model/workspace.js';
import type { MaterialCoverage } from '../../model/coverage.js';
import { secretMarking } from '../../model/file-names.js';
import { hashFile } from '../../util/hash-file.js';
import { extensionFinding, imageFindings } from '../../check/evidence/image-rules.js';
import { statementFindings } from '../../check/evidence/statement-rules.js';
import { inspectImage, looksLikeImage } from '../../check/evidence/inspect-image.js';
import { inspectOneDocument } from '../../check/evidence/inspect-one.js';
import { pdfFindings, sizeFinding } from '../../check/evidence/pdf-rules.js';
import { nameFindings } from '../../check/evidence/name-rules.js';
import { safeFileName } from './target-name.js';
import { pushTo } from '../../util/push-to.js';
import { readHead } from '../../util/read-head.js';
import { evidenceFolderOf } from '../../model/evidence-folder.js';

/** A reason a file cannot be added: a finding of the check, or a sentence of the catalog. */
export type Refusal = { diagnostic: Diagnostic } | MessageRef;

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
  /** a unit id: the files go into its unit folder `@<unit>/` (its share of a shared indicator) */
  unit?: string;
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
  return evidenceFolderOf(
    tree.folders.map((f) => f.name),
    owner,
  );
}

/**
 * The first folder on the way from the workspace to `relDir` that is a symbolic link or not a
 * folder (workspace-relative), or null. A symlinked `evidence/009` would take the copy anywhere;
 * folders that do not exist yet are made by the writer, as plain folders.
 */
function linkedOnTheWay(root: string, relDir: string): string | null {
  let at = root;
  for (const part of relDir.split('/').filter(Boolean)) {
    at = path.join(at, part);
    const st = fs.lstatSync(at, { throwIfNoEntry: false });
    if (!st) return null;
    if (st.isSymbolicLink() || !st.isDirectory()) return path.relative(root, at).split(path.sep).join('/');
  }
  return null;
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
  const within = req.unit !== undefined ? `@${req.unit}/` : '';
  const bySize = new Map<number, string[]>();
  for (const f of tree.files) if (f.kind === 'document' || f.kind === 'statement') pushTo(bySize, f.size, f.rel);
  const seenHashes = new Map<string, string>();
  const rules = { maxBytes: maxEvidenceBytes(ws), evidenceSince: ws.config.evidence_since };

  const items: AddItem[] = [];
  const linked = linkedOnTheWay(ws.root, `evidence/${folder}/${within}`);
  for (const source of req.files) {
    const item = await planOne(source);
    if (linked) item.refusals.push({ key: 'add.target-linked', args: { folder: linked } });
    items.push(item);
  }
  return items;

  async function planOne(source: string): Promise<AddItem> {
    const given = path.basename(source);
    const byName = kindOf(source);
    // Stat before the first byte is read: opening a FIFO or a device to look at its head would block.
    let st: fs.Stats | undefined;
    try {
      st = fs.statSync(source);
    } catch {
      /* reported below */
    }
    const regular = st?.isFile() ?? false;
    // The content decides, as in check: a photo sent as .png but stored as JPEG is filed as .jpg, a PDF named .png as .pdf.
    const image = regular && (byName === 'pdf' || byName === 'image') ? contentImage(source) : null;
    const kind = image ? 'image' : regular && byName === 'image' && startsAsPdf(source) ? 'pdf' : byName;
    const original = renamedFor(given, kind, image?.format ?? null);
    const name = safeFileName(req.material, req.label, original, kind === 'statement');
    let target = name;
    let n = 2;
    const key = (t: string): string => `${within}${t}`.normalize('NFC').toLowerCase();
    while (taken.has(key(target))) target = name.replace(/(\.[^.]+)$/, `-${n++}$1`);
    taken.add(key(target));
    const rel = `evidence/${folder}/${within}${target}`;
    const at = { file: rel, indicator: req.owner, material: req.material };
    const item: AddItem = { source, target: rel, ...(target !== name ? { taken: name } : {}), warnings: [], refusals: [] };
    const refuse = (r: Refusal): void => void item.refusals.push(r);

    if (!st || !regular) {
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
    // Judged by the check's own rules, on what its inspection step would read: an image by its
    // first bytes, everything else as a PDF (a damaged .jpg is then "not a PDF", as check says).
    const judged: Diagnostic[] = [];
    if (kind === 'statement') {
      const file: EvidenceFile = {
        rel,
        abs: source,
        ...placeEvidencePath(rel),
        symlink: null,
        size: st.size,
        mtimeMs: 0,
        ctimeMs: 0,
        ino: 0,
      };
      judged.push(...statementFindings([{ ...file, text: fs.readFileSync(source, 'utf8') }], ws.config.rules.statement_max_chars));
    } else if (image) judged.push(...imageFindings(image, st.size, target, rules, at));
    else {
      const head = readHead(source, 8);
      const read = await inspectOneDocument(source, head);
      if ('image' in read) judged.push(...imageFindings(read.image, st.size, target, rules, at));
      else {
        judged.push(...pdfFindings(read.pdf, st.size, target, rules, at, head).diagnostics);
        const ext = read.pdf.isPdf ? extensionFinding('pdf', target, at) : null;
        if (ext) judged.push(ext);
      }
    }
    for (const d of judged) d.severity === 'error' ? refuse({ diagnostic: d }) : item.warnings.push(d);

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
    return looksLikeImage(readHead(abs, 8)) ? inspectImage(abs) : null;
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
  const { indicator: id, materials: nums } = placeEvidencePath(rel);
  return id && nums ? `${id}/${nums[0]}` : '';
}
