import type { TreeFile } from '../../load/git-history.js';
import type { LedgerReturn } from '../../model/schemas/returns.js';
import { isUnitFile, type ShareRule } from '../../model/unit-share.js';

/**
 * What a unit did itself since the previous due date — the one definition of 无进展 (docs/月度流程.md):
 * a unit made no progress when all four are zero.
 */
export interface OwnProgress {
  /** files it filed (model/unit-share.ts filedBy) whose content was nowhere in the workspace before: a moved or renamed file is not new */
  filed: number;
  /** ledgers it returned in the period that changed something (returns.yaml) */
  returned: number;
  /** status or progress texts of its own ledger (assignments/<unit>.yaml) that changed */
  ledger: number;
  /** problems it owns (problems.yaml) whose status, measures, closing or evidence changed (a problem newly listed is the coordinator's) */
  problems: number;
}

/** One side of the comparison: the tree at a commit and the parsed YAML the rule reads from it. */
export interface ProgressSide {
  tree: TreeFile[];
  /** unit id → indicator id → `status\nprogress` */
  ledgers: Record<string, Record<string, string>>;
  /** problem id → { unit id, what can move } */
  problems: Record<string, { unit: string; state: string }>;
}

export const noOwnProgress = (p: OwnProgress): boolean => p.filed + p.returned + p.ledger + p.problems === 0;

/**
 * Compare the last commit before the previous due date with HEAD, for one unit. A reviewer's
 * commit (index.yaml `review:`) and the coordinator's re-shelving (the same content under another
 * name or folder) change none of the four.
 */
export function ownProgress(
  unit: string,
  before: ProgressSide,
  now: ProgressSide,
  carriers: ShareRule,
  returns: LedgerReturn[],
  period: { after: string; until: string },
): OwnProgress {
  const known = new Set(before.tree.map((f) => f.blob));
  const filed = now.tree.filter((f) => !known.has(f.blob) && isUnitFile(f.path, unit, carriers)).length;
  const returned = returns.filter(
    (r) =>
      r.unit === unit && r.date > period.after && r.date <= period.until && r.changes.status + r.changes.progress + r.changes.contact > 0,
  ).length;
  const was = before.ledgers[unit] ?? {};
  const is = now.ledgers[unit] ?? {};
  const ledger = Object.keys(is).filter((id) => id in was && was[id] !== is[id]).length;
  const problems = Object.entries(now.problems).filter(
    ([id, p]) => p.unit === unit && before.problems[id] !== undefined && before.problems[id]!.state !== p.state,
  ).length;
  return { filed, returned, ledger, problems };
}
