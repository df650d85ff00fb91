import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { sortDiagnostics } from '../diagnostics/sort.js';
import { changedPaths } from '../load/git-changes.js';
import { baseReviews } from '../load/git-base-reviews.js';
import { reviewChangedFindings } from './rules/review-change-rules.js';
import { loadEvidence } from '../load/load-evidence.js';
import { loadProblemEvidence } from '../load/load-problem-evidence.js';
import { loadWorkspaceNames } from '../load/load-workspace-names.js';
import { loadReturns } from '../load/load-returns.js';
import type { LoadedWorkspace } from '../load/load-workspace.js';
import { maxEvidenceBytes, type Workspace } from '../model/workspace.js';
import type { CheckCounts } from '../model/check-summary.js';
import { checkEvidence, type EvidenceResult } from './evidence/check-evidence.js';
import { documentsToInspect, filesNamedInReviews } from './evidence/evidence-files.js';
import { InspectCache } from './evidence/inspect-cache.js';
import { inspectEvidence } from './evidence/inspect-evidence.js';
import { linksToProbe } from './evidence/link-rules.js';
import { probeLinks } from './evidence/probe-links.js';
import { judgeChanges, type ChangeJudgement } from './judge-changes.js';
import { judgeByBaseRules } from './judge-rule-changes.js';
import { loadBaseRules, RULE_FILES } from '../load/git-base-rules.js';
import { readCodeowners } from '../load/load-codeowners.js';
import { CODEOWNERS_FILES } from '../model/codeowners-file.js';
import { checkAssignments } from './rules/assignment-rules.js';
import { checkCodeowners } from './rules/codeowners-rules.js';
import { checkCatalog } from './rules/catalog-rules.js';
import { checkResponsibilityFiles } from './rules/responsibility-rules.js';
import { checkProblems } from './rules/problem-rules.js';
import { problemEvidenceFindings } from './rules/problem-evidence-rules.js';
import { checkUnits } from './rules/unit-rules.js';
import { today } from '../util/dates.js';
import { workspaceNameFindings } from './rules/workspace-name-rules.js';
import { findingOfUnit, summarize } from './summarize.js';
import { shareRule } from '../model/unit-share.js';

/** What a run reports on. Ids are resolved already (the CLI resolves what the user typed). */
export interface CheckOptions {
  /** report only on these indicator ids (YAML findings without an indicator are always reported) */
  indicators?: string[];
  /** report only on one unit's indicators (a unit id) */
  unit?: string;
  /** judge a change since this git ref: errors only for what it changed (see judge-changes.ts) */
  changedSince?: string;
  /** fetch every news link and report dead ones (`--online`, for CI): never by default */
  online?: { timeoutMs?: number; allowPrivate?: boolean };
  /** use and refresh `.ledger-cache/` (default true) */
  cache?: boolean;
  onProgress?: (done: number, total: number) => void;
  /** the day problem deadlines are judged against, YYYY-MM-DD (the CLI fixes it once; default: today) */
  today?: string;
}

export interface CheckResult {
  workspace: Workspace | null;
  diagnostics: Diagnostic[];
  summary: CheckCounts;
  evidence: EvidenceResult | null;
  /** the indicators reported on, null for all */
  scope: Set<string> | null;
  /** with --changed: how the change was judged (indicators it touches, materials it newly covers) */
  changes: ChangeJudgement | null;
  /** true when ledger.yaml is unusable: the command could not run (exit 2) */
  configBroken: boolean;
}

/**
 * Every check on a loaded workspace: YAML rules, then evidence (loaded, inspected once, judged by
 * pure rules). The whole workspace is always judged — a `same_as` target or a merged cell lies
 * anywhere, and the inspection cache makes it cheap; options only choose what is reported.
 * Throws only CannotRunError (git unusable for --changed).
 */
