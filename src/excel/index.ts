/** Annex 2 monthly ledgers and Annex 1 in Excel: export, and import back into assignments/. */
export { exportWorkbooks, type Written } from './export-workbooks.js';
export { checkRequest, ledgerMonth, type ExportRequest } from './export-plan.js';
export { planImport, applyImport, type FileUpdate, type ImportInput, type ImportPlan } from './plan-import.js';
export type { FieldChange, Field } from './diff-assignments.js';
export type { ImportProblem } from './import-problem.js';
export { parseProgress } from './parse-progress.js';
export { indicatorIdIn } from './numbering.js';
export { editYaml, type YamlEdit } from '../load/yaml-edit.js';
export { readLedger } from './read-ledger.js';
export { ANNEX1, ANNEX2, MATERIALS_SHEET, SUMMARY } from './form-text.js';
export { META_SHEET } from './ledger-meta.js';
