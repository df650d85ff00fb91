import { diag, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Workspace } from '../../model/workspace.js';
import type { IndicatorCoverage } from '../../model/coverage.js';

/** claim-without-evidence: a ledger says 已完成 for an indicator whose materials are not all covered. */
export function claimFindings(ws: Workspace, coverage: Map<string, IndicatorCoverage>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const a of ws.assignments) {
    for (const [id, item] of Object.entries(a.value.indicators)) {
      const cov = coverage.get(id);
      if (item.status !== '已完成' || !cov || cov.complete) continue;
      const uncovered = cov.materials.filter((m) => !m.covered);
      // A material the 初评 returned has files: say it was returned, not that nothing is there.
      const returned = uncovered.filter((m) => m.review?.verdict === '退回').map((m) => m.no);
      const missing = uncovered.filter((m) => m.review?.verdict !== '退回').map((m) => m.no);
      out.push(
        diag(
          'claim-without-evidence',
          { materials: missing, returned },
          { ...ws.sources.locate(a.file, ['indicators', id, 'status']), indicator: id, unit: a.value.unit },
        ),
      );
    }
  }
  return out;
}
