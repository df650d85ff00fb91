import { describe, expect, it } from 'vitest';
import { rollupSnapshots } from '../../../src/check/rollup/rollup-snapshots.js';
import type { OrgSnapshot } from '../../../src/model/rollup-source.js';

const CATALOG = { name: '法治政府建设示范指标体系', version: '2021.1', sha256: 'a'.repeat(64) };

/** An organisation on two indicators: 1 (two materials) and 2 (one material), `covered` listing `id-no`. */
function org(name: string, covered: string[], extra: Partial<OrgSnapshot> = {}): OrgSnapshot {
  const indicators = [
    { id: '1', n: 2 },
    { id: '2', n: 1 },
  ].map(({ id, n }) => {
    const materials = Array.from({ length: n }, (_, i) => ({
      no: i + 1,
      covered: covered.includes(`${id}-${i + 1}`),
      by: covered.includes(`${id}-${i + 1}`) ? ('file' as const) : null,
      files: covered.includes(`${id}-${i + 1}`) ? 1 : 0,
      rejected: 0,
    }));
    return { id, owner: id, complete: materials.every((m) => m.covered), materials, lead: id === '1' ? ['fagui'] : [], cooperate: [] };
  });
  return {
    organization: name,
    source: `${name}.ledger.zip`,
    catalog: CATALOG,
    tool: '0.1.0',
    commit: null,
    commitDate: null,
    generated: '2026-11-20',
    countedBy: 'verdicts',
    monthlyDueDay: 4,
    totals: {
      indicators: 2,
      complete: indicators.filter((i) => i.complete).length,
      materials: { covered: covered.length, required: 3 },
      errors: 3 - covered.length,
      warnings: 0,
    },
    indicators,
    units: [],
    findings: { errors: 3 - covered.length, warnings: 0, byCode: { 'material-missing': 3 - covered.length } },
    files: [],
    ...extra,
  };
}

describe('rollupSnapshots', () => {
  const a = org('甲', ['1-1', '2-1']);
  const b = org('乙', ['1-1']);
  const c = org('丙', [], { generated: '2026-10-01' });

  it('covers a material when any organisation does; counts, never averages', () => {
    const r = rollupSnapshots([a, b, c], { today: '2026-11-28' });
    const one = r.indicators.find((i) => i.id === '1')!;
    expect(one.materials).toEqual([
      { no: 1, coveredBy: ['乙', '甲'].sort(), rejectedAt: [] },
      { no: 2, coveredBy: [], rejectedAt: [] },
    ]);
    expect([one.covered, one.required, one.complete]).toEqual([1, 2, false]);
    expect(r.missingEverywhere).toEqual([{ indicator: '1', material: 2 }]);
    expect(r.totals.materials).toEqual({ covered: 2, required: 3, percent: 66 });
    // Ranked by each one's own figures: 甲 2/3, 乙 1/3, 丙 0/3.
    expect(r.organisations.map((o) => [o.rank, o.organization, o.percent])).toEqual([
      [1, '甲', 66],
      [2, '乙', 33],
      [3, '丙', 0],
    ]);
    expect(one.leadBy.sort()).toEqual(['丙', '乙', '甲'].sort());
    // Missing is not a fault: nobody is on the 通报 list for errors that are only missing materials.
    expect(r.notice.flatMap((n) => n.reasons)).not.toContain('errors');
    expect(r.stale.map((s) => s.organization)).toEqual(['丙']);
  });

  it('gives the same result whatever the order of the sources', () => {
    expect(JSON.stringify(rollupSnapshots([c, b, a], { today: '2026-11-28' }))).toBe(
      JSON.stringify(rollupSnapshots([a, b, c], { today: '2026-11-28' })),
    );
  });

  it('keeps the newest packet of an organisation and names the older one', () => {
    const older = org('甲', [], { generated: '2026-10-30', source: 'old.ledger.zip' });
    const r = rollupSnapshots([older, a], { today: '2026-11-28' });
    expect(r.organisations.map((o) => o.source)).toEqual(['甲.ledger.zip']);
    expect(r.superseded).toEqual([{ organization: '甲', source: 'old.ledger.zip', generated: '2026-10-30' }]);
  });

  it('leaves another catalog out of the merge by material: the majority, or the one asked for', () => {
    const other = org('丁', ['1-2'], { catalog: { ...CATALOG, version: '2020.1', sha256: 'b'.repeat(64) } });
    const r = rollupSnapshots([a, b, other], { today: '2026-11-28' });
    expect(r.mismatched.map((m) => m.organization)).toEqual(['丁']);
    expect(r.indicators.find((i) => i.id === '1')!.materials[1]!.coveredBy).toEqual([]);
    expect(r.totals.merged).toBe(2);
    const asked = rollupSnapshots([a, b, other], { today: '2026-11-28', catalog: { name: CATALOG.name, version: '2020.1' } });
    expect(asked.mismatched.map((m) => m.organization).sort()).toEqual(['乙', '甲'].sort());
    expect(asked.indicators.find((i) => i.id === '1')!.materials[1]!.coveredBy).toEqual(['丁']);
  });
});
