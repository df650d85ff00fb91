import { diag, type Diagnostic, type DiagnosticInit } from '../../diagnostics/diagnostic.js';
import { PDF_LIMITS, type PdfInspection, type PdfLimitName } from '../../pdf/index.js';
import { secretMarking } from '../../model/file-names.js';
import { activeContentFindings } from './active-content-rule.js';

export interface PdfRules {
  maxBytes: number;
  evidenceSince: string;
}

/** A short description of what a non-PDF file is, from its first bytes. */
export function sniffKind(head: Uint8Array): string {
  const hex = Buffer.from(head.subarray(0, 8)).toString('hex');
  if (hex.startsWith('504b0304')) return 'zip/docx/xlsx';
  if (hex.startsWith('d0cf11e0')) return 'doc/xls';
  if (hex.startsWith('ffd8ff')) return 'jpeg';
  if (hex.startsWith('89504e47')) return 'png';
  if (hex.startsWith('47494638')) return 'gif';
  if (hex.startsWith('49492a00') || hex.startsWith('4d4d002a')) return 'tiff';
  if (hex.startsWith('7b5c727466')) return 'rtf';
  return '';
}

/** The year a file name claims (the latest one it mentions), if any. */
export function yearInName(name: string): number | undefined {
  const years = [...name.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)].map((m) => Number(m[1]));
  return years.length ? Math.max(...years) : undefined;
}

/** The classification marking anywhere in a PDF's metadata: every Info entry and the XMP packet. */
export function metadataMarking(p: PdfInspection): string | undefined {
  const { title, subject, keywords, author, creator, producer } = p.info;
  for (const text of [title, subject, keywords, author, creator, producer, ...(p.metadataText ?? [])]) {
    const word = secretMarking(text);
    if (word) return word;
  }
  return undefined;
}

/** A limit's figure as the message shows it: 20 (s), 256 (MB), 1,000,000 (objects). */
function limitFigure(limit: PdfLimitName): string {
  const v = PDF_LIMITS[limit];
  return limit === 'decodedBytes' ? String(v / 1048576) : v.toLocaleString('en-US');
}

/** Findings about one PDF's content. `valid` is false when it cannot serve as evidence. */
export function pdfFindings(
  p: PdfInspection,
  size: number,
  name: string,
  rules: PdfRules,
  at: DiagnosticInit,
  head?: Uint8Array,
): { diagnostics: Diagnostic[]; valid: boolean } {
  const out: Diagnostic[] = [];
  if (p.empty || size === 0) out.push(diag('pdf-empty', {}, at));
  else if (p.limit) out.push(diag('pdf-too-complex', { limit: p.limit, figure: limitFigure(p.limit) }, at));
  else if (!p.isPdf) out.push(diag('file-not-pdf', { kind: head ? sniffKind(head) : '' }, at));
  else if (p.encryption === 'open-password') out.push(diag('pdf-encrypted', {}, at));
  else if (p.damage === 'fatal') out.push(diag('pdf-corrupt', { detail: p.detail ?? '' }, at));
  else if (p.pages === 0) out.push(diag('pdf-no-pages', {}, at));
  else {
    if (p.encryption === 'owner-restricted') out.push(diag('pdf-restricted', {}, at));
    if (p.attachmentsEncrypted) out.push(diag('pdf-attachments-encrypted', {}, at));
    if (p.damage === 'repaired') out.push(diag('pdf-repaired', { detail: p.detail ?? '' }, at));
    out.push(...activeContentFindings(p, at));
  }
  if (size > rules.maxBytes) {
    out.push(diag('pdf-too-large', { sizeMb: (size / 1048576).toFixed(1), limitMb: (rules.maxBytes / 1048576).toFixed(0) }, at));
  }
  const word = metadataMarking(p);
  if (word) out.push(diag('confidential-marking', { word, where: 'metadata' }, at));
  const nameYear = yearInName(name);
  const sinceYear = Number(rules.evidenceSince.slice(0, 4));
  if (nameYear !== undefined) {
    if (nameYear < sinceYear) out.push(diag('evidence-too-old', { date: String(nameYear), since: rules.evidenceSince }, at));
  } else if (p.info.creationDate && p.info.creationDate.slice(0, 10) < rules.evidenceSince) {
    out.push(diag('evidence-too-old', { date: p.info.creationDate.slice(0, 10), since: rules.evidenceSince }, at));
  }
  return { diagnostics: out, valid: !out.some((d) => d.severity === 'error') };
}
