import { diag, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { materialsOf, type CatalogEntry } from '../../model/catalog.js';
import { indicatorsNaming, roleOf } from '../../model/responsibility.js';
import { unitName } from '../../model/units.js';
import { didYouMean } from '../../util/did-you-mean.js';
import type { Workspace } from '../../model/workspace.js';

/** How many of the units `ledger assign` would accept an unassigned indicator's fix names. */
const MAX_CANDIDATES = 6;

/** The units `ledger assign` accepts for an indicator: those the table names, then the members of the groups it names. */
function candidateUnits(ws: Workspace, entry: CatalogEntry): string[] {
  const out = new Set<string>();
  for (const n of [...entry.responsible.lead, ...entry.responsible.cooperate]) {
    if (ws.units.byId.has(n)) out.add(n);
    for (const m of ws.units.groups.get(n) ?? []) if (ws.units.byId.has(m)) out.add(m);
  }
  return [...out];
}

/** assignments/*.yaml against units.yaml and the catalog. */
export function checkAssignments(ws: Workspace): Diagnostic[] {
  const out: Diagnostic[] = [];
  const unitIds = [...ws.units.byId.keys()];
  const indicatorIds = ws.catalog.entries.map((e) => e.id);
  const filed = new Set<string>();

  for (const a of ws.assignments) {
    const unitId = a.value.unit;
    filed.add(unitId);
    if (unitId !== a.fileUnit) {
      out.push(
        diag('assignment-unit-mismatch', { unit: unitId, fileUnit: a.fileUnit }, { ...ws.sources.locate(a.file, ['unit']), unit: unitId }),
      );
    }
    if (!ws.units.byId.has(unitId)) {
      out.push(
        diag(
          'unit-unknown',
          { id: unitId, suggestion: didYouMean(unitId, unitIds) },
          { ...ws.sources.locate(a.file, ['unit']), unit: unitId },
        ),
      );
      continue;
    }
    for (const id of Object.keys(a.value.indicators)) {
      const where = { ...ws.sources.locate(a.file, ['indicators', id], true), unit: unitId, indicator: id };
      const entry = ws.catalog.byId.get(id);
      if (!entry) {
        out.push(diag('indicator-unknown', { id, suggestion: didYouMean(id, indicatorIds) }, where));
      } else if (roleOf(entry, unitId, ws.units) === null) {
        out.push(diag('assignment-not-responsible', { id, unit: unitId, responsible: entry.responsibleRaw }, where));
      }
    }
    for (const entry of indicatorsNaming(ws.catalog.entries, unitId)) {
      if (!(entry.id in a.value.indicators)) {
        out.push(
          diag(
            'assignment-missing-indicator',
            { id: entry.id, unit: unitId },
            { ...ws.sources.locate(a.file, ['indicators']), unit: unitId, indicator: entry.id },
          ),
        );
      }
    }
  }

  for (const unit of ws.units.units) {
    // A file that exists but does not parse is reported as such, not as missing.
    if (filed.has(unit.id) || ws.unreadableAssignments.has(unit.id)) continue;
    const named = indicatorsNaming(ws.catalog.entries, unit.id);
    if (named.length > 0) {
      out.push(
        diag(
          'assignment-file-missing',
          { unit: unit.id, name: unit.name, count: named.length },
          { file: `assignments/${unit.id}.yaml`, unit: unit.id },
        ),
      );
    }
  }

  // Indicators that take evidence but that no unit carries: on a fresh workspace these are the
  // ones the table gives only to a group, which the coordinator still has to hand out.
  // Unknowable while any assignments file is unreadable: it may carry them.
  if (ws.unreadableAssignments.size > 0) return out;
  const carried = new Set(ws.assignments.flatMap((a) => Object.keys(a.value.indicators)));
  for (const entry of ws.catalog.entries) {
    if (materialsOf(ws.catalog, entry).length > 0 && !carried.has(entry.id)) {
      const allowed = candidateUnits(ws, entry);
      const shown = allowed.slice(0, MAX_CANDIDATES).map((u) => unitName(ws.units, u));
      out.push(
        diag(
          'indicator-unassigned',
          { id: entry.id, responsible: entry.responsibleRaw, candidates: shown, candidateCount: allowed.length },
          // No file: nothing is wrong in the catalog line; the fix is a command (`ledger assign`), which the fix text names.
          { indicator: entry.id },
        ),
      );
    }
  }
  return out;
}
