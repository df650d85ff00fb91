/**
 * Every diagnostic code `ledger` can report: its default severity and the facts (`args`) its
 * findings carry, grouped by the file that emits it (a code some other file emits too says so).
 * The args types are what `diag()` checks each call against and what each message in
 * i18n/diagnostic-messages.ts may read. Lists are arrays: the formatter joins them for the language.
 * Codes are part of the public contract (JSON output, CI scripts): never rename one.
 */
export type Severity = 'error' | 'warning' | 'info';

/** A value a finding carries: one fact, or a list the formatter joins (`、` in Chinese, `, ` in English). */
export type ArgValue = string | number | undefined | readonly string[] | readonly number[];

/** A code's default severity; `args` exists only as a type: the facts its findings carry. */
interface CodeSpec<A> {
  severity: Severity;
  args?: A;
}

function spec<A extends Record<string, ArgValue> = Record<never, never>>(severity: Severity): CodeSpec<A> {
  return { severity };
}

type Suggestion = { suggestion?: string | undefined };
type Detail = { detail: string };

/** load/parse-yaml.ts (also cli/commands/review.ts, reading one index.yaml) */
const PARSE_YAML = {
  'yaml-syntax': spec<{ detail: string | undefined; yamlCode?: string; fullWidthColon?: 'yes' | 'no' }>('error'),
  'yaml-duplicate-key': spec<{ detail: string | undefined; yamlCode?: string; fullWidthColon?: 'yes' | 'no' }>('error'),
  /** `expected` is tagged (`type:string`, `enum:a|b`, `keys`…): i18n/expected-messages.ts words it */
  'schema-invalid': spec<{ path: string; expected: string; found: string }>('error'),
};

/**
 * load/read-workspace-file.ts (also load/load-evidence.ts: file-not-regular, file-unreadable;
 * check/evidence/document-rules.ts and check/rules/problem-evidence-rules.ts: file-unreadable)
 */
const READ_WORKSPACE_TEXT = {
  /** `detail`: the error's code (EACCES, EIO…) or text; `folder`: a folder that cannot be listed (load/load-evidence.ts) */
  'file-unreadable': spec<Detail & { folder?: 'yes' | undefined }>('error'),
  'file-not-regular': spec<{ kind: string; expected: 'file' | 'folder' }>('error'),
  'file-too-large': spec<{ size: number; limit: number }>('error'),
  'file-not-utf8': spec('error'),
};

/** load/load-catalog.ts */
const LOAD_CATALOG = {
  'indicator-duplicate': spec<{ id: string; first: string }>('error'),
};

/** load/load-evidence.ts */
const LOAD_EVIDENCE = {
  'folder-too-many-files': spec<{ count: number; limit: number }>('error'),
};

/** load/load-workspace.ts: the catalog pinned in ledger.yaml, the layout of the workspace */
const LOAD_WORKSPACE = {
  'catalog-unknown': spec<{ id: string; known: string }>('error'),
  /** the copy in catalogs/<name>@<version>/ of the pinned catalog cannot be used (`reason`: a PublishedCatalogFailure reason) */
  'catalog-copy-invalid': spec<{ folder: string; reason: string; detail: string }>('error'),
  /** a newer version of the pinned catalog is shipped with ledger or copied in catalogs/ (`where`) */
  'catalog-newer-known': spec<{ pinned: string; newer: string; where: string }>('warning'),
  'workspace-layout-old': spec('warning'),
};

/** check/rules/responsibility-rules.ts (it also emits indicator-, unit- and material-unknown) */
const RESPONSIBILITY_RULES = {
  /** a version mismatch (`written`, `pinned`), an unknown indicator (`id`), or a material beyond its count (`id`, `material`) */
  'catalog-note-unknown': spec<{ id?: string; material?: string; written?: string; pinned?: string } & Suggestion>('error'),
};

/** check/rules/unit-rules.ts (also assignment-, catalog- and problem-rules.ts: unit-unknown) */
const UNIT_RULES = {
  'unit-duplicate': spec<{ name: string; other: string }>('error'),
  'unit-unknown': spec<{ id: string } & Suggestion>('error'),
  /** `reason`: why the name is not one safe path segment (model/file-names.ts outputNameUnsafeReason) */
  'unit-name-unsafe': spec<{ name: string; reason: string; id: string }>('warning'),
};

/** check/rules/catalog-rules.ts (also assignment- and problem-rules.ts: indicator-unknown) */
const CATALOG_RULES = {
  'group-unknown': spec<{ id: string } & Suggestion>('error'),
  'indicator-unknown': spec<{ id: string } & Suggestion>('error'),
};

