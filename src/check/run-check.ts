import { checkAssignments } from './rules/assignment-rules.js';
import { checkCatalog } from './rules/catalog-rules.js';
import { checkUnits } from './rules/unit-rules.js';
import { sortDiagnostics } from '../diagnostics/sort.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { today } from '../util/dates.js';
import { loadWorkspace, type Workspace } from '../load/load-workspace.js';
import { requireIndicator, requireUnit } from '../cli/resolve-args.js';
import { deadlineInfo, type Schedule } from '../model/deadline.js';
import { checkEvidence, type EvidenceOptions, type EvidenceResult } from './evidence/check-evidence.js';
import { summarize } from './summarize.js';
import type { CheckSummary } from '../model/check-summary.js';

export interface CheckOptions extends EvidenceOptions {
  /** limit evidence findings to these indicators (YAML is always checked whole) */
  indicators?: string[];
  /** limit to one unit's indicators */
  unit?: string;
  today?: string;
}

export interface CheckResult {
  workspace: Workspace | null;
  diagnostics: Diagnostic[];
  summary: CheckSummary;
  evidence: EvidenceResult | null;
  /** the indicators the run covered, null for all */
  scope: Set<string> | null;
  /** true when ledger.yaml is unusable: the command could not run (exit 2) */
  configBroken: boolean;
}

/** Load a workspace and run every check on it. Throws only CannotRunError (no workspace). */
export async function runCheck(root: string, opts: CheckOptions = {}): Promise<CheckResult> {
  const loaded = loadWorkspace(root);
  const ws = loaded.workspace;
  if (!ws) {
    const diagnostics = sortDiagnostics(loaded.diagnostics);
    return { workspace: null, diagnostics, summary: summarize(null, null, diagnostics, null), evidence: null, scope: null, configBroken: true };
  }
  opts = { ...opts, unit: opts.unit === undefined ? undefined : requireUnit(ws.units, opts.unit), indicators: opts.indicators?.map((i) => requireIndicator(ws.catalog, i)) };
  const yamlFindings = [...loaded.diagnostics, ...checkUnits(ws), ...checkCatalog(ws), ...checkAssignments(ws)];
  let scope = scopeIndicators(ws, opts);
  const evidence = await checkEvidence(ws, { ...opts, only: scope });
  let diagnostics = [...yamlFindings, ...evidence.diagnostics];
  if (opts.changedSince) scope = new Set([...evidence.examined].filter((id) => !scope || scope.has(id)));
  if (scope) diagnostics = diagnostics.filter((d) => d.indicator === null || scope.has(d.indicator));
  if (opts.unit) diagnostics = diagnostics.filter((d) => d.unit === null || d.unit === opts.unit || d.indicator !== null);
  diagnostics = sortDiagnostics(diagnostics);
  const summary = summarize(ws, evidence, diagnostics, deadlineInfo(scheduleOf(ws), opts.today ?? today()), scope);
  return { workspace: ws, diagnostics, summary, evidence, scope, configBroken: false };
}

export function scheduleOf(ws: Workspace): Schedule {
  return { monthlyDueDay: ws.config.monthly_due_day, stages: ws.config.stages.map((s) => ({ name: s.name, due: s.due })) };
}

/** The indicators a run is limited to, or null for all. */
export function scopeIndicators(ws: Workspace, opts: CheckOptions): Set<string> | null {
  let scope: Set<string> | null = opts.indicators?.length ? new Set(opts.indicators) : null;
  if (opts.unit) {
    const mine = ws.assignments.find((a) => a.value.unit === opts.unit);
    const carried = new Set(Object.keys(mine?.value.indicators ?? {}));
    for (const e of ws.catalog.entries) if (e.responsible.lead.includes(opts.unit) || e.responsible.cooperate.includes(opts.unit)) carried.add(e.id);
    scope = scope ? new Set([...scope].filter((id) => carried.has(id))) : carried;
  }
  return scope;
}
