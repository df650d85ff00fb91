import type { IndicatorCoverage, MaterialCoverage } from './coverage.js';
import { isUnitFile, unitRequires, type ShareRule } from './unit-share.js';

/** Covered for the folder as a whole (news links, not_applicable, secret, same_as): index.yaml's, no unit's file. */
const FOLDER_LEVEL = new Set<MaterialCoverage['by']>(['link', 'not_applicable', 'secret', 'same_as']);

/**
 * One material as unit `unit` sees it: only the files it filed (filedBy) cover it or are rejected
 * for it; a material the folder covers as a whole (an index.yaml exception, news links) is covered
 * for every unit that must provide it; the 初评 review counts for the unit when it names one of its
 * files (a folder-level material: for every unit).
 */
function unitMaterial(m: MaterialCoverage, unit: string, rule: ShareRule): MaterialCoverage {
  const mine = (rel: string): boolean => isUnitFile(rel, unit, rule);
  if (m.by !== null && FOLDER_LEVEL.has(m.by)) return m;
  const files = m.files.filter((f) => mine(f.rel));
  const rejected = m.rejected.filter((r) => mine(r.rel));
  const review = m.review && [...(m.review.files ?? []), ...files.map((f) => f.rel)].some(mine) ? m.review : undefined;
  const by = files.length ? (files.some((f) => f.kind !== 'statement') ? 'file' : 'statement') : null;
  const out: MaterialCoverage = { ...m, files, rejected, by, covered: by !== null && review?.verdict !== '退回' };
  if (review) out.review = review;
  else delete out.review;
  return out;
}

/**
 * The unit's share of its indicators' evidence: per indicator, the materials required of it
 * (unitRequires), each as the unit sees it (unitMaterial). Every per-unit number — status rows,
 * 初评 counts, the 通报, `check --unit`, the unit's sheets — is counted from this view; the
 * bureau's totals from the whole coverage (any unit's file covers the material).
 */
export function unitCoverage(
  coverage: Map<string, IndicatorCoverage>,
  ids: Iterable<string>,
  unit: string,
  rule: ShareRule,
): Map<string, IndicatorCoverage> {
  const out = new Map<string, IndicatorCoverage>();
  for (const id of ids) {
    const c = coverage.get(id);
    const entry = rule.catalog.byId.get(c?.owner ?? id);
    if (!c || !entry) continue;
    const materials = c.materials.filter((m) => unitRequires(entry, m.no, unit, rule.units)).map((m) => unitMaterial(m, unit, rule));
    out.set(id, { ...c, materials, complete: materials.every((m) => m.covered) });
  }
  return out;
}
