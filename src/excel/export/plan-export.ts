import path from 'node:path';
import type ExcelJS from 'exceljs';
import type { CheckCounts } from '../../model/check-summary.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { IndicatorCoverage } from '../../model/coverage.js';
import { unitName } from '../../model/units.js';
import { loadBuiltinCatalog } from '../../load/load-catalog.js';
import type { UnitAssignments, Workspace } from '../../model/workspace.js';
import { nextMonthlyDue } from '../../util/dates.js';
import { CannotRunError } from '../../diagnostics/cannot-run-error.js';
import { buildAnnex1Workbook } from './build-annex1-workbook.js';
import { buildLedgerWorkbook } from './build-ledger-workbook.js';
import { buildSummaryWorkbook } from './build-summary-workbook.js';
import { summaryRows } from './summary-rows.js';
import { fileNames } from './workbook-names.js';
import { planProblemLists } from './plan-problem-lists.js';

/** The choices of `ledger export` as the user typed them. */
export interface ExportChoices {
  unit?: string;
  all?: boolean;
  annex1?: boolean;
  problems?: boolean;
  month?: string;
}

/** Refuse contradictory or missing choices before any work is done. */
export function checkRequest(req: ExportChoices): void {
  if (!req.unit && !req.all && !req.annex1 && !req.problems) throw new CannotRunError('export.no-target');
  if (req.unit && req.all) throw new CannotRunError('export.unit-and-all');
  if (req.month !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(req.month))
    throw new CannotRunError('export.bad-month', { month: req.month });
}

/** What to export, after `checkRequest` and with the unit resolved by the caller. */
export interface ExportRequest {
  /** a unit id: that unit's ledger */
  unit?: string;
  /** every unit's ledger and the summary */
  all?: boolean;
  annex1?: boolean;
  /** the 整改问题清单 instead of ledgers: the whole list, `unit`'s own, or with `all` the whole list and each unit's */
  problems?: boolean;
  /** `YYYY-MM`; by default the month of the next monthly due date */
  month?: string;
  force?: boolean;
}

/** What an export works from, loaded and checked by the caller. */
export interface ExportInput {
  /** null outside a workspace, where only Annex 1 can be exported (from the built-in catalog) */
  workspace: Workspace | null;
  /** the check's evidence per indicator; empty when no check ran (`--annex1` alone) */
  coverage: Map<string, IndicatorCoverage>;
  /** the check's counts (the per-unit summary among them); null when no check ran */
  counts: CheckCounts | null;
  /** the check's findings: the material sheet names each problem file with its finding */
  diagnostics: Diagnostic[];
}

/** One workbook an export writes, with what the CLI tells about it. */
export interface Written {
  file: string;
  kind: 'ledger' | 'summary' | 'annex1' | 'problems';
  unitName?: string;
  indicators?: number;
  missing?: number;
  /** a problem list: its problems and how many are overdue */
  problems?: number;
  overdue?: number;
}

export interface PlannedWorkbook extends Written {
  build: () => ExcelJS.Workbook;
}

/**
 * Every workbook the request asks for, in the order they are written: the ledgers, the summary,
 * Annex 1. Refuses only when an assignments file to export is missing or broken.
 */
export function planExport(input: ExportInput, outDir: string, req: ExportRequest, today: string): PlannedWorkbook[] {
  const planned: PlannedWorkbook[] = [];
  const ws = input.workspace;
  if (req.problems) {
    if (!ws) throw new Error('planExport: the problem list needs a workspace');
    planned.push(...planProblemLists(ws, outDir, req, today));
  } else if (req.unit !== undefined || req.all) {
    if (!ws) throw new Error('planExport: ledgers and the summary need a workspace');
    const month = ledgerMonth(req, today, ws.config.monthly_due_day);
    const counts = input.counts;
    if (!counts) throw new Error('planExport: ledgers and the summary need the check');
    const names = fileNames(ws.units);
    for (const a of assignmentsToExport(ws, req.unit)) {
      const unit = a.value.unit;
      const summary = counts.units[unit];
      planned.push({
        file: path.join(outDir, `${month}-${names(unit)}-工作台账.xlsx`),
        kind: 'ledger',
        unitName: unitName(ws.units, unit),
        indicators: summary?.indicators ?? 0,
        missing: summary ? summary.required - summary.covered : 0,
        build: () => buildLedgerWorkbook(ws, a, { coverage: input.coverage, summary, diagnostics: input.diagnostics }, month, today),
      });
    }
    if (req.all) {
      planned.push({
        file: summaryFile(outDir, month),
        kind: 'summary',
        build: () => buildSummaryWorkbook(ws.config.organization, month, today, summaryRows(ws, counts, input.coverage)),
      });
    }
  }
  if (req.annex1) {
    const catalog = ws?.catalog ?? loadBuiltinCatalog().catalog;
    planned.push({
      file: path.join(outDir, ANNEX1_FILE),
      kind: 'annex1',
      build: () => buildAnnex1Workbook(ws?.config.organization ?? '', catalog, today),
    });
  }
  return planned;
}

/** The assignments files to export: the one unit's, or all of them when none of them is broken. */
function assignmentsToExport(ws: Workspace, unit: string | undefined): UnitAssignments[] {
  if (unit !== undefined) {
    // A file that does not match its schema is checked from what can be read of it, never exported.
    const files = ws.unreadableAssignments.has(unit) ? [] : ws.assignments.filter((a) => a.value.unit === unit);
    const file = `assignments/${unit}.yaml`;
    if (ws.unreadableAssignments.has(unit)) throw new CannotRunError('export.assignments-broken', { file });
    if (files.length === 0) throw new CannotRunError('export.no-assignments', { unit: unitName(ws.units, unit), file });
    return files;
  }
  const bad = [...ws.unreadableAssignments];
  if (bad.length) throw new CannotRunError('export.assignments-broken', { file: bad.map((u) => `assignments/${u}.yaml`).join(', ') });
  return ws.assignments;
}

/** The month a ledger is for: as asked, or the month of the next monthly due date. */
export function ledgerMonth(req: ExportRequest, today: string, dueDay: number): string {
  return req.month ?? nextMonthlyDue(today, dueDay).slice(0, 7);
}

export const ANNEX1_FILE = '附件1-指标体系责任分工表.xlsx';
export const summaryFile = (dir: string, month: string): string => path.join(dir, `${month}-汇总.xlsx`);
