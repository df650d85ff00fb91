/** Annex 2 monthly ledgers and Annex 1 in Excel: export, and import back into assignments/. The CLI's one way in. */
export { exportWorkbooks } from './export/export-workbooks.js';
export { checkRequest, type ExportInput } from './export/plan-export.js';
export { planImport, type FileUpdate } from './import/plan-import.js';
export { importFailure, importWrites } from './import/apply-import.js';
export type { FieldChange } from './import/diff-assignments.js';
export type { ProblemUpdate } from './import/plan-problem-import.js';
export { planReturnsUpdate } from './import/record-returns.js';
