import type ExcelJS from 'exceljs';
import { readWorkbook, rowsById } from './helpers.js';

/** Open an exported ledger, let `edit` change it as a person would, save it under `out`. */
export async function editLedger(
  file: string,
  out: string,
  edit: (sheet: ExcelJS.Worksheet, rows: Map<string, number>, wb: ExcelJS.Workbook) => void,
): Promise<void> {
  const wb = await readWorkbook(file);
  const sheet = wb.getWorksheet('工作台账')!;
  edit(sheet, rowsById(sheet), wb);
  await wb.xlsx.writeFile(out);
}

/** Put the indicator rows in reverse order (values only), as sorting or cut-and-paste would. */
export function reverseRows(sheet: ExcelJS.Worksheet, rows: Map<string, number>): void {
  const numbers = [...rows.values()].sort((a, b) => a - b);
  const values = numbers.map((n) => [1, 2, 3, 4, 5].map((c) => sheet.getRow(n).getCell(c).value));
  values.reverse().forEach((v, i) => v.forEach((value, c) => (sheet.getRow(numbers[i]!).getCell(c + 1).value = value)));
}

/** Replace the body lines of one indicator in an assignments file's text. */
export function withIndicator(yaml: string, id: string, body: string[]): string {
  const re = new RegExp(`(\\n  "${id}":[^\\n]*\\n)((?: {4}[^\\n]*\\n)+)`);
  if (!re.test(yaml)) throw new Error(`indicator ${id} not found`);
  return yaml.replace(re, (_, head: string) => `${head}${body.map((l) => `    ${l}\n`).join('')}`);
}
