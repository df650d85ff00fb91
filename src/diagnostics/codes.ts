/**
 * Every diagnostic code `ledger` can report, with its default severity.
 * Codes are part of the public contract (JSON output, CI scripts): never rename one.
 */
export const CODES = {
  // YAML files
  'yaml-syntax': 'error',
  'yaml-duplicate-key': 'error',
  'schema-invalid': 'error',
  'file-unreadable': 'error',
  // cross-file references
  'unit-duplicate': 'error',
  'unit-unknown': 'error',
  'group-unknown': 'error',
  'indicator-duplicate': 'error',
  'indicator-unknown': 'error',
  'assignment-file-missing': 'error',
  'assignment-unit-mismatch': 'error',
  'assignment-missing-indicator': 'error',
  'assignment-not-responsible': 'error',
  'indicator-unassigned': 'warning',
  // evidence coverage
  'material-missing': 'error',
  'claim-without-evidence': 'error',
  'material-unknown': 'error',
  'file-unassigned': 'error',
  'exception-invalid': 'error',
  'same-as-invalid': 'error',
  'secret-file-present': 'error',
  'evidence-folder-unknown': 'error',
  'evidence-folder-duplicate': 'error',
  'evidence-folder-merged': 'error',
  // files
  'file-not-pdf': 'error',
  'pdf-empty': 'error',
  'pdf-corrupt': 'error',
  'pdf-repaired': 'warning',
  'pdf-no-pages': 'error',
  'pdf-encrypted': 'error',
  'pdf-restricted': 'warning',
  'pdf-attachments-encrypted': 'warning',
  'pdf-too-complex': 'error',
  'pdf-too-large': 'error',
  'filename-unsafe': 'error',
  'filename-not-nfc': 'warning',
  'path-too-long': 'warning',
  'folder-too-many-files': 'error',
  symlink: 'error',
  'duplicate-content': 'warning',
  'confidential-marking': 'error',
  'evidence-too-old': 'warning',
  'statement-too-long': 'warning',
  'image-unreadable': 'error',
} as const;

export type Code = keyof typeof CODES;
export type Severity = 'error' | 'warning' | 'info';

export const ALL_CODES = Object.keys(CODES) as Code[];
