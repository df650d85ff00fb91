import fs from 'node:fs';
import { applyWrites, NODE_FILE_OPS, WriteRefused, type FileOps } from '../../util/atomic-write.js';
import { makeCellsXmlSafe } from '../sheet/xml-safe-cells.js';
import { CannotRunError } from '../../diagnostics/cannot-run-error.js';
import { EXCEL_CELL_MAX, overLongCells, type OverLongCell } from '../sheet/cell-limit.js';
import { planExport, type ExportInput, type ExportRequest, type Written } from './plan-export.js';

/**
 * `ledger export` once the CLI has loaded, checked and resolved: plan every workbook, refuse if any
 * would overwrite a file (unless forced), then build and write each atomically.
 */
export async function exportWorkbooks(
  input: ExportInput,
  outDir: string,
  req: ExportRequest,
  today: string,
  show: (abs: string) => string = (f) => f,
  ops: FileOps = NODE_FILE_OPS,
): Promise<Written[]> {
  const planned = planExport(input, outDir, req, today);
  const existing = planned.filter((p) => fs.existsSync(p.file));
  if (existing.length && !req.force)
    throw new CannotRunError('export.exists', { files: existing.map((p) => show(p.file)).join('\n  '), count: existing.length });
  if (fs.existsSync(outDir) && !fs.statSync(outDir).isDirectory()) throw new CannotRunError('export.out-not-dir', { dir: show(outDir) });
  // Every workbook is built and measured before the first is written: a text too long for an Excel
  // cell refuses the whole export, so no unit gets a file Excel would cut.
  const built = planned.map(({ build, ...w }) => {
    const wb = build();
    makeCellsXmlSafe(wb);
    return { w, wb, over: overLongCells(wb) };
  });
  const over = built.flatMap(({ w, over: cells }) => cells.map((c) => ({ ...c, file: show(w.file) })));
  if (over.length) throw new CannotRunError('export.cell-too-long', { cells: over.map(overLongLine).join('\n  '), max: EXCEL_CELL_MAX });
  const written: Written[] = [];
  for (const { w, wb } of built) {
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    try {
      // Without --force a file that appeared meanwhile is still never replaced. A full disk leaves
      // no temporary file behind (the writer, util/atomic-write.ts).
      applyWrites([{ file: w.file, data: bytes, before: req.force === true ? { any: true } : { absent: true } }], { ops });
    } catch (e) {
      if (e instanceof WriteRefused) throw new CannotRunError('export.exists', { files: show(w.file), count: 1 });
      throw new CannotRunError('export.write-failed', {
        file: show(w.file),
        detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message,
      });
    }
    written.push(w);
  }
  return written;
}

/** `2024-06-法规科-工作台账.xlsx › 工作台账 › D12 (31 行政规范性文件…) — 100004` */
const overLongLine = (c: OverLongCell & { file: string }): string =>
  `${c.file} › ${c.sheet} › ${c.cell}${c.row ? ` (${c.row})` : ''} — ${c.length}`;
