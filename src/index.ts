/**
 * The library API, for scripts that want ledger's answers without the terminal: load a workspace,
 * check it, inspect PDFs. The `ledger` command is built on these same functions.
 */
export { loadWorkspace, type LoadedWorkspace } from './load/load-workspace.js';
export type { Workspace } from './model/workspace.js';
export { runCheck, type CheckOptions, type CheckResult } from './check/run-check.js';
export { inspectMany, inspectPdf, type InspectManyOptions, type PdfInfo, type PdfInspection } from './pdf/index.js';
export type { Diagnostic } from './diagnostics/diagnostic.js';
export type { CheckCounts, CheckSummary, UnitSummary } from './model/check-summary.js';
