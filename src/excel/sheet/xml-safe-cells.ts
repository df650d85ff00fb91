import type ExcelJS from 'exceljs';
import { xmlText } from '../../util/escape-invisible.js';

/**
 * Every text of a workbook made writable as XML 1.0, just before it is written: names, contacts,
 * progress and file names come from the workspace, and exceljs writes a control character or U+FFFE
 * as it is, which makes Excel and WPS refuse or "repair" the whole file. Such a character is shown as
 * an escape (`\x1b`); line breaks stay. One pass over the finished workbook, so no sheet is missed.
 */
export function makeCellsXmlSafe(wb: ExcelJS.Workbook): void {
  for (const key of ['title', 'subject', 'creator', 'lastModifiedBy', 'keywords', 'description', 'category', 'company'] as const) {
    const v = wb[key];
    if (typeof v === 'string') wb[key] = xmlText(v);
  }
  wb.eachSheet((sheet) => {
    sheet.name = xmlText(sheet.name);
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        // A merged cell shows its master's value: only the master holds one.
        if (cell.isMerged && cell.master !== cell) return;
        const safe = safeValue(cell.value);
        if (safe !== cell.value) cell.value = safe;
      }),
    );
  });
}

function safeValue(v: ExcelJS.CellValue): ExcelJS.CellValue {
  if (typeof v === 'string') return xmlText(v) === v ? v : xmlText(v);
  if (v && typeof v === 'object' && 'richText' in v && Array.isArray(v.richText)) {
    if (v.richText.every((r) => xmlText(r.text) === r.text)) return v;
    return { ...v, richText: v.richText.map((r) => ({ ...r, text: xmlText(r.text) })) };
  }
  if (v && typeof v === 'object' && 'hyperlink' in v && typeof v.text === 'string') {
    return xmlText(v.text) === v.text ? v : { ...v, text: xmlText(v.text) };
  }
  return v;
}
