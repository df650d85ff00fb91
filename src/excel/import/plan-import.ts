import fs from 'node:fs';
import path from 'node:path';
import { parseYaml } from '../../load/parse-yaml.js';
import { assignmentsFileSchema } from '../../model/schemas/assignments.js';
import { unitName } from '../../model/units.js';
import type { Workspace } from '../../model/workspace.js';
import { collectRows, dedupeRows, type RowEntry } from './collect-rows.js';
import { applyChanges, diffAssignments, type FieldChange, type FieldConflict } from './diff-assignments.js';
import { problem, type ImportProblem } from './import-problem.js';
import { openWorkbook, readLedgerSheet, type ReadLedger } from './read-ledger.js';
import { planProblemImport, type ProblemUpdate } from './plan-problem-import.js';
import { readProblemList, type ReadProblemList } from './read-problem-list.js';
import { ledgerUnit } from './ledger-unit.js';
import { editYaml } from '../../edit/yaml/yaml-edit.js';
import { keepLineEndings } from '../../util/line-endings.js';
import { oneLine } from '../../util/truncate.js';

export interface ImportInput {
  abs: string;
  /** as the user typed it, for messages */
  display: string;
}

/** The new text of one assignments file and why. */
export interface FileUpdate {
  /** workspace-relative */
  file: string;
  unit: string;
  unitName: string;
  sources: string[];
  months: string[];
  /** each workbook read for the unit and the month it is for (returns.yaml records them) */
  ledgers: { file: string; month: string | null }[];
  changes: FieldChange[];
  before: string;
  after: string;
}

export interface ImportPlan {
  problems: ImportProblem[];
  /** said, but no reason to refuse: rows skipped, workbooks without a snapshot */
  warnings: ImportProblem[];
  /** one per unit whose ledgers were read, changed or not */
  updates: FileUpdate[];
  /** problems.yaml, when 问题清单 workbooks were among the files */
  problemUpdate: ProblemUpdate | null;
}

/**
 * Read every workbook, check every row, and work out the new text of every assignments file —
 * without writing anything. Any problem anywhere means the caller must write nothing at all.
 */
export async function planImport(ws: Workspace, inputs: ImportInput[]): Promise<ImportPlan> {
  const problems: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  const byUnit = new Map<string, { ledgers: ReadLedger[]; rows: RowEntry[] }>();

  const lists: ReadProblemList[] = [];
  for (const input of inputs) {
    const wb = await openWorkbook(input.abs, input.display);
    if ('key' in wb) {
      problems.push(wb);
      continue;
    }
    // A 问题清单 goes to problems.yaml; every other workbook must be a monthly ledger.
    const list = readProblemList(wb, input.display);
    if (list) {
      lists.push(list);
      continue;
    }
    const read = readLedgerSheet(wb, input.display);
    if ('key' in read) {
      problems.push(read);
      continue;
    }
    const resolved = ledgerUnit(ws, read);
    if ('key' in resolved) {
      problems.push(resolved);
      continue;
    }
    // A file that does not match its schema is never written into.
    const a = ws.unreadableAssignments.has(resolved.unit) ? undefined : ws.assignments.find((x) => x.value.unit === resolved.unit);
    if (!a) {
      const file = `assignments/${resolved.unit}.yaml`;
      problems.push(
        problem(ws.unreadableAssignments.has(resolved.unit) ? 'import.assignments-broken' : 'import.no-assignments', {
          file: input.display,
          yaml: file,
          unit: unitName(ws.units, resolved.unit),
        }),
      );
      continue;
    }
    const slot = byUnit.get(resolved.unit) ?? { ledgers: [], rows: [] };
    slot.ledgers.push(read);
    if (!read.meta?.snapshot) warnings.push(problem('import.no-snapshot', { file: input.display, yaml: a.file }));
    const collected = collectRows(ws, read, resolved.unit, new Set(Object.keys(a.value.indicators)), problems);
    slot.rows.push(...collected.rows);
    warnings.push(...collected.warnings);
    byUnit.set(resolved.unit, slot);
  }

  const updates: FileUpdate[] = [];
  for (const [unit, slot] of byUnit) {
    const rows = dedupeRows(slot.rows, problems, ws.units);
    const a = ws.assignments.find((x) => x.value.unit === unit)!;
    const before = fs.readFileSync(path.join(ws.root, a.file), 'utf8');
    const current = parseYaml(before, a.file, assignmentsFileSchema).value;
    if (!current) {
      problems.push(problem('import.assignments-broken', { file: slot.ledgers[0]!.file, yaml: a.file, unit: unitName(ws.units, unit) }));
      continue;
    }
    const { changes, edits, conflicts } = diffAssignments(current, rows, exportedIds(ws, slot.ledgers, current));
    if (conflicts.length) {
      problems.push(...conflicts.map((c) => conflictProblem(c, a.file)));
      continue;
    }
    // Taking 已完成 back is allowed (the unit found a problem), but never unremarked.
    for (const c of changes.filter((x) => x.field === 'status' && x.from === '已完成')) {
      const row = rows.find((r) => r.id === c.indicator)!;
      warnings.push(
        problem('import.status-reverted', {
          file: row.cells.file,
          sheet: row.cells.sheet,
          cell: row.cells.progress,
          id: row.id,
          to: c.to ?? '',
        }),
      );
    }
    const after = keepLineEndings(before, editYaml(before, edits));
    // The edited text must mean exactly the planned values, or nothing is written.
    const reread = parseYaml(after, a.file, assignmentsFileSchema).value;
    if (!reread || canonical(reread) !== canonical(applyChanges(current, changes))) {
      problems.push(problem('import.yaml-edit-failed', { yaml: a.file }));
      continue;
    }
    const months = [...new Set(slot.ledgers.map((l) => l.month).filter((m): m is string => !!m))];
    updates.push({
      file: a.file,
      unit,
      unitName: unitName(ws.units, unit),
      sources: slot.ledgers.map((l) => l.file),
      months,
      ledgers: slot.ledgers.map((l) => ({ file: l.file, month: l.month ?? l.meta?.month ?? null })),
      changes,
      before,
      after,
    });
  }
  const problemUpdate = lists.length ? planProblemImport(ws, lists, problems, warnings) : null;
  return { problems, warnings, updates, problemUpdate };
}

/** The indicators the unit was given: the snapshot's rows, else those of its file that the catalog knows. */
function exportedIds(ws: Workspace, ledgers: ReadLedger[], current: { indicators: Record<string, unknown> }): Set<string> {
  const ids = new Set<string>();
  for (const l of ledgers) for (const id of l.meta?.snapshot?.rows.keys() ?? []) ids.add(id);
  if (ids.size) return ids;
  return new Set(Object.keys(current.indicators).filter((id) => ws.catalog.byId.has(id)));
}

/** How much of each value a conflict message quotes. */
const QUOTED = 30;

function conflictProblem(c: FieldConflict, yaml: string): ImportProblem {
  const args = { ...c.where, yaml, id: c.indicator, field: c.field, ours: oneLine(c.ours, QUOTED), theirs: oneLine(c.theirs, QUOTED) };
  return c.base === null
    ? problem('import.conflict-no-snapshot', args)
    : problem('import.conflict', { ...args, base: oneLine(c.base, QUOTED) });
}

/** JSON with sorted keys, so key order does not count as a difference. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : x,
  );
}
