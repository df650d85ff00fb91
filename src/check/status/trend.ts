import type { GitCommit } from '../../load/git-history.js';
import type { CheckCounts } from '../../model/check-summary.js';
import type { UnitAssignments } from '../../model/workspace.js';
import { evidenceOwner } from '../../model/catalog.js';
import { indicatorIdFromFolder } from '../../model/indicator-id.js';
import type { AssignmentsFile } from '../../model/schemas/assignments.js';
import { endOfDayLocal, localDay } from '../../util/dates.js';
import { summarize, type SummaryInput } from '../summarize.js';
import { filedBy, shareRule } from '../../model/unit-share.js';
import { coverageByName, type CommitFacts } from './commit-facts.js';
import type { TrendCounts, TrendPoint } from './report.js';

/** For each due date, the last commit of the main line on or before that day (none before the history starts). */
export function commitsAtDueDates(commits: GitCommit[], dueDates: string[]): { date: string; commit: GitCommit }[] {
  const out: { date: string; commit: GitCommit }[] = [];
  for (const date of dueDates) {
    const cutoff = endOfDayLocal(date);
    const commit = commits.find((c) => c.time < cutoff);
    if (commit) out.push({ date, commit });
  }
  return out;
}

/** The counts of one commit: its ledgers and file names run through the check's own `summarize`. */
export function trendPoint(
  ws: Omit<SummaryInput, 'assignments'>,
  facts: CommitFacts,
  at: { date: string; commit: string; now: boolean },
): TrendPoint {
  const assignments = Object.entries(facts.ledgers).map(([unit, statuses]) => ({
    value: {
      unit,
      contact: '',
      indicators: Object.fromEntries(Object.entries(statuses).map(([id, status]) => [id, { status, progress: '' }])),
    } as AssignmentsFile,
  }));
  return countsPoint(summarize({ ...ws, assignments }, coverageByName(ws.catalog, facts), []), at);
}

/** A trend point from counts `summarize` made: a past commit's, or today's check (the headline's own numbers). */
export function countsPoint(counts: CheckCounts, at: { date: string; commit: string; now: boolean }): TrendPoint {
  const units: Record<string, TrendCounts> = {};
  for (const [id, u] of Object.entries(counts.units))
    units[id] = { covered: u.covered, required: u.required, ledgerDone: u.ledgerDone, complete: u.complete };
  return { ...at, ...counts.materials, ledgerDone: counts.ledgerDone, complete: counts.complete, units };
}

/**
 * Per unit, the day of the newest commit that changed its ledger or the evidence folder of an
 * indicator it carries (merged cells: the folder that holds them) — of a shared folder, only the
 * files it filed and those no unit filed. A shallow clone's boundary
 * commit lists every file it holds, not what it changed: it dates nothing.
 */
export function lastChanges(
  ws: Omit<SummaryInput, 'assignments'> & { assignments: Pick<UnitAssignments, 'file' | 'value'>[] },
  commits: GitCommit[],
  shallow: Set<string>,
): Map<string, string> {
  const byFile = new Map(ws.assignments.map((a) => [a.file, a.value.unit]));
  const byFolderId = new Map<string, Set<string>>();
  for (const a of ws.assignments) {
    for (const id of Object.keys(a.value.indicators)) {
      const e = ws.catalog.byId.get(id);
      for (const folderId of e ? new Set([id, evidenceOwner(e)]) : [id]) {
        const set = byFolderId.get(folderId) ?? new Set<string>();
        set.add(a.value.unit);
        byFolderId.set(folderId, set);
      }
    }
  }
  const out = new Map<string, string>();
  const rule = shareRule(ws);
  for (const c of commits) {
    if (shallow.has(c.id)) continue;
    for (const p of c.paths) {
      const [top, folder] = p.split('/');
      // A file a unit filed dates that unit only (model/unit-share.ts); anything else in the folder, every carrier.
      const filer = top === 'evidence' ? filedBy(p, rule) : [];
      const carriers = [...(byFolderId.get(indicatorIdFromFolder(folder ?? '') ?? '') ?? [])];
      const units = top === 'assignments' ? [byFile.get(p)] : filer.length ? filer.filter((u) => carriers.includes(u)) : carriers;
      for (const u of units) if (u && !out.has(u)) out.set(u, localDay(c.time));
    }
  }
  return out;
}

/**
 * Progress of a unit between two points, and whether it is stalled: work outstanding (materials
 * missing or ledger rows not yet 已完成/不涉及) and neither more materials nor more 已完成 rows.
 */
export function progressOf(
  now: TrendCounts | undefined,
  before: TrendCounts | undefined,
  outstanding: boolean,
): { progress: { covered: number; ledgerDone: number } | null; stalled: boolean | null } {
  if (!now || !before) return { progress: null, stalled: null };
  const progress = { covered: now.covered - before.covered, ledgerDone: now.ledgerDone - before.ledgerDone };
  return { progress, stalled: outstanding && progress.covered <= 0 && progress.ledgerDone <= 0 };
}
