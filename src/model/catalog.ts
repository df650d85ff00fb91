import type { IndicatorRecord } from './schemas/indicators.js';

export interface Material {
  no: number;
  text: string;
}

/** One indicator, flattened out of its area file, as `explain --format json` prints it. */
export interface CatalogEntry {
  id: string;
  area: string;
  group: string;
  text: string;
  methods: string[];
  materials: Material[];
  /** the indicator whose evidence folder holds this one's (merged materials cell) */
  materialsFrom?: string;
  leadDepartments: string[];
  /** who carries it in this workspace (responsibilities.yaml); empty in the catalog as shipped */
  responsible: { lead: string[]; cooperate: string[] };
  /** per material number, who carries it where that differs (responsibilities.yaml `materials:`) */
  materialResponsible?: Record<number, { lead: string[]; cooperate: string[] }>;
  responsibleRaw: string;
}

/** Where an entry was defined, for located diagnostics. */
export interface EntrySource {
  file: string;
  path: (string | number)[];
}

export interface Catalog {
  entries: CatalogEntry[];
  byId: Map<string, CatalogEntry>;
  sources: Map<string, EntrySource>;
  /** where each entry's `responsible` is written: the object holding `lead`/`cooperate` */
  responsibleSources?: Map<string, EntrySource>;
}

export function toEntry(area: string, group: string, r: IndicatorRecord): CatalogEntry {
  const entry: CatalogEntry = {
    id: r.id,
    area,
    group,
    text: r.text,
    methods: [...r.methods],
    materials: r.materials.map((text, i) => ({ no: i + 1, text })),
    leadDepartments: [...r.leadDepartments],
    responsible: { lead: [...(r.responsible?.lead ?? [])], cooperate: [...(r.responsible?.cooperate ?? [])] },
    responsibleRaw: r.responsibleRaw,
  };
  if (r.materialsFrom !== undefined) entry.materialsFrom = r.materialsFrom;
  return entry;
}

/** The materials that must be evidenced for an entry (merged cells resolve to their owner). */
export function materialsOf(catalog: Catalog, entry: CatalogEntry): Material[] {
  if (entry.materialsFrom === undefined) return entry.materials;
  return catalog.byId.get(entry.materialsFrom)?.materials ?? [];
}

/** The indicator whose folder holds an entry's evidence: itself, or the owner of its merged cell. */
export function evidenceOwner(entry: CatalogEntry): string {
  return entry.materialsFrom ?? entry.id;
}

/** Whether an indicator has an evidence folder of its own (否决项 and merged cells do not). */
export function takesEvidence(entry: CatalogEntry): boolean {
  return entry.materials.length > 0 && entry.materialsFrom === undefined;
}
