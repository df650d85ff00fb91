import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { sortDiagnostics } from '../diagnostics/sort.js';
import { changedIndicators } from '../load/git-changes.js';
import { loadEvidence } from '../load/load-evidence.js';
import type { LoadedWorkspace, Workspace } from '../load/load-workspace.js';
import type { CheckCounts } from '../model/check-summary.js';
import { checkEvidence, documentsToInspect, type EvidenceResult, type EvidenceScope } from './evidence/check-evidence.js';
import { InspectCache } from './evidence/inspect-cache.js';
import { inspectEvidence } from './evidence/inspect-evidence.js';
import { checkAssignments } from './rules/assignment-rules.js';
import { checkCatalog } from './rules/catalog-rules.js';
import { checkUnits } from './rules/unit-rules.js';
import { summarize } from './summarize.js';

/** What a run is limited to. Ids are resolved already (the CLI resolves what the user typed). */
export interface CheckOptions {
  /** limit evidence findings to these indicator ids (YAML is always checked whole) */
  indicators?: string[];
  /** limit to one unit's indicators (a unit id) */
  unit?: string;
  /** only indicators with evidence changes since this git ref */
  changedSince?: string;
  /** use and refresh `.ledger-cache/` (default true) */
  cache?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface CheckResult {
  workspace: Workspace | null;
  diagnostics: Diagnostic[];
  summary: CheckCounts;
  evidence: EvidenceResult | null;
  /** the indicators the run covered, null for all */
  scope: Set<string> | null;
  /** true when ledger.yaml is unusable: the command could not run (exit 2) */
  configBroken: boolean;
}

/**
 * Every check on a loaded workspace: YAML rules, then evidence (loaded, inspected once, judged by
 * pure rules). Throws only CannotRunError (git unusable for --changed).
 */
export async function runCheck(loaded: LoadedWorkspace, opts: CheckOptions = {}): Promise<CheckResult> {
  const ws = loaded.workspace;
  if (!ws) {
    const diagnostics = sortDiagnostics(loaded.diagnostics);
    return { workspace: null, diagnostics, summary: summarize(null, null, diagnostics), evidence: null, scope: null, configBroken: true };
  }
  const yamlFindings = [...loaded.diagnostics, ...checkUnits(ws), ...checkCatalog(ws), ...checkAssignments(ws)];
  let scope = scopeIndicators(ws, opts);
  const evidenceScope: EvidenceScope = { only: scope, changed: opts.changedSince ? changedIndicators(ws.root, opts.changedSince) : null };
  const tree = loadEvidence(ws.root, ws.sources);
  const cache = InspectCache.forWorkspace(ws.root, opts.cache !== false);
  const inspected = await inspectEvidence(documentsToInspect(ws, tree, evidenceScope), cache, opts.onProgress);
  cache.save(new Set(tree.files.map((f) => f.rel)));
  const evidence = checkEvidence(ws, tree, inspected, evidenceScope);

  let diagnostics = [...yamlFindings, ...evidence.diagnostics];
  if (opts.changedSince) scope = new Set([...evidence.examined].filter((id) => !scope || scope.has(id)));
  if (scope) diagnostics = diagnostics.filter((d) => d.indicator === null || scope.has(d.indicator));
  if (opts.unit) diagnostics = diagnostics.filter((d) => d.unit === null || d.unit === opts.unit || d.indicator !== null);
  diagnostics = sortDiagnostics(diagnostics);
  const summary = summarize(ws, evidence, diagnostics, scope);
  return { workspace: ws, diagnostics, summary, evidence, scope, configBroken: false };
}

/** The indicators a run is limited to, or null for all. */
export function scopeIndicators(ws: Workspace, opts: CheckOptions): Set<string> | null {
  let scope: Set<string> | null = opts.indicators?.length ? new Set(opts.indicators) : null;
  if (opts.unit) {
    const unit = opts.unit;
    const mine = ws.assignments.find((a) => a.value.unit === unit);
    const carried = new Set(Object.keys(mine?.value.indicators ?? {}));
    for (const e of ws.catalog.entries) if (e.responsible.lead.includes(unit) || e.responsible.cooperate.includes(unit)) carried.add(e.id);
    scope = scope ? new Set([...scope].filter((id) => carried.has(id))) : carried;
  }
  return scope;
}
