import type ExcelJS from 'exceljs';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import type { Rollup } from '../../model/rollup.js';
import { rowHeight } from '../sheet/row-height.js';
import { withFixedZipTimes } from './fixed-zip-times.js';
import { makeCellsXmlSafe } from '../sheet/xml-safe-cells.js';
import {
  addSheet,
  headingRow,
  mergedRow,
  newWorkbook,
  setupPrint,
  styleBodyCell,
  SUBTITLE_FONT,
  TITLE_FONT,
  WRAP_CENTER,
  ATTENTION_FILL,
} from '../sheet/sheet-style.js';

const ORG_WIDTHS = [6, 28, 10, 9, 9, 9, 12, 10, 30, 16, 40];
const IND_WIDTHS = [8, 10, 10, 16, 40, 30, 24];
const HEADER_ROWS = 3;

/** The row's cells as text where they are text (numbers never wrap): what its height is measured from. */
const texts = (row: ExcelJS.Row): (string | null)[] =>
  Array.from({ length: row.cellCount }, (_, i) => {
    const v = row.getCell(i + 1).value;
    return typeof v === 'string' ? v : null;
  });

const rate = (covered: number, required: number): number | null => (required ? covered / required : null);

/**
 * The xlsx 汇总: sheet 1 one row per organisation (ranked), sheet 2 one row per indicator (merged
 * by material). Stamped with the roll-up's day, so the same packets give the same workbook.
 */
/** A sheet's first two rows: the title across every column, the date and catalog under it on the right. */
function titleRows(sheet: ExcelJS.Worksheet, columns: number, title: string, head: string): void {
  mergedRow(sheet, 1, columns, { value: title, font: TITLE_FONT, alignment: WRAP_CENTER, height: 30 });
  mergedRow(sheet, 2, columns, { value: head, font: SUBTITLE_FONT, alignment: { horizontal: 'right', vertical: 'middle' }, height: 20 });
}

export async function rollupWorkbook(r: Rollup, lang: Lang): Promise<Uint8Array> {
  const title = t(lang, 'rollup.title');
  const wb = newWorkbook(r.today, title);
  const head = `${r.today}  ${r.catalog ? `${r.catalog.name}@${r.catalog.version}` : ''}`;

  const orgs = addSheet(wb, lang === 'zh' ? '按单位' : 'Organisations', ORG_WIDTHS);
  titleRows(orgs, ORG_WIDTHS.length, title, head);
  headingRow(
    orgs,
    3,
    (
      [
        'rollup.col.rank',
        'rollup.col.org',
        'rollup.col.materials',
        'rollup.col.percent',
        'rollup.col.complete',
        'rollup.col.broken',
        'rollup.col.generated',
        'rollup.col.counted',
        'rollup.col.catalog',
        'rollup.section.notice',
        'rollup.col.source',
      ] as const
    ).map((k) => t(lang, k)),
    30,
  );
  const notice = new Map(r.notice.map((n) => [n.organization, n.reasons.map((x) => t(lang, `rollup.notice.${x}`)).join('、')]));
  for (const o of r.organisations) {
    const row = orgs.addRow([
      o.rank,
      o.organization,
      `${o.covered}/${o.required}`,
      rate(o.covered, o.required),
      o.complete,
      o.broken,
      o.generated,
      t(lang, `rollup.counted.${o.countedBy}`),
      `${o.catalog.name}@${o.catalog.version}`,
      notice.get(o.organization) ?? '',
      o.source,
    ]);
    row.eachCell({ includeEmpty: true }, (cell) => styleBodyCell(cell, { vertical: 'middle', wrapText: true }));
    row.getCell(4).numFmt = '0.0%';
    row.height = rowHeight(texts(row), ORG_WIDTHS);
    if (o.stale || o.mismatched) row.eachCell({ includeEmpty: true }, (cell) => (cell.fill = ATTENTION_FILL));
  }
  setupPrint(orgs, HEADER_ROWS);

  const inds = addSheet(wb, lang === 'zh' ? '按指标' : 'Indicators', IND_WIDTHS);
  titleRows(inds, IND_WIDTHS.length, title, head);
  headingRow(
    inds,
    3,
    (
      [
        'rollup.col.indicator',
        'rollup.col.materials',
        'rollup.col.percent',
        'rollup.col.missing',
        'rollup.col.contributors',
        'rollup.col.lead',
        'rollup.col.lead-departments',
      ] as const
    ).map((k) => t(lang, k)),
    30,
  );
  for (const i of r.indicators.filter((x) => x.owner === x.id && x.required > 0)) {
    const missing = i.materials.filter((m) => m.coveredBy.length === 0).map((m) => m.no);
    const row = inds.addRow([
      i.id,
      `${i.covered}/${i.required}`,
      rate(i.covered, i.required),
      missing.join('、'),
      i.contributors.join('、'),
      i.leadBy.join('、'),
      i.leadDepartments.join('、'),
    ]);
    row.eachCell({ includeEmpty: true }, (cell) => styleBodyCell(cell, { vertical: 'middle', wrapText: true }));
    row.getCell(3).numFmt = '0.0%';
    row.height = rowHeight(texts(row), IND_WIDTHS);
  }
  setupPrint(inds, HEADER_ROWS);
  makeCellsXmlSafe(wb);
  return withFixedZipTimes(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}
