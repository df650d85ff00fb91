import path from 'node:path';
import { nextMonthlyDue } from '../../util/dates.js';
import { CannotRunError } from '../../diagnostics/cannot-run-error.js';

/** What `ledger export` was asked for. */
export interface ExportRequest {
  unit?: string;
  all?: boolean;
  annex1?: boolean;
  month?: string;
  force?: boolean;
}

/** Refuse contradictory or missing choices before any work is done. */
export function checkRequest(req: ExportRequest): void {
  if (!req.unit && !req.all && !req.annex1) throw new CannotRunError('export.no-target');
  if (req.unit && req.all) throw new CannotRunError('export.unit-and-all');
  if (req.month !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(req.month)) throw new CannotRunError('export.bad-month', { month: req.month });
}

/** The month a ledger is for: as asked, or the month of the next monthly due date. */
export function ledgerMonth(req: ExportRequest, today: string, dueDay: number): string {
  return req.month ?? nextMonthlyDue(today, dueDay).slice(0, 7);
}

/** Characters Windows and WPS refuse in file names. */
export function safeFileName(s: string): string {
  return s.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim();
}

export const ANNEX1_FILE = '附件1-指标体系责任分工表.xlsx';
export const ledgerFile = (dir: string, month: string, unitName: string): string => path.join(dir, safeFileName(`${month}-${unitName}-工作台账.xlsx`));
export const summaryFile = (dir: string, month: string): string => path.join(dir, `${month}-汇总.xlsx`);
