import fs from 'node:fs';
import path from 'node:path';
import { parseYaml } from '../../load/parse-yaml.js';
import type { YamlEdit } from '../../edit/yaml/yaml-edit.js';
import { editYaml } from '../../edit/yaml/yaml-edit.js';
import type { Workspace } from '../../model/workspace.js';
import { PROBLEM_STATUSES, problemsFileSchema, type Problem, type ProblemStatus } from '../../model/schemas/problems.js';
import { oneLine } from '../../util/truncate.js';
import { comparable } from '../sheet/cell-value.js';
import type { ProblemSnapshotRow } from '../sheet/problems-meta.js';
import { problem, type ImportProblem } from './import-problem.js';
import { keepLineEndings } from '../../util/line-endings.js';
import { parseDate, type ReadProblemList } from './read-problem-list.js';
import { EXCEL_CELL_MAX } from '../sheet/cell-limit.js';

export type ProblemField = 'measures' | 'status' | 'closed';

/** One field of one problem that an import changes; `to` null removes the key (a closing date cleared). */
export interface ProblemFieldChange {
  problem: string;
  field: ProblemField;
  from: string | null;
  to: string | null;
}

/** What one row of a returned list says about one problem. */
interface ProblemEntry {
  id: string;
  values: Record<ProblemField, string>;
  base: ProblemSnapshotRow | null;
  where: { file: string; sheet: string; row: number; cells: Record<ProblemField, string> };
}

const FIELDS: ProblemField[] = ['measures', 'status', 'closed'];
/** A new key's place in an entry, in the order of the SPEC: `measures` after `description`, … */
const AFTER: Record<ProblemField, string> = { measures: 'description', status: 'due', closed: 'status' };
/** What a field is in a new problem: a workbook without a snapshot may fill in only these. */
const INITIAL: Record<ProblemField, string> = { measures: '', status: '整改中', closed: '' };
const QUOTED = 30;

const isStatus = (s: string): s is ProblemStatus => (PROBLEM_STATUSES as readonly string[]).includes(s);

/** The new text of problems.yaml from the returned 问题清单 workbooks */
export interface ProblemUpdate {
  file: string;
  sources: string[];
  changes: ProblemFieldChange[];
  before: string;
  after: string;
}

/**
 * Read the three cells a unit fills in (整改措施, 整改状态, 销号日期) back into problems.yaml,
 * three-way against each workbook's snapshot as the monthly ledger is: a value is taken only where
 * the unit changed it and problems.yaml did not; both changed, differently, is a conflict. Every
 * row must name a problem of the file (and of the unit the list was made for). Any problem → null.
 */
