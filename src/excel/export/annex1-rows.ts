import type { Catalog } from '../../model/catalog.js';
import { numberedLines } from '../sheet/numbering.js';

/** The seven printed columns of one Annex 1 row. */
export type Annex1Row = [
  area: string,
  group: string,
  indicator: string,
  methods: string,
  materials: string,
  lead: string,
  responsible: string,
];

/** A vertical merge: rows are 0-based indexes into the row list, col 0-based. */
export interface Span {
  col: number;
  first: number;
  last: number;
}

export function annex1Rows(catalog: Catalog): Annex1Row[] {
  return catalog.entries.map((e) => [
    e.area,
    e.group,
    `${e.id} ${e.text}`,
    e.methods.join('、'),
    numberedLines(e.materials),
    e.leadDepartments.join('、'),
    e.responsibleRaw,
  ]);
}

/** Runs of equal keys, as spans of two rows or more. */
function runs(keys: string[], col: number): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < keys.length;) {
    let j = i;
    while (j + 1 < keys.length && keys[j + 1] === keys[i]) j++;
    if (j > i) out.push({ col, first: i, last: j });
    i = j + 1;
  }
  return out;
}

/**
 * The merged cells of the printed table: 一级指标 and 二级指标 down their indicators, and the cells
 * an indicator shares with the one whose materials it is filed under (47–48, 91–94).
 */
export function annex1Spans(catalog: Catalog): Span[] {
  const entries = catalog.entries;
  const spans = [
    ...runs(
      entries.map((e) => e.area),
      0,
    ),
    ...runs(
      entries.map((e) => `${e.area}\u0000${e.group}`),
      1,
    ),
  ];
  const owner = entries.map((e) =>
    e.materialsFrom !== undefined && entries.some((o) => o.id === e.materialsFrom) ? e.materialsFrom : e.id,
  );
  for (const s of runs(owner, 4)) {
    const block = entries.slice(s.first, s.last + 1);
    spans.push(s);
    // The other shared cells are merged only when the catalog really gives them the same text.
    const same = (f: (e: (typeof block)[number]) => string): boolean => block.every((e) => f(e) === f(block[0]!));
    if (same((e) => e.methods.join('、'))) spans.push({ ...s, col: 3 });
    if (same((e) => e.leadDepartments.join('、'))) spans.push({ ...s, col: 5 });
    if (same((e) => e.responsibleRaw)) spans.push({ ...s, col: 6 });
  }
  return spans;
}
