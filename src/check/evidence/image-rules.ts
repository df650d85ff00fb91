import { diag, type Diagnostic, type DiagnosticInit } from '../../diagnostics/diagnostic.js';
import { MAX_IMAGE_PIXELS, type ImageInspection } from './inspect-image.js';
import { sizeFinding, yearInName, type PdfRules } from './pdf-rules.js';

/** An image whose shorter side is under this many pixels is too small to read on paper (README 限制). */
export const IMAGE_MIN_SIDE = 200;

const IMAGE_EXTENSIONS: Record<string, 'jpeg' | 'png'> = { '.jpg': 'jpeg', '.jpeg': 'jpeg', '.png': 'png' };

const extensionOf = (name: string): string => /\.[^./]*$/.exec(name)?.[0].toLowerCase() ?? '';

/**
 * A name whose extension disagrees with the content. A PNG named .jpg opens everywhere and is only
 * noted (info); a PDF named .png, or a picture named .pdf or .gif, opens nowhere: an error.
 */
export function extensionFinding(content: 'pdf' | 'jpeg' | 'png', name: string, at: DiagnosticInit): Diagnostic | null {
  const ext = extensionOf(name);
  const actual = content === 'pdf' ? 'PDF' : content === 'jpeg' ? 'JPEG' : 'PNG';
  if (content === 'pdf') return IMAGE_EXTENSIONS[ext] ? diag('file-extension-mismatch', { ext, actual }, at) : null;
  const claimed = IMAGE_EXTENSIONS[ext];
  if (claimed === content) return null;
  return diag('file-extension-mismatch', { ext, actual }, claimed ? { ...at, severity: 'info' } : at);
}

/** Findings about one image's content, from what the inspection step read. */
export function imageFindings(img: ImageInspection, size: number, name: string, rules: PdfRules, at: DiagnosticInit): Diagnostic[] {
  const out: Diagnostic[] = [];
  // From the header alone (the pixels are never read past the cap); before `broken`, which a cached old inspection may carry.
  if (img.width * img.height > MAX_IMAGE_PIXELS)
    out.push(diag('image-too-many-pixels', { width: img.width, height: img.height, limit: MAX_IMAGE_PIXELS.toLocaleString('en-US') }, at));
  else if (img.broken?.kind === 'truncated') out.push(diag('image-broken', { detail: img.broken.detail }, at));
  else if (img.broken) out.push(diag('image-unreadable', { detail: img.broken.detail }, at));
  else if (Math.min(img.width, img.height) < IMAGE_MIN_SIDE)
    out.push(diag('image-small', { width: img.width, height: img.height, min: IMAGE_MIN_SIDE }, at));
  if (img.format) {
    const ext = extensionFinding(img.format, name, at);
    if (ext) out.push(ext);
  }
  // The same size rule as PDFs (rules.max_pdf_mb): a bundle carries the image as it is.
  const tooLarge = sizeFinding(size, rules, at);
  if (tooLarge) out.push(tooLarge);
  const nameYear = yearInName(name);
  if (nameYear !== undefined) {
    if (nameYear < Number(rules.evidenceSince.slice(0, 4)))
      out.push(diag('evidence-too-old', { date: String(nameYear), since: rules.evidenceSince }, at));
  } else if (img.taken && img.taken < rules.evidenceSince) {
    out.push(diag('evidence-too-old', { date: img.taken, since: rules.evidenceSince }, at));
  }
  // A camera whose clock was never set, or a date written by hand: the photo's date says nothing then.
  if (img.taken && rules.today && img.taken > rules.today)
    out.push(diag('evidence-date-future', { date: img.taken, today: rules.today }, at));
  return out;
}
