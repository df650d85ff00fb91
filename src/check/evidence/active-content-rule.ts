import { diag, type Diagnostic, type DiagnosticInit } from '../../diagnostics/diagnostic.js';
import type { PdfInspection } from '../../pdf/index.js';

/**
 * A PDF that carries scripts, launch or submit actions, links that are not http(s), attachment
 * annotations or media: named as a warning (the file still proves its material, and `bundle`
 * leaves that content out), so the unit can replace it before it reaches a reviewer's machine.
 */
export function activeContentFindings(p: PdfInspection, at: DiagnosticInit): Diagnostic[] {
  const kinds = p.activeContent ?? [];
  return kinds.length > 0 ? [diag('pdf-active-content', { kinds }, at)] : [];
}
