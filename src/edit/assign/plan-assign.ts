import type { MessageRef } from '../../i18n/messages.js';
import { addIndicatorEntries, removeIndicatorEntries, type EntriesEdit } from '../yaml/indicator-entries-edit.js';
import { parseYaml } from '../../load/parse-yaml.js';
import type { Workspace } from '../../model/workspace.js';
import { assignmentEntryLines, roleWord } from '../../model/assignment-entry.js';
import type { CatalogEntry } from '../../model/catalog.js';
import { evidenceOwner } from '../../model/catalog.js';
import { normalizeIndicatorInput } from '../../model/indicator-id.js';
import { roleOf, type Role } from '../../model/responsibility.js';
import { assignmentsFileSchema, type AssignmentsFile } from '../../model/schemas/assignments.js';
import { groupsOf, unitName } from '../../model/units.js';
import { didYouMean } from '../../util/did-you-mean.js';
import { oneLine } from '../../util/truncate.js';

/** A reason `assign` refuses to run, in the words of the catalog (assign-messages.ts). */
export type AssignProblem = MessageRef;

/** What happens to one indicator the user named. */
export interface AssignOutcome {
  id: string;
  kind: 'added' | 'present' | 'removed' | 'absent';
  role: Role;
  /** the indicator whose evidence folder holds this one's materials, when merged (48 → 47) */
  owner: string | null;
}

export interface AssignRequest {
  /** a unit id (the CLI resolves names and aliases) */
  unit: string;
  /** indicator ids as typed (`8`, `008`, `b1`) */
  ids: string[];
  remove: boolean;
  force: boolean;
}

/** The unit's assignments file as the CLI found it: its text on disk, or the text `init` would write. */
export interface AssignFile {
  file: string;
  text: string;
  exists: boolean;
}

export interface AssignPlan {
  problems: AssignProblem[];
  outcomes: AssignOutcome[];
  /** the file's new text; equal to the old when nothing changes */
  after: string;
  edit: EntriesEdit | null;
}

const NAME_SEP = '、';

/**
 * Decide what `ledger assign` does to one unit's assignments file, all or nothing: every named
 * indicator must exist and be one the catalog lets this unit carry (named itself, or a member of
 * a named group); a removal must not lose what the unit wrote (status, progress, contact) unless
 * forced, nor drop an indicator the table names the unit itself for. The edit keeps every other
 * line (see indicator-entries-edit.ts) and is reparsed: it must mean exactly the planned values.
 */
