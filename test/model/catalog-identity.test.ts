import { describe, expect, it } from 'vitest';
import { loadBuiltinCatalog } from '../../src/load/load-catalog.js';
import { BUILTIN_CATALOG, catalogDigest, catalogLabel } from '../../src/model/catalog-identity.js';
import { withResponsibilities } from '../../src/model/responsibilities.js';
import { readProfile } from '../../src/load/load-profile.js';

describe('the shipped catalog is named, versioned and identified by its content', () => {
  const { catalog, diagnostics } = loadBuiltinCatalog();

  it('is 法治政府建设示范指标体系@2021.1 with a pinned SHA-256 (edit the catalog: bump the version)', () => {
    expect(diagnostics).toEqual([]);
    expect(catalogLabel(BUILTIN_CATALOG)).toBe('法治政府建设示范指标体系@2021.1');
    expect(catalogDigest(catalog.entries)).toBe(PINNED_DIGEST);
  });

  it("carries no bureau's units: who carries what does not change the digest", () => {
    for (const e of catalog.entries) expect(e.responsible, e.id).toEqual({ lead: [], cooperate: [] });
    const city = withResponsibilities(catalog, readProfile('city-bureau').responsibilities);
    expect(city.byId.get('90')?.responsible.cooperate).toContain('各执法单位');
    expect(catalogDigest(city.entries)).toBe(PINNED_DIGEST);
    // a changed material text changes it
    const edited = city.entries.map((e) => (e.id === '9' ? { ...e, text: `${e.text}（本地）` } : e));
    expect(catalogDigest(edited)).not.toBe(PINNED_DIGEST);
  });
});

const PINNED_DIGEST = '19a8e03178e9626ef33770f45462b8f79b2c49c1ee9edaedf2e92961feed8a1e';
