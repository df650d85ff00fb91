import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { cellText, compact, joinLines, trimText } from '../sheet/cell-value.js';
import { findHeaderRow } from './find-header-row.js';
import { ANNEX2 } from '../sheet/form-wording.js';
import { problem, type ImportProblem } from './import-problem.js';
import { indicatorIdIn } from '../sheet/numbering.js';
import { readMeta, type LedgerMeta } from '../sheet/ledger-meta.js';
import { oneLine } from '../../util/truncate.js';
import { atCellLimit } from '../sheet/cell-limit.js';
import { readXlsxParts, unreadable, XLSX_LIMITS, type XlsxRefusal } from './xlsx-guard.js';
import { valuePart, valueWorkbook } from './value-workbook.js';

/** One filled-in row as read back. */
export interface ReadRow {
  /** 1-based sheet row */
  row: number;
  id: string | null;
  /** the 三级指标 text */
  indicator: string;
  indicatorCell: string;
  progressCell: string;
  progress: string;
  contactCell: string | null;
  contact: string;
  /** cells of this row whose text is exactly as long as Excel allows: it may have been cut */
  atLimit: string[];
}

export interface ReadLedger {
  /** as the user named it */
  file: string;
  sheet: string;
  meta: LedgerMeta | null;
  /** the unit name written after 责任单位, and where */
  unitText: string | null;
  unitCell: string | null;
  month: string | null;
  rows: ReadRow[];
}

const [H_INDICATOR, , , H_PROGRESS, H_CONTACT] = ANNEX2.headers;

/** `责任单位：法规科（公章）` → `法规科`; null when the line is missing or left blank. */
function unitLine(sheet: ExcelJS.Worksheet, headerRow: number): { text: string | null; cell: string | null } {
  for (let r = 1; r < headerRow; r++) {
    let found: { text: string | null; cell: string | null } | null = null;
    sheet.getRow(r).eachCell((cell) => {
      const t = compact(cellText(cell.value));
      const m = /责任单位[:：]?(.*)$/u.exec(t);
      if (!m || found) return;
      const name = m[1]!
        .replace(/[（(]公章[）)]/gu, '')
        .replace(/[_＿]+/gu, '')
        .replace(/报送月份.*$|填表时间.*$/u, '');
      found = { text: name || null, cell: cell.address };
    });
    if (found) return found;
  }
  return { text: null, cell: null };
}

function monthIn(sheet: ExcelJS.Worksheet, headerRow: number): string | null {
  for (let r = 1; r < headerRow; r++) {
    for (const v of sheet.getRow(r).values as unknown[]) {
      const m = /报送月份[:：]?(\d{4})年(\d{1,2})月/u.exec(compact(cellText(v as ExcelJS.CellValue)));
      if (m) return `${m[1]}-${m[2]!.padStart(2, '0')}`;
    }
  }
  return null;
}

/** A name from the file, shown without control characters, and short. */
const shownPart = (part: string): string => oneLine(part.replace(/[\p{Cc}\p{Cf}]/gu, '?'), 60);

function refusal(file: string, r: XlsxRefusal): ImportProblem {
  switch (r.kind) {
    case 'too-big':
      return problem('import.xlsx-too-big', { file, mb: r.mb, limit: XLSX_LIMITS.fileMb });
    case 'old-format':
      return problem('import.old-format', { file });
    case 'part-too-big':
    case 'ratio':
      return problem('import.xlsx-bomb', {
        file,
        part: shownPart(r.part),
        partMb: XLSX_LIMITS.partMb,
        totalMb: XLSX_LIMITS.totalMb,
        ratio: XLSX_LIMITS.ratio,
      });
    case 'unreadable':
      return problem('import.not-xlsx', { file, part: r.part === null ? undefined : shownPart(r.part), fault: r.fault }, r.detail);
  }
}

/**
 * Open a workbook safely: a regular file, within the size limits, its zip directory and parts
 * checked before the spreadsheet library reads it, and given only the parts that hold cell values
 * (see `value-workbook.ts`). Whatever the library says about a damaged file is replaced by our own
 * sentence naming the part and what is wrong with it: its messages (`Can't find end of central
 * directory`) mean nothing to the person who saved the file; they are kept for --verbose.
 */
export async function openWorkbook(absPath: string, file: string): Promise<ExcelJS.Workbook | ImportProblem> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(absPath);
  } catch {
    return problem('import.file-missing', { file });
  }
  // A folder, a FIFO or a device would block or mislead the reader.
  if (!stat.isFile()) return problem('import.not-xlsx', { file, fault: 'not-file' });
  if (stat.size > XLSX_LIMITS.fileMb * 1024 * 1024)
    return problem('import.xlsx-too-big', { file, mb: Math.ceil(stat.size / 1048576), limit: XLSX_LIMITS.fileMb });
  let buf: Buffer;
  try {
    buf = fs.readFileSync(absPath);
  } catch {
    return problem('import.file-unreadable', { file });
  }
  const read = await readXlsxParts(buf, valuePart);
  if ('kind' in read) return refusal(file, read);
  const values = await valueWorkbook(read.parts);
  if ('kind' in values) return refusal(file, values);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(values as unknown as ExcelJS.Buffer);
  } catch (e) {
    return refusal(file, unreadable(null, 'content', e instanceof Error ? (e.stack ?? e.message) : String(e)));
  }
  return wb;
}

/** Sheet 1 of an opened ledger workbook (see `openWorkbook`), or why it is not one. */
export function readLedgerSheet(wb: ExcelJS.Workbook, file: string): ReadLedger | ImportProblem {
  const preferred = wb.getWorksheet(ANNEX2.sheet);
  const candidates = [...(preferred ? [preferred] : []), ...wb.worksheets.filter((s) => s !== preferred && s.state === 'visible')];
  for (const sheet of candidates) {
    const header = findHeaderRow(sheet, [H_INDICATOR, H_PROGRESS]);
    if (!header) continue;
    const col = (name: string): number | undefined => header.cols.get(name);
    const ci = col(H_INDICATOR)!;
    const cp = col(H_PROGRESS)!;
    const cc = col(H_CONTACT);
    const rows: ReadRow[] = [];
    // eachRow visits only rows that exist: a sheet formatted down to row 1048576 stays cheap.
    sheet.eachRow((row, r) => {
      if (r <= header.row) return;
      const indicator = trimText(cellText(row.getCell(ci).value));
      const progress = trimText(cellText(row.getCell(cp).value));
      const contact = cc === undefined ? '' : joinLines(trimText(cellText(row.getCell(cc).value)));
      if (!indicator && !progress && !contact) return;
      // The 说明 lines and a header row pasted again are part of the form, not indicators.
      if (compact(indicator).startsWith('说明') || compact(indicator) === H_INDICATOR) return;
      rows.push({
        row: r,
        id: indicatorIdIn(indicator),
        indicator,
        indicatorCell: row.getCell(ci).address,
        progressCell: row.getCell(cp).address,
        progress,
        contactCell: cc === undefined ? null : row.getCell(cc).address,
        contact,
        atLimit: [cp, cc].flatMap((c) => (c !== undefined && atCellLimit(row.getCell(c).value) ? [row.getCell(c).address] : [])),
      });
    });
    const unit = unitLine(sheet, header.row);
    const meta = readMeta(wb);
    return {
      file,
      sheet: sheet.name,
      meta,
      unitText: unit.text,
      unitCell: unit.cell,
      month: meta?.month || monthIn(sheet, header.row),
      rows,
    };
  }
  return problem('import.not-ledger', { file });
}
