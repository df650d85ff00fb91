import type { Code } from '../../diagnostics/codes.js';
import type { Diagnostic, DiagnosticArgs } from '../../diagnostics/diagnostic.js';
import type { EvidenceFile } from '../../model/evidence-tree.js';
import { evidenceOwner, type Catalog } from '../../model/catalog.js';
import type { InspectedFiles } from './inspect-evidence.js';

/** A file named for materials, and whether it may cover them. */
export interface CoveringFile {
  rel: string;
  /** the indicator whose folder it is in (merged cells resolved) */
  owner: string;
  materials: number[];
  kind: 'pdf' | 'image' | 'statement';
  /** page count of a PDF, null when unknown */
  pages: number | null;
  /** the file's own error-level finding, when it has one: then it covers nothing */
  rejectedBy: { code: Code; args: DiagnosticArgs } | null;
}

/** Findings about a folder's name that rule out what is inside it. */
const FOLDER_NAME_CODES = new Set([
  'filename-unsafe',
  'confidential-marking',
  'file-unassigned',
  'symlink',
  'filename-not-utf8',
  'unit-folder-unknown',
]);

/**
 * The documents and statements that may cover materials, each with the finding that rules it out:
 * the first error-level finding of the file, or of a folder on its path whose name is the problem.
 * A statement whose text could not be read is no candidate at all.
 */
export function coveringFiles(
  catalog: Catalog,
  candidates: EvidenceFile[],
  findings: Diagnostic[],
  inspected: InspectedFiles,
): CoveringFile[] {
  const firstError = new Map<string, Diagnostic>();
  for (const d of findings) if (d.severity === 'error' && d.file && !firstError.has(d.file)) firstError.set(d.file, d);
  const errorOf = (f: EvidenceFile): Diagnostic | undefined => {
    const own = firstError.get(f.rel);
    if (own) return own;
    // A folder on the path whose name is the problem (unsafe, 涉密, unnumbered) takes its files with it.
    const parts = f.rel.split('/');
    for (let n = parts.length - 1; n >= 2; n--) {
      const hit = firstError.get(parts.slice(0, n).join('/'));
      // The indicator folder's own name rules its files out only when it cannot even be opened by that name.
      if (hit && FOLDER_NAME_CODES.has(hit.code) && (n >= 3 || hit.code === 'filename-not-utf8')) return hit;
    }
    return undefined;
  };
  const covering: CoveringFile[] = [];
  for (const f of candidates) {
    if (f.kind === 'statement' && typeof f.text !== 'string') continue;
    const owner = evidenceOwner(catalog.byId.get(f.indicator!)!);
    const error = errorOf(f);
    covering.push({
      rel: f.rel,
      owner,
      materials: f.materials!,
      kind: f.kind === 'statement' ? 'statement' : inspected.image.has(f.rel) ? 'image' : 'pdf',
      pages: inspected.pdf.get(f.rel)?.pages ?? null,
      rejectedBy: error ? { code: error.code, args: error.args } : null,
    });
  }
  return covering;
}
