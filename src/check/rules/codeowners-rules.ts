import { diag, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { ExistingCodeowners } from '../../load/load-codeowners.js';
import type { EvidenceFolder } from '../../model/evidence-tree.js';
import type { Workspace } from '../../model/workspace.js';
import { codeownersText, isGenerated, sameCodeowners } from '../../model/codeowners-file.js';

/**
 * A generated CODEOWNERS that no longer says what `ledger codeowners` would write now (a unit's
 * handles or its assignments changed, a folder got a label): pull requests ask the wrong people.
 * A hand-written file is the user's own and is not judged.
 */
export function checkCodeowners(ws: Workspace, folders: EvidenceFolder[], existing: ExistingCodeowners[]): Diagnostic[] {
  const generated = existing.filter((e) => isGenerated(e.text));
  // Unknowable while units.yaml or an assignments file is unreadable (those are reported themselves).
  if (generated.length === 0 || !ws.unitsFile || ws.unreadableAssignments.size > 0) return [];
  const now = codeownersText(ws, folders);
  return generated.filter((e) => !sameCodeowners(e.text, now)).map((e) => diag('codeowners-stale', { file: e.file }, { file: e.file }));
}