/** check/rules/assignment-rules.ts */
const ASSIGNMENT_RULES = {
  'assignment-file-missing': spec<{ unit: string; name: string; count: number }>('error'),
  'assignment-unit-mismatch': spec<{ unit: string; fileUnit: string }>('error'),
  'assignment-missing-indicator': spec<{ id: string; unit: string }>('error'),
  'assignment-not-responsible': spec<{ id: string; unit: string; responsible: string }>('error'),
  /** `candidates`: the first units `assign` would accept, of `candidateCount` */
  'indicator-unassigned': spec<{ id: string; responsible: string; candidates: readonly string[]; candidateCount: number }>('warning'),
};

/** check/rules/codeowners-rules.ts */
const CODEOWNERS_RULES = {
  'codeowners-stale': spec<{ file: string }>('warning'),
};

/** check/rules/rules-change-rules.ts (a change that edits ledger.yaml, units.yaml or the catalog) */
const RULES_CHANGE_RULES = {
  /** `changes`: `key: old → new`, `- unit`/`+ unit`, or `indicator: old count → new count` */
  'rules-changed': spec<{ changes: readonly string[]; catalog: 'yes' | 'no' }>('warning'),
};

/** check/rules/review-change-rules.ts */
const REVIEW_CHANGE_RULES = {
  /** `changes`: `+ 通过（by，date）`, `- …`, `key: old → new`, `file: sha256 old → new`, `+ file`, `- file` */
  'review-changed-in-pr': spec<{ material: number; changes: readonly string[] }>('warning'),
};

/** check/evidence/folder-rules.ts */
const FOLDER_RULES = {
  'evidence-folder-unknown': spec<{ folder: string } & Suggestion>('error'),
  'evidence-folder-duplicate': spec<{ id: string; folders: readonly string[] }>('error'),
  'evidence-folder-merged': spec<{ id: string; owner: string; folder: string }>('error'),
};

/** check/evidence/placement-rules.ts (also load/read-workspace-file.ts, check/rules/workspace-name-rules.ts: symlink) */
const PLACEMENT_RULES = {
  'file-unassigned': spec<{ name: string; inFolder: 'yes' | 'no' } & Suggestion>('error'),
  /** a temporary file the writer left when a command was killed mid-write: not the user's, covers nothing */
  'write-leftover': spec<{ name: string }>('warning'),
  'material-unknown': spec<{ id: string; material: number; count: number }>('error'),
  symlink: spec<{ target: string; outside: 'yes' | 'no' }>('error'),
};

/** check/evidence/unit-folder-rules.ts: `evidence/<NNN>/@<unit>/`, a unit's share of a shared indicator */
const UNIT_FOLDER_RULES = {
  'unit-folder-unknown': spec<{ name: string } & Suggestion>('error'),
  'unit-folder-not-carrier': spec<{ unit: string; id: string; carriers: readonly string[] }>('warning'),
};

/** check/evidence/path-rules.ts */
const PATH_RULES = {
  'path-too-long': spec<{ length: number }>('warning'),
};

/**
 * check/evidence/name-rules.ts (confidential-marking also from pdf-rules.ts: metadata,
 * statement-rules.ts: text, check/rules/workspace-name-rules.ts and check/add/plan-add.ts: names)
 */
const NAME_RULES = {
  'filename-unsafe': spec<{ reason: string; name: string }>('error'),
  'filename-not-nfc': spec<{ name: string }>('warning'),
  'confidential-marking': spec<{ word: string; where: 'name' | 'metadata' | 'text'; name?: string }>('error'),
};

/** check/evidence/litter-rules.ts (also check/rules/workspace-name-rules.ts: filename-not-utf8) */
const LITTER_RULES = {
  'file-litter': spec<{ name: string }>('warning'),
  'filename-not-utf8': spec<{ name: string }>('error'),
};

/** check/evidence/pdf-rules.ts (also image-rules.ts: pdf-too-large, evidence-too-old; link-rules.ts: evidence-too-old) */
const PDF_RULES = {
  /** `kind`: what the first bytes look like (a Word document, a ZIP…), '' when unknown */
  'file-not-pdf': spec<{ kind: string }>('error'),
  'pdf-empty': spec('error'),
  'pdf-corrupt': spec<Detail>('error'),
  'pdf-repaired': spec<Detail>('warning'),
  'pdf-no-pages': spec('error'),
  'pdf-encrypted': spec('error'),
  'pdf-restricted': spec('warning'),
  'pdf-attachments-encrypted': spec('warning'),
  /** `limit`: which of src/pdf/limits.ts, `figure` its value in the unit the message names */
  'pdf-too-complex': spec<{ limit: string; figure: string }>('error'),
  'pdf-too-large': spec<{ sizeMb: string; limitMb: string }>('error'),
  'evidence-too-old': spec<{ date: string; since: string }>('warning'),
};

