import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { RULE_FILES, type BaseRules } from '../load/git-base-rules.js';
import type { EvidenceTree } from '../model/evidence-tree.js';
import type { Workspace } from '../model/workspace.js';
import { readCodeowners } from '../load/load-codeowners.js';
import { CODEOWNERS_FILES } from '../model/codeowners-file.js';
import { checkEvidence } from './evidence/check-evidence.js';
import { judgeChanges, type ChangeJudgement } from './judge-changes.js';
import { checkAssignments } from './rules/assignment-rules.js';
import { checkCatalog } from './rules/catalog-rules.js';
import { checkCodeowners } from './rules/codeowners-rules.js';
import { checkProblems } from './rules/problem-rules.js';
import { rulesChangedFindings } from './rules/rules-change-rules.js';
import { checkUnits } from './rules/unit-rules.js';

export interface HeadRun {
  tree: EvidenceTree;
  inspected: Parameters<typeof checkEvidence>[2];
  probes: Parameters<typeof checkEvidence>[3];
  /** the head's YAML findings (loader, rules, names) */
  names: Diagnostic[];
  /** every finding of the head under its own rules */
  all: Diagnostic[];
  changed: Set<string>;
  today: string;
}

/** What identifies a finding across two runs (positions move when a YAML file is edited). */
const key = (d: Diagnostic): string =>
  JSON.stringify([d.code, d.file, d.indicator, d.material, d.unit, Object.entries(d.args).sort(([a], [b]) => a.localeCompare(b))]);

/**
 * A change that edits the rules (ledger.yaml, units.yaml, indicators/) is judged by the base's
 * rules, not its own: the head's evidence and ledgers are checked against the rules the target
 * branch has, and judged by what they changed like any other change. What the new rules would add
 * on top (findings under the head's rules the base's rules do not give: a broken YAML, a unit whose
 * ledger is now missing) is the change's own too. A units-only change that breaks nothing is green;
 * one that lowers a rule to let its evidence through is red; the rule change itself is reported
 * for review (`rules-changed`).
 */
export function judgeByBaseRules(ws: Workspace, base: BaseRules, head: HeadRun): ChangeJudgement {
  const judging: Workspace = { ...ws, ...base };
  const evidence = checkEvidence(judging, head.tree, head.inspected, head.probes);
  const underBase = [
    ...head.names.filter((d) => !(d.file !== null && RULE_FILES.test(d.file))),
    ...checkUnits(judging),
    ...checkCatalog(judging),
    ...checkAssignments(judging),
    ...checkProblems(judging, head.today),
    ...evidence.diagnostics,
    ...checkCodeowners(judging, head.tree.folders, readCodeowners(ws.root, CODEOWNERS_FILES)),
  ];
  // Judged like any change, the rule files left out (else every finding would be the change's).
  const others = new Set([...head.changed].filter((p) => !RULE_FILES.test(p)));
  const judged = judgeChanges(judging, dedupe(underBase), others, evidence.coverage);
  const baseKeys = new Set(underBase.map(key));
  const introduced = head.all.filter((d) => !baseKeys.has(key(d)));
  const diagnostics = dedupe([...judged.diagnostics, ...introduced, ...rulesChangedFindings(base, ws, head.changed)]);
  return { ...judged, diagnostics, governing: true };
}

function dedupe(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const k = `${key(d)}${d.severity}${d.line}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
