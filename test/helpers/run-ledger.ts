import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = path.join(REPO, 'bin', 'ledger.js');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the built `ledger` binary, plain output, with "today" pinned. */
export function runLedger(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): RunResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? REPO,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LEDGER_TODAY: '2026-11-28', LEDGER_LANG: '', FORCE_COLOR: '', ...opts.env },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export interface JsonReport {
  summary: { indicators: number; complete: number; incomplete: number; errors: number; warnings: number; materials: { covered: number; required: number }; units: Record<string, { covered: number; required: number; complete: number; indicators: number; errors: number }> };
  diagnostics: { code: string; severity: string; message: string; file: string | null; line: number | null; column: number | null; indicator: string | null; material: number | null; unit: string | null }[];
}

export function checkJson(ws: string, extra: string[] = [], env: Record<string, string> = {}): { code: number; report: JsonReport; stderr: string } {
  const r = runLedger(['check', '--workspace', ws, '--format', 'json', ...extra], { env });
  let report: JsonReport;
  try {
    report = JSON.parse(r.stdout) as JsonReport;
  } catch {
    throw new Error(`not JSON (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
  }
  return { code: r.code, report, stderr: r.stderr };
}