/** check/evidence/active-content-rule.ts */
const ACTIVE_CONTENT_RULE = {
  /** `kinds`: what the inspector found (src/pdf/document/active-content.ts: javascript, launch, …) */
  'pdf-active-content': spec<{ kinds: readonly string[] }>('warning'),
};

/** check/evidence/image-rules.ts */
const IMAGE_RULES = {
  'image-unreadable': spec<Detail>('error'),
  'image-broken': spec<Detail>('error'),
  'image-small': spec<{ width: number; height: number; min: number }>('warning'),
  'file-extension-mismatch': spec<{ ext: string; actual: string }>('error'),
  /** `limit`: MAX_IMAGE_PIXELS, formatted */
  'image-too-many-pixels': spec<{ width: number; height: number; limit: string }>('error'),
  'evidence-date-future': spec<{ date: string; today: string }>('warning'),
};

/** check/evidence/statement-rules.ts (also check/add/plan-add.ts) */
const STATEMENT_RULES = {
  'statement-too-long': spec<{ count: number; limit: number }>('warning'),
};

/** check/evidence/duplicate-rules.ts (also check/add/plan-add.ts) */
const DUPLICATE_RULES = {
  'duplicate-content': spec<{ other: string; sameAs?: string }>('warning'),
};

/** check/evidence/exception-rules.ts (index.yaml `secret`, `same_as`, material numbers) */
const EXCEPTION_RULES = {
  'exception-invalid': spec<{ material: number; reason: string }>('error'),
  'same-as-invalid': spec<{ target: string; reason: 'missing' | 'outside' }>('error'),
  'secret-file-present': spec<{ material: number }>('error'),
};

/** check/evidence/material-rules.ts */
const MATERIAL_RULES = {
  /** `units`: who carries the folder (the catalog's wording when no file does); `rejected`: file names that cannot count */
  'material-missing': spec<{
    material: number;
    materialText: string;
    units: readonly string[];
    rejected: readonly string[];
    notApplicableBy: readonly string[];
    /** check/judge-changes.ts: the file the change deleted, moved or broke */
    changedFile?: string | undefined;
  }>('error'),
};

/** check/evidence/claim-rules.ts */
const CLAIM_RULES = {
  'claim-without-evidence': spec<{ materials: readonly number[]; returned: readonly number[] }>('error'),
};

/** check/evidence/review-rules.ts (the 初评 review, index.yaml `review:`) */
type ReviewFacts = { material: number; by: string; date: string; note?: string | undefined; changed: readonly string[] };
const REVIEW_RULES = {
  'review-returned': spec<ReviewFacts>('error'),
  'review-stale': spec<ReviewFacts>('warning'),
  'review-invalid': spec<{ path: string; reason: string; material: number }>('error'),
};

/** check/evidence/link-rules.ts (news links, index.yaml `links:`) */
const LINK_RULES = {
  'link-invalid': spec<{ url: string; reason: 'syntax' | 'scheme'; scheme?: string }>('error'),
  'link-duplicate': spec<{ url: string; other: string; sameAs?: string | undefined }>('warning'),
  'link-dead': spec<{ url: string; reason: string }>('warning'),
};

/** check/run-check.ts (`check --online`: the run's budget of requests or time) */
const RUN_CHECK = {
  'links-unchecked': spec<{ count: number }>('info'),
};

/** check/rules/problem-rules.ts (the 整改 problem list, problems.yaml) */
type ProblemId = { id: string };
const PROBLEM_RULES = {
  'problem-duplicate-id': spec<ProblemId & { other: number }>('error'),
  'problem-overdue': spec<ProblemId & { due: string; days: number }>('error'),
  'problem-due-soon': spec<ProblemId & { due: string; days: number }>('warning'),
  'problem-closed-undated': spec<ProblemId>('error'),
  'problem-closed-without-evidence': spec<ProblemId>('warning'),
  'problem-evidence-missing': spec<ProblemId & { path: string }>('error'),
  'problem-evidence-outside': spec<ProblemId & { path: string }>('error'),
  'problem-date-invalid': spec<ProblemId & { reason: string; date: string; found: string; today?: string }>('error'),
  'problem-material-unknown': spec<ProblemId & { indicator: string; material: number; count: number }>('error'),
};

/** check/rules/problem-evidence-rules.ts (the files problems.yaml names, judged like evidence/) */
const PROBLEM_EVIDENCE_RULES = {
  /** `reason`: the code of the file's first error, or `not-file` (a folder, FIFO, device or socket) */
  'problem-evidence-invalid': spec<ProblemId & { path: string; reason: string }>('error'),
};

