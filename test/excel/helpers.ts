import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';

/** Excel-specific test helpers: reading workbooks and the assignments files an import edits. */

export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Plain text of a cell as a person reads it (rich text joined). */
export function text(cell: ExcelJS.Cell): string {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && v !== null && 'richText' in v)
    return (v as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
  return String(v);
}

/** Row numbers of sheet 1 by the indicator id that starts their 三级指标 cell. */
export function rowsById(sheet: ExcelJS.Worksheet): Map<string, number> {
  const out = new Map<string, number>();
  sheet.eachRow((row, n) => {
    const m = /^(\d+|B\d+|V\d+) /.exec(text(row.getCell(1)));
    if (m && n > 3) out.set(m[1]!, n);
  });
  return out;
}

/** The text of one unit's assignments file: what an import edits. */
export function readAssignments(ws: string, unit: string): string {
  return fs.readFileSync(path.join(ws, 'assignments', `${unit}.yaml`), 'utf8');
}

/** Every assignments file's bytes, to prove a refused import changed nothing. */
export function snapshotAssignments(ws: string): Map<string, string> {
  const dir = path.join(ws, 'assignments');
  return new Map(
    fs
      .readdirSync(dir)
      .sort()
      .map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]),
  );
}
