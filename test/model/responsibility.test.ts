import { describe, expect, it } from 'vitest';
import type { Catalog, CatalogEntry } from '../../src/model/catalog.js';
import { unitsCarryingFolder } from '../../src/model/responsibility.js';

const entry = (id: string, materialsFrom?: string): CatalogEntry => ({
  id,
  area: 'a',
  group: 'g',
  text: '',
  methods: [],
  materials: materialsFrom ? [] : [{ no: 1, text: 'm' }],
  ...(materialsFrom ? { materialsFrom } : {}),
  leadDepartments: [],
  responsible: { lead: [], cooperate: [] },
  responsibleRaw: '',
});

describe('unitsCarryingFolder', () => {
  it('names the units whose file carries the folder’s indicator or one merged into it, in file order', () => {
    const entries = [entry('47'), entry('48', '47'), entry('49')];
    const catalog: Catalog = { entries, byId: new Map(entries.map((e) => [e.id, e])), sources: new Map() };
    const files = [
      { value: { unit: 'c', indicators: { '49': {} } } },
      { value: { unit: 'b', indicators: { '48': {} } } },
      { value: { unit: 'a', indicators: { '47': {}, '49': {} } } },
    ];
    expect(unitsCarryingFolder(catalog, files, '47')).toEqual(['b', 'a']);
    expect(unitsCarryingFolder(catalog, files, '49')).toEqual(['c', 'a']);
    expect(unitsCarryingFolder(catalog, files, '50')).toEqual([]);
  });
});
