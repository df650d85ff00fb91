import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { CheckCounts } from '../../model/check-summary.js';
import { catalogDigest } from '../../model/catalog-identity.js';
import type { IndicatorCoverage } from '../../model/coverage.js';
import type { CountedBy, ManifestEntry, OrgSnapshot, SnapshotIndicator } from '../../model/rollup-source.js';
import { roleOf } from '../../model/responsibility.js';
import type { Workspace } from '../../model/workspace.js';
import type { UnitStatus } from '../status/report.js';

/** What a snapshot says about where and when it was made. */
export interface SnapshotMeta {
  source: string;
  tool: string;
  commit: string | null;
  commitDate: string | null;
  generated: string;
  countedBy: CountedBy;
}

/** Every indicator of the catalog, with the units that carry it, as the check covered it. */
function indicatorsOf(ws: Workspace, coverage: Map<string, IndicatorCoverage>): SnapshotIndicator[] {
  return ws.catalog.entries.map((entry) => {
    const c = coverage.get(entry.id);
    const lead: string[] = [];
    const cooperate: string[] = [];
    for (const a of ws.assignments) {
      const unit = a.value.unit;
      if (!Object.hasOwn(a.value.indicators, entry.id)) continue;
      (roleOf(entry, unit, ws.units) === 'lead' ? lead : cooperate).push(unit);
    }
    return {
      id: entry.id,
      owner: c?.owner ?? entry.materialsFrom ?? entry.id,
      complete: c?.complete ?? false,
      materials: (c?.materials ?? []).map((m) => ({
        no: m.no,
        covered: m.covered,
        by: m.by,
        files: m.files.length,
        rejected: m.rejected.length,
      })),
      lead,
      cooperate,
      leadDepartments: [...entry.leadDepartments],
    };
  });
}

function countCodes(diagnostics: readonly Diagnostic[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const d of [...diagnostics].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))) out[d.code] = (out[d.code] ?? 0) + 1;
  return out;
}

/** One organisation's snapshot from its own check run and overview: the figures a packet carries. */
export function workspaceSnapshot(input: {
  ws: Workspace;
  summary: CheckCounts;
  coverage: Map<string, IndicatorCoverage>;
  diagnostics: readonly Diagnostic[];
  units: readonly UnitStatus[];
  files: ManifestEntry[];
  meta: SnapshotMeta;
}): OrgSnapshot {
  const { ws, summary } = input;
  const pinned = ws.config.catalog;
  return {
    organization: ws.config.organization,
    ...input.meta,
    catalog: {
      // A workspace of the earlier layout carries its own copy of the catalog: no name to compare.
      name: pinned?.name ?? 'indicators/',
      version: pinned?.version ?? 'local',
      sha256: catalogDigest(ws.catalog.entries),
    },
    monthlyDueDay: ws.config.monthly_due_day,
    totals: {
      indicators: summary.indicators,
      complete: summary.complete,
      materials: { covered: summary.materials.covered, required: summary.materials.required },
      errors: summary.errors,
      warnings: summary.warnings,
    },
    indicators: indicatorsOf(ws, input.coverage),
    units: input.units.map((u) => ({
      id: u.id,
      name: u.name,
      indicators: u.indicators,
      covered: u.covered,
      required: u.required,
      complete: u.complete,
      ledgerDone: u.ledgerDone,
      errors: u.errors,
      stalled: u.stalled === true,
    })),
    findings: { errors: summary.errors, warnings: summary.warnings, byCode: countCodes(input.diagnostics) },
    files: input.files,
  };
}
