import { inspectPdf, type PdfInspection } from '../../pdf/index.js';
import { inspectImage, looksLikeImage, type ImageInspection } from './inspect-image.js';

/**
 * One document read as the inspection step reads it (inspect-evidence.ts): an image by its first
 * bytes (`head`), anything else as a PDF. For `ledger add`, which judges a file before it is filed.
 */
export async function inspectOneDocument(abs: string, head: Uint8Array): Promise<{ image: ImageInspection } | { pdf: PdfInspection }> {
  return looksLikeImage(head) ? { image: inspectImage(abs) } : { pdf: await inspectPdf(abs) };
}
