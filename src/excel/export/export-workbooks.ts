import fs from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import type { IndicatorCoverage } from '../../model/coverage.js';
import { runCheck } from '../../check/run-check.js';
import { loadBuiltinCatalog } from '../../load/load-catalog.js';
import { writeFileAtomic, writeFileIfAbsent } from '../../util/atomic-write.js';
import { requireUnit } from '../../cli/resolve-args.js';
import { CannotRunError } from '../../diagnostics/cannot-run-error.js';
import { loadWorkspace } from '../../load/load-workspace.js';
import { buildAnnex1Workbook } from './build-annex1-workbook.js';
import { buildLedgerWorkbook } from './build-ledger-workbook.js';
import { buildSummaryWorkbook } from './build-summary-workbook.js';
import { ANNEX1_FILE, checkRequest, ledgerFile, ledgerMonth, summaryFile, type ExportRequest } from './plan-export.js';
import { summaryRows } from './summary-rows.js';

/** One workbook written, with what the CLI tells about it. */
export interface Written {
  file: string;
  kind: 'ledger' | 'summary' | 'annex1';
  unitName?: string;
  indicators?: number;
  missing?: number;
}

interface Planned extends Written {
  build: () => ExcelJS.Workbook;
}

/**
 * `ledger export`: plan every workbook, refuse if any would overwrite a file (unless forced), then
 * build and write each atomically. `root` need not be a workspace for `--annex1` alone.
 */
export async function exportWorkbooks(root: string, outDir: string, req: ExportRequest, today: string, show: (abs: string) => string = (f) => f): Promise<Written[]> {
  checkRequest(req);
  const planned: Planned[] = [];
  const isWorkspace = fs.existsSync(path.join(root, 'ledger.yaml'));

  if (req.annex1 && !req.unit && !req.all) {
    const ws = isWorkspace ? loadWorkspace(root).workspace : null;
    if (isWorkspace && !ws) throw new CannotRunError('config-invalid');
    const catalog = ws?.catalog ?? loadBuiltinCatalog().catalog;
    planned.push({ file: path.join(outDir, ANNEX1_FILE), kind: 'annex1', build: () => buildAnnex1Workbook(ws?.config.organization ?? '', catalog, today) });
  } else {
    const result = await runCheck(root, { today });
    const ws = result.workspace;
    if (!ws) throw new CannotRunError('config-invalid');
    const coverage = result.evidence?.coverage ?? new Map();
    const month = ledgerMonth(req, today, ws.config.monthly_due_day);

    let files = ws.assignments;
    if (req.unit) {
      const id = requireUnit(ws.units, req.unit);
      files = ws.assignments.filter((a) => a.value.unit === id);
      if (files.length === 0) throw new CannotRunError(ws.unreadableAssignments.has(id) ? 'export.assignments-broken' : 'export.no-assignments', { unit: ws.units.byId.get(id)?.name ?? id, file: `assignments/${id}.yaml` });
    } else {
      const bad = [...ws.unreadableAssignments];
      if (bad.length) throw new CannotRunError('export.assignments-broken', { unit: bad.join('、'), file: bad.map((u) => `assignments/${u}.yaml`).join(', ') });
    }
    for (const a of files) {
      const unitName = ws.units.byId.get(a.value.unit)?.name ?? a.value.unit;
      const ids = Object.keys(a.value.indicators).filter((id) => ws.catalog.byId.has(id));
      const missing = missingCount(ids, coverage);
      planned.push({ file: ledgerFile(outDir, month, unitName), kind: 'ledger', unitName, indicators: ids.length, missing, build: () => buildLedgerWorkbook(ws, a, coverage, month, today) });
    }
    if (req.all) {
      planned.push({ file: summaryFile(outDir, month), kind: 'summary', build: () => buildSummaryWorkbook(ws.config.organization, month, today, summaryRows(ws, result.summary.units)) });
    }
    if (req.annex1) planned.push({ file: path.join(outDir, ANNEX1_FILE), kind: 'annex1', build: () => buildAnnex1Workbook(ws.config.organization, ws.catalog, today) });
  }

  const existing = planned.filter((p) => fs.existsSync(p.file));
  if (existing.length && !req.force) throw new CannotRunError('export.exists', { files: existing.map((p) => show(p.file)).join('\n  '), count: existing.length });
  if (fs.existsSync(outDir) && !fs.statSync(outDir).isDirectory()) throw new CannotRunError('export.out-not-dir', { dir: show(outDir) });
  const written: Written[] = [];
  for (const { build, ...w } of planned) {
    const bytes = new Uint8Array((await build().xlsx.writeBuffer()) as ArrayBuffer);
    try {
      fs.mkdirSync(outDir, { recursive: true });
      // Without --force a file that appeared meanwhile is still never replaced.
      if (req.force) writeFileAtomic(w.file, bytes);
      else if (!writeFileIfAbsent(w.file, bytes)) throw new CannotRunError('export.exists', { files: show(w.file), count: 1 });
    } catch (e) {
      if (e instanceof CannotRunError) throw e;
      throw new CannotRunError('export.write-failed', { file: show(w.file), detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
    }
    written.push(w);
  }
  return written;
}

/** Materials still missing; a merged cell's materials are listed under each of its indicators but count once. */
function missingCount(ids: string[], coverage: Map<string, IndicatorCoverage>): number {
  const keys = new Set<string>();
  for (const id of ids) {
    const c = coverage.get(id);
    for (const m of c?.materials ?? []) if (!m.covered) keys.add(`${c!.owner}/${m.no}`);
  }
  return keys.size;
}
