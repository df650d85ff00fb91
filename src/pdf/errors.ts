/**
 * Internal control-flow errors. They never escape inspectPdf: a structural problem becomes a
 * 'repaired' or 'fatal' judgement, so these only carry the reason to report.
 */

/** The file's structure disagrees with itself (bad offset, bad xref, missing key…). */
export class PdfDamage extends Error {
  override readonly name = 'PdfDamage';
}

/** The parser reached the end of the bytes it was given but not the end of the file: the caller
 *  reads a bigger window and tries again. */
export class NeedMoreData extends Error {
  override readonly name = 'NeedMoreData';
}

/** Thrown often (every widened window), so one shared instance: no stack trace to capture. */
export const NEED_MORE = new NeedMoreData('window too small');

/** The file is encrypted with a password we do not have: its streams cannot be read. */
export class PdfLocked extends Error {
  override readonly name = 'PdfLocked';
}

export function damage(reason: string): never {
  throw new PdfDamage(reason);
}

export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
