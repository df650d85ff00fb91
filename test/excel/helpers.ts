import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { PDFDocument } from 'pdf-lib';
import { afterAll } from 'vitest';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = path.join(REPO, 'bin', 'ledger.js');
/** Pinned "today": the next monthly due date is 2024-06-04, so exports are for 2024-06. */
export const TODAY = '2024-05-10';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the built CLI as a user would, without colours and with a pinned date. */
export function ledger(args: string[], cwd: string, env: Record<string, string> = {}): RunResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LEDGER_TODAY: TODAY, LEDGER_LANG: '', ...env },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const created: string[] = [];
// Registered when a test file imports this module: its temporary folders go when the file is done.
afterAll(() => {
  for (const dir of created) fs.rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix = 'ledger-excel-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** A fresh workspace made by `ledger init`. */
export function makeWorkspace(): string {
  const dir = path.join(tempDir(), 'ws');
  const r = ledger(['init', dir], REPO);
  if (r.code !== 0) throw new Error(`init failed: ${r.stderr}`);
  return dir;
}

/** A valid PDF with `pages` pages. */
export async function writePdf(file: string, pages = 1): Promise<void> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([595, 842]).drawText(`page ${i + 1}`, { x: 50, y: 780, size: 12 });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, await doc.save());
}

export function readText(ws: string, rel: string): string {
  return fs.readFileSync(path.join(ws, rel), 'utf8');
}

export function writeText(ws: string, rel: string, text: string): void {
  fs.writeFileSync(path.join(ws, rel), text);
}

/** Every assignments file's bytes, to prove a refused import changed nothing. */
export function snapshotAssignments(ws: string): Map<string, string> {
  const dir = path.join(ws, 'assignments');
  return new Map(fs.readdirSync(dir).sort().map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
}

export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Plain text of a cell as a person reads it (rich text joined). */
export function text(cell: ExcelJS.Cell): string {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && v !== null && 'richText' in v) return (v as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
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

export function which(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}