/** Every code, from the tables above. */
export const CODES = {
  ...PARSE_YAML,
  ...READ_WORKSPACE_TEXT,
  ...LOAD_CATALOG,
  ...LOAD_EVIDENCE,
  ...LOAD_WORKSPACE,
  ...RESPONSIBILITY_RULES,
  ...UNIT_RULES,
  ...CATALOG_RULES,
  ...ASSIGNMENT_RULES,
  ...CODEOWNERS_RULES,
  ...RULES_CHANGE_RULES,
  ...REVIEW_CHANGE_RULES,
  ...FOLDER_RULES,
  ...PLACEMENT_RULES,
  ...UNIT_FOLDER_RULES,
  ...PATH_RULES,
  ...NAME_RULES,
  ...LITTER_RULES,
  ...PDF_RULES,
  ...ACTIVE_CONTENT_RULE,
  ...IMAGE_RULES,
  ...STATEMENT_RULES,
  ...DUPLICATE_RULES,
  ...EXCEPTION_RULES,
  ...MATERIAL_RULES,
  ...CLAIM_RULES,
  ...REVIEW_RULES,
  ...LINK_RULES,
  ...RUN_CHECK,
  ...PROBLEM_RULES,
  ...PROBLEM_EVIDENCE_RULES,
};

export type Code = keyof typeof CODES;

/** The facts a finding of `code` carries. */
export type ArgsOf<C extends Code> = NonNullable<(typeof CODES)[C]['args']>;

export const ALL_CODES = Object.keys(CODES) as Code[];

/**
 * The file that emits each code first (named in the headers above), for readers and for the test
 * that keeps this table true (test/diagnostics/codes.test.ts).
 */
export const EMITTED_BY: Record<string, readonly Code[]> = {
  'load/parse-yaml.ts': Object.keys(PARSE_YAML) as Code[],
  'load/read-workspace-file.ts': Object.keys(READ_WORKSPACE_TEXT) as Code[],
  'load/load-catalog.ts': Object.keys(LOAD_CATALOG) as Code[],
  'load/load-evidence.ts': Object.keys(LOAD_EVIDENCE) as Code[],
  'load/load-workspace.ts': Object.keys(LOAD_WORKSPACE) as Code[],
  'check/rules/responsibility-rules.ts': Object.keys(RESPONSIBILITY_RULES) as Code[],
  'check/rules/unit-rules.ts': Object.keys(UNIT_RULES) as Code[],
  'check/rules/catalog-rules.ts': Object.keys(CATALOG_RULES) as Code[],
  'check/rules/assignment-rules.ts': Object.keys(ASSIGNMENT_RULES) as Code[],
  'check/rules/codeowners-rules.ts': Object.keys(CODEOWNERS_RULES) as Code[],
  'check/rules/rules-change-rules.ts': Object.keys(RULES_CHANGE_RULES) as Code[],
  'check/rules/review-change-rules.ts': Object.keys(REVIEW_CHANGE_RULES) as Code[],
  'check/evidence/folder-rules.ts': Object.keys(FOLDER_RULES) as Code[],
  'check/evidence/placement-rules.ts': Object.keys(PLACEMENT_RULES) as Code[],
  'check/evidence/unit-folder-rules.ts': Object.keys(UNIT_FOLDER_RULES) as Code[],
  'check/evidence/path-rules.ts': Object.keys(PATH_RULES) as Code[],
  'check/evidence/name-rules.ts': Object.keys(NAME_RULES) as Code[],
  'check/evidence/litter-rules.ts': Object.keys(LITTER_RULES) as Code[],
  'check/evidence/pdf-rules.ts': Object.keys(PDF_RULES) as Code[],
  'check/evidence/active-content-rule.ts': Object.keys(ACTIVE_CONTENT_RULE) as Code[],
  'check/evidence/image-rules.ts': Object.keys(IMAGE_RULES) as Code[],
  'check/evidence/statement-rules.ts': Object.keys(STATEMENT_RULES) as Code[],
  'check/evidence/duplicate-rules.ts': Object.keys(DUPLICATE_RULES) as Code[],
  'check/evidence/exception-rules.ts': Object.keys(EXCEPTION_RULES) as Code[],
  'check/evidence/material-rules.ts': Object.keys(MATERIAL_RULES) as Code[],
  'check/evidence/claim-rules.ts': Object.keys(CLAIM_RULES) as Code[],
  'check/evidence/review-rules.ts': Object.keys(REVIEW_RULES) as Code[],
  'check/evidence/link-rules.ts': Object.keys(LINK_RULES) as Code[],
  'check/run-check.ts': Object.keys(RUN_CHECK) as Code[],
  'check/rules/problem-rules.ts': Object.keys(PROBLEM_RULES) as Code[],
  'check/rules/problem-evidence-rules.ts': Object.keys(PROBLEM_EVIDENCE_RULES) as Code[],
};
