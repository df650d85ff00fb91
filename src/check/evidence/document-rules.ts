import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { EvidenceFile } from '../../model/evidence-tree.js';
import { soleMaterial } from './evidence-files.js';
import { extensionFinding, imageFindings } from './image-rules.js';
import type { InspectedFiles } from './inspect-evidence.js';
import { pdfFindings, type PdfRules } from './pdf-rules.js';

/** Findings about each document's content, as an image or a PDF, from what the inspection step read. */
export function documentFindings(documents: EvidenceFile[], inspected: InspectedFiles, rules: PdfRules): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of documents) {
    const at = { file: f.rel, indicator: f.indicator, material: soleMaterial(f) };
    const name = f.inner[f.inner.length - 1] ?? '';
    const img = inspected.image.get(f.rel);
    if (img) {
      out.push(...imageFindings(img, f.size, name, rules, at));
      continue;
    }
    const r = inspected.pdf.get(f.rel);
    if (!r) continue; // not inspected: cannot happen when the inspection step was given documentsToInspect
    out.push(...pdfFindings(r, f.size, name, rules, at, inspected.head.get(f.rel)).diagnostics);
    const ext = r.isPdf ? extensionFinding('pdf', name, at) : null;
    if (ext) out.push(ext);
  }
  return out;
}
