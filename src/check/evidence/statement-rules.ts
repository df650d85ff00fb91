import fs from 'node:fs';
import { diag, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { EvidenceFile } from '../../load/load-evidence.js';
import { statementLength } from '../../model/statement-length.js';

/** 情况说明 sources over the character limit. */
export function statementFindings(files: EvidenceFile[], limit: number): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of files) {
    let text: string;
    try {
      text = fs.readFileSync(f.abs, 'utf8');
    } catch (e) {
      out.push(diag('file-unreadable', { detail: (e as NodeJS.ErrnoException).code ?? '' }, { file: f.rel, indicator: f.indicator }));
      continue;
    }
    const count = statementLength(text);
    if (count > limit) out.push(diag('statement-too-long', { count, limit }, { file: f.rel, indicator: f.indicator, material: f.materials?.[0] ?? null }));
  }
  return out;
}
