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
  'file-not-regular': 'error',
  'file-too-large': 'error',
  'file-not-utf8': 'error',
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
  // the pinned catalog and the organisation's own files about it
  'catalog-unknown': 'error',
  'catalog-note-unknown': 'error',
  'workspace-layout-old': 'warning',
  'codeowners-stale': 'warning',
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
  // the 初评 review (index.yaml `review:`)
  'review-returned': 'error',
  'review-stale': 'warning',
  'review-invalid': 'error',
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
  'filename-not-utf8': 'error',
  'file-litter': 'warning',
  'duplicate-content': 'warning',
  'confidential-marking': 'error',
  'evidence-too-old': 'warning',
  'statement-too-long': 'warning',
  'image-unreadable': 'error',
  // the 整改 problem list (problems.yaml)
  'problem-duplicate-id': 'error',
  'problem-overdue': 'error',
  'problem-due-soon': 'warning',
  'problem-closed-undated': 'error',
  'problem-closed-without-evidence': 'warning',
  'problem-evidence-missing': 'error',
  'problem-evidence-outside': 'error',
  'problem-date-invalid': 'error',
  'problem-material-unknown': 'error',
  'image-broken': 'error',
  'image-small': 'warning',
  'file-extension-mismatch': 'error',
  // news links (index.yaml links:)
  'link-invalid': 'error',
  'link-duplicate': 'warning',
  'link-dead': 'warning',
} as const;

export type Code = keyof typeof CODES;
export type Severity = 'error' | 'warning' | 'info';

export const ALL_CODES = Object.keys(CODES) as Code[];
