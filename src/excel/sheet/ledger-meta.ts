import type { Workbook } from 'exceljs';

/**
 * What an export records besides the visible form, so an import knows for sure which unit and month
 * a workbook is. It is kept twice (a very hidden sheet and the workbook keywords) because other
 * programs may drop either; the import still works from the visible form when both are gone.
 */
export interface LedgerMeta {
  format: typeof FORMAT;
  version: number;
  unit: string;
  month: string;
}

export const FORMAT = 'ledger-annex2';
export const META_VERSION = 1;
export const META_SHEET = 'ledger-meta';

export function writeMeta(wb: Workbook, meta: Omit<LedgerMeta, 'format' | 'version'>, exported: string): void {
  const full: Record<string, string | number> = { format: FORMAT, version: META_VERSION, unit: meta.unit, month: meta.month, exported };
  const sheet = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  for (const [k, v] of Object.entries(full)) sheet.addRow([k, v]);
  wb.keywords = Object.entries(full)
    .map(([k, v]) => `${k}=${v}`)
    .join(';');
}

function fromPairs(pairs: Map<string, string>): LedgerMeta | null {
  if (pairs.get('format') !== FORMAT) return null;
  const unit = pairs.get('unit') ?? '';
  const month = pairs.get('month') ?? '';
  const version = Number(pairs.get('version'));
  if (!unit || !Number.isInteger(version)) return null;
  return { format: FORMAT, version, unit, month };
}

/** The recorded metadata, or null when another program dropped it (or it is not our export). */
export function readMeta(wb: Workbook): LedgerMeta | null {
  const sheet = wb.getWorksheet(META_SHEET);
  if (sheet) {
    const pairs = new Map<string, string>();
    sheet.eachRow((row) => pairs.set(String(row.getCell(1).value ?? ''), String(row.getCell(2).value ?? '')));
    const meta = fromPairs(pairs);
    if (meta) return meta;
  }
  const kw = wb.keywords ?? '';
  const pairs = new Map(kw.split(';').map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)] as [string, string]));
  return fromPairs(pairs);
}
