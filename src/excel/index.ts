/** Annex 2 monthly ledgers and Annex 1 in Excel: export, and import back into assignments/. */
export { exportWorkbooks } from './export/export-workbooks.js';
export { checkRequest, ledgerMonth, type ExportChoices, type ExportInput, type ExportRequest, type Written } from './export/plan-export.js';
export { planImport, type FileUpdate, type ImportInput, type ImportPlan } from './import/plan-import.js';
export { applyImport } from './import/apply-import.js';
export type { FieldChange, Field } from './import/diff-assignments.js';
export type { ImportProblem } from './import/import-problem.js';
export { parseProgress } from './import/parse-progress.js';
export { indicatorIdIn } from './sheet/numbering.js';
export { editYaml, type YamlEdit } from '../load/yaml-edit.js';
export { readLedger } from './import/read-ledger.js';
export { ANNEX1, ANNEX2, MATERIALS_SHEET, SUMMARY } from './sheet/form-text.js';
export { META_SHEET } from './sheet/ledger-meta.js';
