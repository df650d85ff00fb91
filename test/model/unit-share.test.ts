import { describe, expect, it } from 'vitest';
import type { Catalog, CatalogEntry } from '../../src/model/catalog.js';
import type { IndicatorCoverage } from '../../src/model/coverage.js';
import { placeEvidencePath } from '../../src/model/evidence-tree.js';
import { unitCoverage } from '../../src/model/unit-coverage.js';
import { filedBy, shareRule } from '../../src/model/unit-share.js';
import { indexUnits } from '../../src/model/units.js';

const entry = (id: string, lead: string[], cooperate: string[] = []): CatalogEntry => ({
  id,
  area: 'a',
  group: 'g',
  text: '',
  methods: [],
  materials: [
    { no: 1, text: 'm1' },
    { no: 2, text: 'm2' },
  ],
  leadDepartments: [],
  responsible: { lead, cooperate },
  responsibleRaw: '',
});

const units = indexUnits({
  units: [
    { id: 'suo-1', name: '市场监管一所', aliases: [], kind: '市场监管所' },
    { id: 'suo-5', name: '市场监管五所', aliases: ['市场监管六所'], kind: '市场监管所' },
    { id: 'fagui', name: '法规股', aliases: [], kind: '股室' },
    { id: 'bgs', name: '办公室', aliases: [], kind: '股室' },
  ],
  groups: { 各所: ['suo-1', 'suo-5'] },
} as never);
// 90: two 所 cooperating, no lead; 95: 法规股 leads, 办公室 cooperates; 9: two leads; 31: 法规股 alone.
const entries = [entry('90', [], ['各所']), entry('95', ['fagui'], ['bgs']), entry('9', ['fagui', 'bgs']), entry('31', ['fagui'])];
const catalog: Catalog = { entries, byId: new Map(entries.map((e) => [e.id, e])), sources: new Map() };
const assignments = [
  { value: { unit: 'suo-1', indicators: { '90': {} } } },
  { value: { unit: 'suo-5', indicators: { '90': {} } } },
  { value: { unit: 'fagui', indicators: { '95': {}, '9': {}, '31': {} } } },
  { value: { unit: 'bgs', indicators: { '95': {}, '9': {} } } },
];
const rule = shareRule({ catalog, units, assignments });

describe('filedBy: the one rule of who filed a file', () => {
  it('reads a unit folder by id, name or alias (a merged unit’s old name: the survivor); an unknown one credits nobody', () => {
    expect(filedBy('evidence/090/@suo-1/2-x.pdf', rule)).toEqual(['suo-1']);
    expect(filedBy('evidence/090/@市场监管一所/2/x.pdf', rule)).toEqual(['suo-1']);
    expect(filedBy('evidence/090/@市场监管六所/1-x.pdf', rule)).toEqual(['suo-5']);
    expect(filedBy('evidence/090/@suo-9/1-x.pdf', rule)).toEqual([]);
  });

  it('outside unit folders: the sole carrier, else the one lead, else nobody; index.yaml and README.md never', () => {
    expect(filedBy('evidence/031/1-x.pdf', rule)).toEqual(['fagui']);
    expect(filedBy('evidence/095/1-x.pdf', rule)).toEqual(['fagui']);
    expect(filedBy('evidence/009/1-x.pdf', rule)).toEqual([]);
    expect(filedBy('evidence/090/1-x.pdf', rule)).toEqual([]);
    expect(filedBy('evidence/031/index.yaml', rule)).toEqual([]);
    expect(filedBy('evidence/031/README.md', rule)).toEqual([]);
  });

  it('places a file below a unit folder by the usual naming rules: the @ segment is no material number', () => {
    expect(placeEvidencePath('evidence/090/@suo-1/2-x.pdf')).toMatchObject({ unitFolder: 'suo-1', materials: [2], kind: 'document' });
    expect(placeEvidencePath('evidence/090/@suo-1/x.pdf')).toMatchObject({ unitFolder: 'suo-1', materials: null });
    expect(placeEvidencePath('evidence/090/@suo-1.pdf')).toMatchObject({ unitFolder: null, materials: null });
  });
});

describe('unitCoverage: a unit’s share', () => {
  it('counts only its own files; an index.yaml exception covers the material for every unit', () => {
    const file = (rel: string) => ({ rel, pages: 1, kind: 'pdf' as const });
    const coverage = new Map<string, IndicatorCoverage>([
      [
        '90',
        {
          id: '90',
          owner: '90',
          complete: true,
          materials: [
            { no: 1, text: 'm1', covered: true, by: 'file', files: [file('evidence/090/@suo-1/1-x.pdf')], rejected: [], links: [] },
            { no: 2, text: 'm2', covered: true, by: 'not_applicable', files: [], rejected: [], links: [], exception: '不涉及' },
          ],
        },
      ],
    ]);
    const one = unitCoverage(coverage, ['90'], 'suo-1', rule).get('90')!;
    const five = unitCoverage(coverage, ['90'], 'suo-5', rule).get('90')!;
    expect(one.materials.map((m) => m.covered)).toEqual([true, true]);
    expect(five.materials.map((m) => m.covered)).toEqual([false, true]);
    expect(five.materials[0]!.files).toEqual([]);
    expect([one.complete, five.complete]).toEqual([true, false]);
  });
});
