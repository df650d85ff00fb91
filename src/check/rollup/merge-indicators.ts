import { compareIndicatorIds } from '../../model/indicator-id.js';
import type { OrgSnapshot } from '../../model/rollup-source.js';
import type { RollupIndicator, RollupMaterial } from '../../model/rollup.js';

/**
 * By indicator and material: a material is covered city-wide when any organisation's own check
 * covers it; an indicator is complete when every material is. Organisations in name order.
 */
export function mergeIndicators(snapshots: readonly OrgSnapshot[]): {
  indicators: RollupIndicator[];
  missingEverywhere: { indicator: string; material: number }[];
} {
  const orgs = [...snapshots].sort((a, b) => (a.organization < b.organization ? -1 : a.organization > b.organization ? 1 : 0));
  const rows = new Map<string, RollupIndicator>();
  for (const s of orgs) {
    for (const ind of s.indicators) {
      let row = rows.get(ind.id);
      if (!row) {
        row = {
          id: ind.id,
          owner: ind.owner,
          leadDepartments: [],
          materials: [],
          covered: 0,
          required: 0,
          complete: false,
          leadBy: [],
          contributors: [],
          cells: {},
        };
        rows.set(ind.id, row);
      }
      if (!row.leadDepartments.length && ind.leadDepartments) row.leadDepartments = [...ind.leadDepartments];
      const covered = ind.materials.filter((m) => m.covered).length;
      row.cells[s.organization] = {
        covered,
        required: ind.materials.length,
        complete: ind.complete,
        carries: ind.lead.length + ind.cooperate.length > 0,
        leads: ind.lead.length > 0,
      };
      if (ind.lead.length > 0) row.leadBy.push(s.organization);
      if (covered > 0) row.contributors.push(s.organization);
      for (const m of ind.materials) {
        let mat: RollupMaterial | undefined = row.materials.find((x) => x.no === m.no);
        if (!mat) {
          mat = { no: m.no, coveredBy: [], rejectedAt: [] };
          row.materials.push(mat);
        }
        if (m.covered) mat.coveredBy.push(s.organization);
        if (m.rejected > 0) mat.rejectedAt.push(s.organization);
      }
    }
  }
  const indicators = [...rows.values()].sort((a, b) => compareIndicatorIds(a.id, b.id));
  const missingEverywhere: { indicator: string; material: number }[] = [];
  for (const row of indicators) {
    row.materials.sort((a, b) => a.no - b.no);
    row.required = row.materials.length;
    row.covered = row.materials.filter((m) => m.coveredBy.length > 0).length;
    row.complete = row.required > 0 && row.covered === row.required;
    if (row.owner !== row.id) continue;
    for (const m of row.materials) if (m.coveredBy.length === 0) missingEverywhere.push({ indicator: row.id, material: m.no });
  }
  return { indicators, missingEverywhere };
}
