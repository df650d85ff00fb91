import { diag, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { EvidenceFile } from '../../load/load-evidence.js';
import { statementLength } from '../../model/statement-length.js';

/** 情况说明 sources over the character limit (unreadable ones were reported when loading). */
export function statementFindings(files: EvidenceFile[], limit: number): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of files) {
    if (typeof f.text !== 'string') continue;
    const count = statementLength(f.text);
    if (count > limit)
      out.push(diag('statement-too-long', { count, limit }, { file: f.rel, indicator: f.indicator, material: f.materials?.[0] ?? null }));
  }
  return out;
}