export function planProblemImport(
  ws: Workspace,
  lists: ReadProblemList[],
  problems: ImportProblem[],
  warnings: ImportProblem[],
): ProblemUpdate | null {
  const list = ws.problems;
  const first = lists[0]!.file;
  if (!list || !list.usable) {
    problems.push(
      problem(list ? 'import.problems-broken' : 'import.no-problems-file', { file: first, yaml: list?.file ?? 'problems.yaml' }),
    );
    return null;
  }
  const before = fs.readFileSync(path.join(ws.root, list.file), 'utf8');
  const current = parseYaml(before, list.file, problemsFileSchema).value;
  if (!current) {
    problems.push(problem('import.problems-broken', { file: first, yaml: list.file }));
    return null;
  }
  const index = new Map(current.problems.map((p, i) => [p.id, i]));
  const unitOf = new Map(list.items.map((p) => [p.value.id, p.unit]));
  const count = problems.length;

  const entries: ProblemEntry[] = [];
  for (const l of lists) {
    if (!l.meta?.snapshot) warnings.push(problem('import.problems-no-snapshot', { file: l.file, yaml: list.file }));
    for (const r of l.rows) {
      const at = { file: l.file, sheet: l.sheet, row: r.row };
      if (r.atLimit.length) {
        for (const cell of r.atLimit) problems.push(problem('import.cell-at-limit', { ...at, cell, max: EXCEL_CELL_MAX }));
        continue;
      }
      if (!r.id) {
        problems.push(problem('import.problem-no-id', { ...at, cell: r.cells.id }));
        continue;
      }
      if (!index.has(r.id)) {
        problems.push(problem('import.problem-unknown', { ...at, cell: r.cells.id, id: r.id, yaml: list.file }));
        continue;
      }
      if (l.meta?.unit && unitOf.get(r.id) !== l.meta.unit) {
        problems.push(problem('import.problem-other-unit', { ...at, cell: r.cells.id, id: r.id }));
        continue;
      }
      if (!isStatus(r.status)) {
        problems.push(problem('import.problem-status-invalid', { ...at, cell: r.cells.status, id: r.id, text: oneLine(r.status, QUOTED) }));
        continue;
      }
      const closed = parseDate(r.closed);
      if (closed === null) {
        problems.push(problem('import.problem-date-invalid', { ...at, cell: r.cells.closed, id: r.id, text: oneLine(r.closed, QUOTED) }));
        continue;
      }
      const base = l.meta?.snapshot?.get(r.id) ?? null;
      entries.push({ id: r.id, values: { measures: r.measures, status: r.status, closed }, base, where: { ...at, cells: r.cells } });
    }
  }
  const rows = dedupe(entries, problems);
  if (problems.length > count) return null;

  const changes: ProblemFieldChange[] = [];
  const edits: YamlEdit[] = [];
  for (const e of [...rows].sort((a, b) => index.get(a.id)! - index.get(b.id)!)) {
    const i = index.get(e.id)!;
    const p = current.problems[i]!;
    for (const field of FIELDS) {
      const ours = field === 'closed' ? (p.closed ?? '') : p[field];
      const theirs = e.values[field];
      const base = e.base ? e.base[field] : null;
      const verdict = merge(field, base, ours, theirs);
      if (verdict === 'conflict') {
        const args = { file: e.where.file, sheet: e.where.sheet, cell: e.where.cells[field], row: e.where.row, id: e.id, yaml: list.file };
        const quoted = { field, ours: oneLine(ours, QUOTED), theirs: oneLine(theirs, QUOTED) };
        problems.push(
          base === null
            ? problem('import.problem-conflict-no-snapshot', { ...args, ...quoted })
            : problem('import.problem-conflict', { ...args, ...quoted, base: oneLine(base, QUOTED) }),
        );
      } else if (verdict === 'take') {
        const to = field === 'closed' && theirs === '' ? null : theirs;
        changes.push({ problem: e.id, field, from: field === 'closed' && ours === '' ? null : ours, to });
        edits.push({ path: ['problems', String(i), field], value: to, after: AFTER[field] });
      }
    }
  }
  if (problems.length > count) return null;

  const next = applyProblemChanges(current.problems, changes);
  for (const p of next) {
    if (p.status === '已销号' && !p.closed && changes.some((c) => c.problem === p.id))
      warnings.push(problem('import.problem-closed-undated', { id: p.id, yaml: list.file }));
  }
  const after = keepLineEndings(before, editYaml(before, edits));
  const reread = parseYaml(after, list.file, problemsFileSchema).value;
  if (!reread || canonical(reread.problems) !== canonical(next)) {
    problems.push(problem('import.yaml-edit-failed', { yaml: list.file }));
    return null;
  }
  return { file: list.file, sources: lists.map((l) => l.file), changes, before, after };
}

/** Three-way merge of one value (see diff-assignments.ts `merge`, which the ledger's import uses). */
function merge(field: ProblemField, base: string | null, ours: string, theirs: string): 'keep' | 'take' | 'conflict' {
  const same = (a: string, b: string) => comparable(a) === comparable(b);
  if (same(theirs, ours)) return 'keep';
  if (base !== null) {
    if (same(theirs, base)) return 'keep';
    return same(ours, base) ? 'take' : 'conflict';
  }
  return same(ours, INITIAL[field]) ? 'take' : 'conflict';
}

/** A row that says what its export said: the unit changed nothing in it. */
const asGiven = (e: ProblemEntry): boolean => e.base !== null && FIELDS.every((f) => comparable(e.values[f]) === comparable(e.base![f]));

/** One entry per problem: the same id twice is fine when both rows agree or one is untouched; else a conflict. */
function dedupe(entries: ProblemEntry[], problems: ImportProblem[]): ProblemEntry[] {
  const seen = new Map<string, ProblemEntry>();
  for (const e of entries) {
    const first = seen.get(e.id);
    if (!first || asGiven(first)) {
      seen.set(e.id, e);
      continue;
    }
    if (asGiven(e) || FIELDS.every((f) => comparable(first.values[f]) === comparable(e.values[f]))) continue;
    const place = (x: ProblemEntry) => `${x.where.file} › ${x.where.sheet} › ${x.where.row}`;
    problems.push(problem('import.problem-duplicate', { id: e.id, first: place(first), second: place(e) }));
  }
  return [...seen.values()];
}

/** The problems after the changes, to check the edited text against. */
function applyProblemChanges(list: Problem[], changes: ProblemFieldChange[]): Problem[] {
  const next = structuredClone(list);
  for (const c of changes) {
    const p = next.find((x) => x.id === c.problem)! as Record<string, unknown>;
    if (c.to === null) delete p[c.field];
    else p[c.field] = c.to;
  }
  return next;
}

/** JSON with sorted keys, so key order does not count as a difference. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : x,
  );
}
