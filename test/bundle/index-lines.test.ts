import { describe, expect, it } from 'vitest';
import { indexLines } from '../../src/bundle/plan/index-lines.js';
import { summarize } from '../../src/check/summarize.js';
import { loadBuiltinCatalog } from '../../src/load/load-catalog.js';
import { evidenceOwner } from '../../src/model/catalog.js';
import type { IndicatorCoverage, MaterialCoverage } from '../../src/model/coverage.js';
import type { UnitIndex } from '../../src/model/units.js';

/** 索引.pdf's lines add up to its total, and the total is check's count (issue 18: rows gave 31/288 where check said 27/258). */
describe('the index of a --all run', () => {
  const { catalog } = loadBuiltinCatalog();
  const units: UnitIndex = { units: [], byId: new Map(), groups: new Map(), byName: new Map() };
  // Every indicator with materials, the first material of each folder covered.
  const byOwner = new Map<string, MaterialCoverage[]>();
  const coverage = new Map<string, IndicatorCoverage>();
  for (const e of catalog.entries) {
    const owner = evidenceOwner(e);
    const host = catalog.byId.get(owner)!;
    if (host.materials.length === 0) continue;
    const list =
      byOwner.get(owner) ??
      host.materials.map((m) => ({
        no: m.no,
        text: m.text,
        covered: m.no === 1,
        by: m.no === 1 ? ('file' as const) : null,
        files: [],
        rejected: [],
        links: [],
      }));
    byOwner.set(owner, list);
    coverage.set(e.id, { id: e.id, owner, materials: list, complete: list.every((m) => m.covered) });
  }
  const counts = (ids: string[]) => summarize({ catalog, units, assignments: [] }, coverage, [], new Set(ids)).materials;
  const ids = [...coverage.keys()];
  const { lines, total } = indexLines(
    catalog.byId,
    counts,
    ids.map((id) => ({ id, file: `指标${id}.pdf`, pages: 1 })),
  );

  it('counts a merged indicator on its host’s line only: the lines add up to the total, which is check’s', () => {
    const all = summarize({ catalog, units, assignments: [] }, coverage, []).materials;
    let covered = 0;
    let required = 0;
    for (const l of lines) {
      const m = l.text.match(/已提供 (\d+)\/(\d+) 项/);
      if (!m) continue;
      covered += Number(m[1]);
      required += Number(m[2]);
    }
    expect(`${covered}/${required}`).toBe(`${all.covered}/${all.required}`);
    expect(total).toBe(`合计　应报 ${all.required} 项，已提供 ${all.covered} 项，缺少 ${all.required - all.covered} 项`);
    expect(all.required).toBe(258);
  });

  it('says where a merged indicator’s materials are counted', () => {
    expect(lines.find((l) => l.file === '指标48.pdf')?.text).toBe('指标 48　指标48.pdf　1 页　材料计入第 47 项');
    for (const id of ['92', '93', '94']) expect(lines.find((l) => l.file === `指标${id}.pdf`)?.text).toContain('材料计入第 91 项');
    expect(lines.find((l) => l.file === '指标47.pdf')?.text).toMatch(/已提供 1\/\d+ 项$/);
  });
});
