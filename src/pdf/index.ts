import { inspectFileSync } from './inspect-file.js';
import type { PdfInspection } from './types.js';

export type { InspectManyOptions, PdfInfo, PdfInspection } from './types.js';
export { inspectMany } from './inspect-many.js';

/**
 * Inspect one PDF: header, page count, encryption and damage, without loading the file.
 * Never rejects: an unreadable or broken file is described in the result.
 */
export async function inspectPdf(filePath: string): Promise<PdfInspection> {
  return inspectFileSync(filePath);
}
