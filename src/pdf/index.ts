import { inspectFileSync } from './inspect/inspect-file.js';
import type { PdfInspection } from './inspect/result.js';

export type { InspectManyOptions, PdfInfo, PdfInspection } from './inspect/result.js';
export { inspectMany } from './inspect/inspect-many.js';
export { PDF_LIMITS, PdfLimitExceeded, withBudget, type PdfLimitName } from './limits.js';

/**
 * Inspect one PDF: header, page count, encryption and damage, without loading the file.
 * Never rejects: an unreadable or broken file is described in the result.
 */
export async function inspectPdf(filePath: string): Promise<PdfInspection> {
  return inspectFileSync(filePath);
}

// Reading pages to copy them into another document (`ledger bundle`).
export { openPageSource, PageSourceError, type PageSource, type SourcePage } from './document/open-pages.js';
export { PdfDict, PdfName, PdfRef, PdfStream, PdfString, isName, type PdfValue } from './syntax/pdf-values.js';
export { actionKinds, annotationKinds, isAction, type ActiveKind } from './document/active-content.js';
