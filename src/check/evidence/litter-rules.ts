import { diag, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { EvidenceTree } from '../../model/evidence-tree.js';
import { nameFindings } from './name-rules.js';

/** Litter to delete (file-litter; an error when its name carries a marking), and names that are not UTF-8. */
export function litterAndEncodingFindings(tree: EvidenceTree): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const l of tree.litter) {
    const at = { file: l.rel, indicator: l.indicator };
    out.push(diag('file-litter', { name: l.name }, at), ...nameFindings([l.name], at).filter((d) => d.code === 'confidential-marking'));
  }
  for (const n of tree.notUtf8)
    out.push(diag('filename-not-utf8', { name: n.name }, { file: n.rel, indicator: n.indicator, folder: n.folder }));
  return out;
}
