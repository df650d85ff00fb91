import type { Workbook, Worksheet } from 'exceljs';

/**
 * What an export records about itself (format, version, unit, …) is kept twice, because other
 * programs may drop either: as `key | value` rows of a very hidden sheet, and as the workbook's
 * keywords `key=value;…`. The ledger and the problem list both write and read it here.
 */
export const META_SHEET = 'ledger-meta';

/** Add the very hidden sheet with `pairs` as its first rows and set the keywords; further rows are the caller's. */
export function writeMetaPairs(wb: Workbook, pairs: Record<string, string | number>): Worksheet {
  const sheet = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  for (const [k, v] of Object.entries(pairs)) sheet.addRow([k, v]);
  wb.keywords = Object.entries(pairs)
    .map(([k, v]) => `${k}=${v}`)
    .join(';');
  return sheet;
}

/** The pairs the keywords carry (empty when another program dropped them). */
export function keywordPairs(wb: Workbook): Map<string, string> {
  return new Map((wb.keywords ?? '').split(';').map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)] as [string, string]));
}
