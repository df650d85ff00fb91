import { diag, type Diagnostic, type DiagnosticInit } from '../../diagnostics/diagnostic.js';
import { secretMarking, windowsUnsafeReason } from '../../model/file-names.js';

/**
 * Findings about the names on a file's path below evidence/ (its folders included): unsafe on
 * Windows, not NFC, carrying a classification marking.
 */
export function nameFindings(segments: string[], at: DiagnosticInit): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const seg of segments) {
    const reason = windowsUnsafeReason(seg);
    if (reason) out.push(diag('filename-unsafe', { reason, name: seg }, at));
    if (seg !== seg.normalize('NFC')) out.push(diag('filename-not-nfc', { name: seg }, at));
    const word = secretMarking(seg);
    if (word) out.push(diag('confidential-marking', { word, where: 'name', name: seg }, at));
  }
  return out;
}
