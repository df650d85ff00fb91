import { diag, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { normalizeUnitName } from '../../model/units.js';
import { didYouMean } from '../../util/did-you-mean.js';
import type { Workspace } from '../../model/workspace.js';

/** units.yaml: ids unique, names and aliases unambiguous, group members known. */
export function checkUnits(ws: Workspace): Diagnostic[] {
  const out: Diagnostic[] = [];
  const file = 'units.yaml';
  const units = ws.unitsFile?.units ?? [];
  const owner = new Map<string, string>();
  units.forEach((u, i) => {
    for (const [k, name] of [u.id, u.name, ...u.aliases].entries()) {
      const key = normalizeUnitName(name);
      const prev = owner.get(key);
      if (prev !== undefined && prev !== u.id) {
        const where = k === 0 ? ['units', i, 'id'] : k === 1 ? ['units', i, 'name'] : ['units', i, 'aliases', k - 2];
        out.push(diag('unit-duplicate', { name, other: prev }, { ...ws.sources.locate(file, where), unit: u.id }));
      } else if (prev === u.id && k === 0 && units.findIndex((x) => x.id === u.id) !== i) {
        out.push(diag('unit-duplicate', { name, other: prev }, { ...ws.sources.locate(file, ['units', i, 'id']), unit: u.id }));
      }
      owner.set(key, u.id);
    }
  });
  const ids = [...ws.units.byId.keys()];
  for (const [group, members] of ws.units.groups) {
    members.forEach((m, i) => {
      if (!ws.units.byId.has(m)) {
        out.push(diag('unit-unknown', { id: m, suggestion: didYouMean(m, ids) }, { ...ws.sources.locate(file, ['groups', group, i]) }));
      }
    });
  }
  return out;
}
