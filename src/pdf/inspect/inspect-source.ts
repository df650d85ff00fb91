import { findHeader, findLateHeader, type PdfHeader } from '../document/header.js';
import { openFast, openRebuilt, type OpenedDocument } from '../document/open-document.js';
import { messageOf } from '../errors.js';
import { PDF_LIMITS, PdfLimitExceeded, rethrowLimit, withBudget, type PdfLimits } from '../limits.js';
import type { ByteSource } from '../syntax/byte-source.js';
import { fatalResult, type PdfInspection } from './result.js';

/**
 * Judge one PDF held by `src`, within the work limits of one file (PDF_LIMITS). Never throws:
 * every failure, and a file that needs more than its limits, becomes part of the result.
 */
export function inspectSource(src: ByteSource, limits: PdfLimits = PDF_LIMITS): PdfInspection {
  if (src.size === 0) return fatalResult('the file is empty (0 bytes)', { empty: true });
  const header = findHeader(src);
  if (!header) {
    const late = findLateHeader(src);
    return fatalResult(
      late === undefined
        ? 'no %PDF header in the first 1024 bytes: not a PDF file'
        : `a %PDF header at byte ${late}, after the first 1024 bytes where Acrobat and pdfium look for it: not accepted as a PDF file`,
    );
  }
  try {
    return withBudget(() => judge(src, header), limits);
  } catch (err) {
    if (!(err instanceof PdfLimitExceeded)) throw err;
    return { ...fatalResult(`inspection stopped: ${err.message}`, { isPdf: true, version: header.version }), limit: err.limit };
  }
}

function judge(src: ByteSource, header: PdfHeader): PdfInspection {
  let doc: OpenedDocument | undefined;
  let rebuiltBecause: string | undefined;
  try {
    doc = openFast(src, header);
  } catch (err) {
    rethrowLimit(err);
    rebuiltBecause = messageOf(err);
  }
  if (!doc) {
    try {
      doc = openRebuilt(src, header);
    } catch (err) {
      rethrowLimit(err);
      const rebuild = `rebuilding the cross-reference table found no readable page tree (${messageOf(err)})`;
      return fatalResult(`cannot be opened: ${rebuiltBecause}; ${rebuild}`, { isPdf: true, version: header.version });
    }
  }
  const notes: string[] = [];
  if (rebuiltBecause) notes.push(`${rebuiltBecause}; the cross-reference table was rebuilt by scanning the file`);
  notes.push(...doc.problems);
  if (doc.encryption.detail) notes.push(doc.encryption.detail);
  if (doc.pages === 0) notes.push('the document has no pages');
  return {
    isPdf: true,
    empty: false,
    pages: doc.pages,
    encryption: doc.encryption.status,
    ...(doc.encryption.attachmentsLocked ? { attachmentsEncrypted: true } : {}),
    damage: rebuiltBecause || doc.problems.length > 0 ? 'repaired' : 'none',
    ...(notes.length > 0 ? { detail: notes.join('; ') } : {}),
    ...(doc.version ? { version: doc.version } : {}),
    info: doc.info,
    ...(doc.metadataText.length > 0 ? { metadataText: doc.metadataText } : {}),
    ...(doc.activeContent.length > 0 ? { activeContent: doc.activeContent } : {}),
  };
}
