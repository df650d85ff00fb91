import { diag, type Diagnostic, type DiagnosticInit } from '../../diagnostics/diagnostic.js';
import type { EvidenceFile } from '../../model/evidence-tree.js';
import type { Workspace } from '../../model/workspace.js';
import { secretMarking } from '../../model/file-names.js';
import { normalizeIndicatorInput } from '../../model/indicator-id.js';
import { imageFindings } from '../evidence/image-rules.js';
import type { InspectedFiles } from '../evidence/inspect-evidence.js';
import { nameFindings } from '../evidence/name-rules.js';
import { pdfFindings, sizeFinding, type PdfRules } from '../evidence/pdf-rules.js';

/**
 * The files problems.yaml names as proof of a fix, judged by the rules that judge evidence/: an
 * encrypted or broken PDF, a file that is no PDF or image at all (`.git/config`, problems.yaml
 * itself), a 涉密 marking in its name, metadata or text, a link. A file's own findings are reported
 * at the file (unless the evidence check reports it already, `judged`); each problem resting on a
 * file with an error gets `problem-evidence-invalid` — an error once the problem is 已销号. Pure.
 */
export function problemEvidenceFindings(
  ws: Workspace,
  files: EvidenceFile[],
  inspected: InspectedFiles,
  rules: PdfRules,
  judged: Set<string>,
): Diagnostic[] {
  const list = ws.problems;
  if (!list) return [];
  const byRel = new Map(files.map((f) => [f.rel, f]));
  const out: Diagnostic[] = [];
  const errorOf = new Map<string, Diagnostic | null>();
  for (const p of list.items) {
    const id = normalizeIndicatorInput(p.value.indicator);
    const scope = { unit: p.unit, indicator: id !== null && ws.catalog.byId.has(id) ? id : null };
    const closed = p.value.status === '已销号';
    p.value.evidence.forEach((written, i) => {
      const e = p.evidence[i];
      if (!e || (e.state !== 'ok' && e.state !== 'not-file')) return; // missing and outside: problem-rules
      const rel = written
        .split(/[\\/]/)
        .filter((s) => s !== '' && s !== '.')
        .join('/');
      let error: Diagnostic | null | undefined = e.state === 'not-file' ? null : errorOf.get(rel);
      if (e.state === 'ok' && error === undefined) {
        const f = byRel.get(rel);
        const own = f ? fileFindings(f, inspected, rules, { file: rel, ...scope }) : [];
        if (!judged.has(rel)) out.push(...own);
        error = own.find((d) => d.severity === 'error') ?? null;
        errorOf.set(rel, error);
      }
      if (e.state === 'ok' && !error) return;
      const where = ws.sources.locate(list.file, ['problems', p.index, 'evidence', i]);
      const args = { id: p.value.id, path: written, reason: error ? error.code : 'not-file' };
      out.push(diag('problem-evidence-invalid', args, { ...where, ...scope, severity: closed ? 'error' : 'warning' }));
    });
  }
  return out;
}

/** What the evidence rules say about one file, from the inspection step's reading of it. */
function fileFindings(f: EvidenceFile, inspected: InspectedFiles, rules: PdfRules, at: DiagnosticInit): Diagnostic[] {
  const name = f.inner[f.inner.length - 1] ?? f.rel;
  const out = nameFindings([name], at).filter((d) => d.code === 'confidential-marking');
  if (f.symlink) return [...out, diag('symlink', { target: f.symlink.target, outside: 'no' }, { ...at, severity: 'error' })];
  const tooLarge = sizeFinding(f.size, rules, at);
  if (tooLarge) return [...out, tooLarge];
  if (f.kind === 'statement') {
    if (f.readError) return [...out, diag('file-unreadable', { detail: f.readError }, at)];
    const word = secretMarking(f.text ?? '');
    return word ? [...out, diag('confidential-marking', { word, where: 'text' }, at)] : out;
  }
  const cannotRead = inspected.unreadable.get(f.rel);
  if (cannotRead) return [...out, diag('file-unreadable', { detail: cannotRead }, at)];
  const img = inspected.image.get(f.rel);
  if (img) return [...out, ...imageFindings(img, f.size, name, rules, at)];
  const pdf = inspected.pdf.get(f.rel);
  if (!pdf) return out;
  return [...out, ...pdfFindings(pdf, f.size, name, rules, at, inspected.head.get(f.rel)).diagnostics];
}