export async function runCheck(loaded: LoadedWorkspace, opts: CheckOptions = {}): Promise<CheckResult> {
  const ws = loaded.workspace;
  if (!ws) {
    const diagnostics = sortDiagnostics(loaded.diagnostics);
    const summary = summarize(null, new Map(), diagnostics);
    return { workspace: null, diagnostics, summary, evidence: null, scope: null, changes: null, configBroken: true };
  }
  // Asked first: a ref that does not resolve stops the run before any work.
  const changed = opts.changedSince !== undefined ? changedPaths(ws.root, opts.changedSince) : null;
  // What the files are, whatever the rules: judged again under the base's rules for a rule change.
  const fileFindings = [...loaded.diagnostics, ...workspaceNameFindings(ws.root, loadWorkspaceNames(ws.root))];
  const yamlFindings = [
    ...loaded.diagnostics,
    ...checkUnits(ws),
    ...checkCatalog(ws),
    ...checkResponsibilityFiles(ws),
    ...checkAssignments(ws),
    ...checkProblems(ws, opts.today ?? today()),
  ];
  yamlFindings.push(...fileFindings.slice(loaded.diagnostics.length));
  // returns.yaml is written by import; a hand edit that breaks it is a YAML finding like any other.
  yamlFindings.push(...loadReturns(ws.root).diagnostics);
  const tree = loadEvidence(ws.root, ws.sources);
  const cache = InspectCache.forWorkspace(ws.root, opts.cache !== false);
  const documents = documentsToInspect(ws, tree);
  // 整改 evidence named in problems.yaml is read like the documents under evidence/ (those already listed once).
  const problemFiles = loadProblemEvidence(ws.root, ws.problems);
  const judged = new Set(documents.map((f) => f.rel));
  const problemDocuments = problemFiles.filter(
    (f) => f.kind === 'document' && !f.symlink && !judged.has(f.rel) && f.size <= maxEvidenceBytes(ws),
  );
  const inspected = await inspectEvidence([...documents, ...problemDocuments], cache, opts.onProgress, filesNamedInReviews(ws, tree));
  cache.save(new Set([...tree.files, ...problemFiles].map((f) => f.rel)));
  const probes = opts.online
    ? await probeLinks(linksToProbe(tree.exceptions.values()), {
        ...(opts.online.timeoutMs !== undefined ? { timeoutMs: opts.online.timeoutMs } : {}),
        ...(opts.online.allowPrivate ? { allowAddress: () => true } : {}),
      })
    : undefined;
  const evidence = checkEvidence(ws, tree, inspected, probes, opts.today ?? today());
  const rules = { maxBytes: maxEvidenceBytes(ws), evidenceSince: ws.config.evidence_since };
  const judgedAsEvidence = new Set(tree.files.map((f) => f.rel));
  const unchecked = [...(probes?.values() ?? [])].filter((p) => p.unchecked).length;
  if (unchecked) evidence.diagnostics.push(diag('links-unchecked', { count: unchecked }));
  evidence.diagnostics.push(...problemEvidenceFindings(ws, problemFiles, inspected, rules, judgedAsEvidence));
  const codeowners = checkCodeowners(ws, tree.folders, readCodeowners(ws.root, CODEOWNERS_FILES));

  let diagnostics = [...yamlFindings, ...evidence.diagnostics, ...codeowners];
  const base =
    changed && opts.changedSince !== undefined && [...changed].some((p) => RULE_FILES.test(p))
      ? loadBaseRules(ws.root, opts.changedSince)
      : null;
  const changes = !changed
    ? null
    : base
      ? judgeByBaseRules(ws, base, {
          tree,
          inspected,
          probes,
          names: fileFindings,
          all: diagnostics,
          changed,
          today: opts.today ?? today(),
        })
      : judgeChanges(ws, diagnostics, changed, evidence.coverage);
  if (changes) diagnostics = changes.diagnostics;
  // A verdict a pull request writes is reported whatever else it changed (a rule change included).
  if (changed && opts.changedSince !== undefined) {
    const ref = opts.changedSince;
    diagnostics.push(...reviewChangedFindings(tree, changed, (rel) => baseReviews(ws.root, ref, rel)));
  }
  const scope = scopeIndicators(ws, opts);
  const named = opts.indicators?.length ? new Set(opts.indicators) : null;
  if (opts.unit && scope) {
    // The unit's findings as its row counts them (its own problem on an indicator it does not carry
    // included, another unit's claim on a shared one not), and the workspace's own. The row counts the
    // indicators its file carries: one the catalog names it for but its file lacks is its
    // assignment-missing-indicator, not the materials of an indicator it does not carry.
    const unit = opts.unit;
    const carried = new Set(
      Object.keys(ws.assignments.find((a) => a.value.unit === unit)?.value.indicators ?? {}).filter((id) => scope.has(id)),
    );
    const rule = shareRule(ws);
    diagnostics = diagnostics.filter(
      (d) =>
        (d.unit === null && d.indicator === null) ||
        (findingOfUnit(d, unit, carried, rule) && (d.indicator === null || named === null || named.has(d.indicator))),
    );
  } else if (scope) diagnostics = diagnostics.filter((d) => d.indicator === null || scope.has(d.indicator));
  diagnostics = sortDiagnostics(diagnostics);
  const summary = summarize(ws, evidence.coverage, diagnostics, scope);
  return { workspace: ws, diagnostics, summary, evidence, scope, changes, configBroken: false };
}

/** The indicators a report is limited to, or null for all. */
function scopeIndicators(ws: Workspace, opts: CheckOptions): Set<string> | null {
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
