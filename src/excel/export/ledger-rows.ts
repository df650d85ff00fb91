import { materialsOf, type Catalog } from '../../model/catalog.js';
import { roleOf } from '../../model/responsibility.js';
import type { UnitIndex } from '../../model/units.js';
import type { UnitAssignments } from '../../model/workspace.js';
import { numberedLines } from '../sheet/numbering.js';
import { ANNEX2 } from '../sheet/form-wording.js';

/** One row of the Annex 2 form, as text. */
export interface LedgerRow {
  id: string;
  role: 'lead' | 'cooperate';
  /** `<id> <text>` and the role mark on its own last line */
  indicator: string;
  methods: string;
  materials: string;
  /** `已完成：…`, `未完成：…` or `不涉及：…` */
  progress: string;
  contact: string;
}

/**
 * The 三级指标 cell. The id comes first so `ledger import` can read it back from the visible cell
 * alone (rows get re-ordered and copied between workbooks); the role mark goes last, out of its way.
 */
export function indicatorCell(id: string, text: string, role: 'lead' | 'cooperate'): string {
  return `${id} ${text}\n${ANNEX2.roleMark[role]}`;
}

/** The unit's rows, in catalog order; indicators the catalog does not know are left to `check`. */
export function ledgerRows(catalog: Catalog, units: UnitIndex, assignments: UnitAssignments): LedgerRow[] {
  const unitId = assignments.value.unit;
  const items = assignments.value.indicators;
  const rows: LedgerRow[] = [];
  for (const entry of catalog.entries) {
    const item = items[entry.id];
    if (!item) continue;
    const role = roleOf(entry, unitId, units) === 'lead' ? 'lead' : 'cooperate';
    const own = materialsOf(catalog, entry);
    let materials = own.length ? numberedLines(own) : ANNEX2.noMaterials;
    if (entry.materialsFrom !== undefined) materials = `${ANNEX2.mergedMaterials(entry.materialsFrom)}\n${materials}`;
    rows.push({
      id: entry.id,
      role,
      indicator: indicatorCell(entry.id, entry.text, role),
      methods: entry.methods.join('、'),
      materials,
      progress: ANNEX2.progressCell(item.status, item.progress),
      contact: item.contact ?? assignments.value.contact,
    });
  }
  return rows;
}
