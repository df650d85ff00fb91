import { diag, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { EvidenceFile } from '../../model/evidence-tree.js';
import { secretMarking } from '../../model/file-names.js';
import { statementLength } from '../../model/statement-length.js';

/**
 * 情况说明 sources over the character limit, or whose text carries a classification marking (the
 * same matcher as names, negations such as 不涉密 included). Unreadable ones were reported when loading.
 */
export function statementFindings(files: EvidenceFile[], limit: number): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of files) {
    if (typeof f.text !== 'string') continue;
    const at = { file: f.rel, indicator: f.indicator, material: f.materials?.[0] ?? null };
    const word = secretMarking(f.text);
    if (word) out.push(diag('confidential-marking', { word, where: 'text' }, at));
    const count = statementLength(f.text);
    if (count > limit) out.push(diag('statement-too-long', { count, limit }, at));
  }
  return out;
}