export function planAssign(ws: Workspace, req: AssignRequest, file: AssignFile): AssignPlan {
  const problems: AssignProblem[] = [];
  const outcomes: AssignOutcome[] = [];
  const unit = req.unit;
  const name = unitName(ws.units, unit);
  const none = (p: AssignProblem[]): AssignPlan => ({ problems: p, outcomes: [], after: file.text, edit: null });

  if (ws.unreadableAssignments.has(unit)) return none([{ key: 'assign.file-broken', args: { file: file.file } }]);
  const current = parseYaml(file.text, file.file, assignmentsFileSchema).value;
  if (!current) return none([{ key: 'assign.file-broken', args: { file: file.file } }]);

  const seen = new Set<string>();
  const toAdd: CatalogEntry[] = [];
  const toRemove: string[] = [];
  for (const input of req.ids) {
    const id = normalizeIndicatorInput(input);
    const entry = id === null ? undefined : ws.catalog.byId.get(id);
    // A key the catalog does not know may still be removed: that is how a typo in the file is cleaned up.
    const listedRaw = input in current.indicators ? input : id !== null && id in current.indicators ? id : null;
    if (!entry && !(req.remove && listedRaw !== null)) {
      const hint =
        didYouMean(
          input,
          ws.catalog.entries.map((e) => e.id),
        ) ?? '';
      problems.push({ key: 'assign.unknown-indicator', args: { id: input, hint } });
      continue;
    }
    const key = entry?.id ?? listedRaw!;
    if (seen.has(key)) continue;
    seen.add(key);
    const role = entry ? roleOf(entry, unit, ws.units) : null;
    const owner = entry && evidenceOwner(entry) !== entry.id ? evidenceOwner(entry) : null;
    const listed = key in current.indicators;
    if (!req.remove) {
      if (role === null) problems.push(notAllowed(ws, entry!, unit, name));
      else if (listed) outcomes.push({ id: key, kind: 'present', role, owner });
      else {
        outcomes.push({ id: key, kind: 'added', role, owner });
        toAdd.push(entry!);
      }
      continue;
    }
    if (!listed) {
      outcomes.push({ id: key, kind: 'absent', role, owner });
      continue;
    }
    if (role === 'lead' || role === 'cooperate') {
      problems.push({ key: 'assign.remove-named', args: { id: key, unit: name, responsible: entry!.responsibleRaw } });
      continue;
    }
    const a = current.indicators[key]!;
    if (!req.force && (a.status !== '未完成' || a.progress.trim() !== '' || (a.contact ?? '').trim() !== '')) {
      const progress = oneLine(a.progress, 30);
      problems.push({ key: 'assign.remove-has-content', args: { id: key, status: a.status, progress, contact: a.contact ?? '' } });
      continue;
    }
    outcomes.push({ id: key, kind: 'removed', role, owner });
    toRemove.push(key);
  }
  if (problems.length) return none(problems);
  if (toAdd.length === 0 && toRemove.length === 0) return { problems, outcomes, after: file.text, edit: null };

  const rank = new Map(ws.catalog.entries.map((e, i) => [e.id, i]));
  const edit = req.remove
    ? removeIndicatorEntries(file.text, toRemove)
    : addIndicatorEntries(
        file.text,
        toAdd
          .sort((x, y) => rank.get(x.id)! - rank.get(y.id)!)
          .map((e) => ({ id: e.id, render: (indent, step) => assignmentEntryLines(e, roleFor(ws, e, unit), indent, step) })),
        (id) => rank.get(id) ?? Infinity,
      );
  const expected = expectedAfter(current, toAdd, toRemove);
  const reread = edit ? parseYaml(edit.text, file.file, assignmentsFileSchema).value : null;
  if (!edit || !reread || canonical(reread) !== canonical(expected))
    return none([{ key: 'assign.yaml-edit-failed', args: { file: file.file } }]);
  return { problems, outcomes, after: edit.text, edit };
}

/** The comment word for a unit's role on an entry: the group that brings it in, when that is how. */
function roleFor(ws: Workspace, e: CatalogEntry, unit: string): string {
  const role = roleOf(e, unit, ws.units);
  const groups = groupsOf(ws.units, unit);
  return roleWord(
    role,
    e.responsible.cooperate.find((c) => groups.includes(c)),
  );
}

/** Why a unit may not carry an indicator: which units and groups the table names, and who is in them. */
function notAllowed(ws: Workspace, entry: CatalogEntry, unit: string, name: string): AssignProblem {
  const named = [...entry.responsible.lead, ...entry.responsible.cooperate];
  const units = named.filter((n) => !ws.units.groups.has(n)).map((n) => unitName(ws.units, n));
  const groups = named
    .filter((n) => ws.units.groups.has(n))
    .map(
      (g) =>
        `${g}（${ws.units.groups
          .get(g)!
          .map((m) => unitName(ws.units, m))
          .join(NAME_SEP)}）`,
    );
  return {
    key: 'assign.not-allowed',
    args: {
      id: entry.id,
      unit: name,
      unitId: unit,
      responsible: entry.responsibleRaw,
      units: units.join(NAME_SEP),
      groups: groups.join('；'),
    },
  };
}

function expectedAfter(current: AssignmentsFile, add: CatalogEntry[], remove: string[]): AssignmentsFile {
  const indicators = { ...current.indicators };
  for (const e of add) indicators[e.id] = { status: '未完成', progress: '' };
  for (const id of remove) delete indicators[id];
  return { ...current, indicators };
}

/** The file's meaning with keys sorted: key order is not what the comparison is about. */
function canonical(a: AssignmentsFile): string {
  const sorted = (o: object): unknown =>
    Object.fromEntries(
      Object.entries(o)
        .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
        .map(([k, v]) => [k, v && typeof v === 'object' ? sorted(v as object) : v]),
    );
  return JSON.stringify(sorted(a));
}
