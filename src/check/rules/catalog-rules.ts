import { diag, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { didYouMean } from '../../util/did-you-mean.js';
import type { Workspace } from '../../model/workspace.js';

/** The catalog's unit ids, group names and merged-cell references resolve. */
export function checkCatalog(ws: Workspace): Diagnostic[] {
  const out: Diagnostic[] = [];
  const unitIds = [...ws.units.byId.keys()];
  const groups = [...ws.units.groups.keys()];
  if (!ws.unitsFile) return out; // units.yaml itself is reported; nothing to resolve against
  for (const entry of ws.catalog.entries) {
    const src = ws.catalog.sources.get(entry.id);
    const at = (tail: (string | number)[]) => (src ? ws.sources.locate(src.file, [...src.path.slice(0, -1), ...tail]) : {});
    entry.responsible.lead.forEach((u, i) => {
      if (!ws.units.byId.has(u)) {
        out.push(
          diag('unit-unknown', { id: u, suggestion: didYouMean(u, unitIds) }, { ...at(['responsible', 'lead', i]), indicator: entry.id }),
        );
      }
    });
    entry.responsible.cooperate.forEach((c, i) => {
      if (ws.units.byId.has(c) || ws.units.groups.has(c)) return;
      const isGroupLike = c.startsWith('各');
      const code = isGroupLike ? 'group-unknown' : 'unit-unknown';
      const suggestion = didYouMean(c, isGroupLike ? groups : unitIds);
      out.push(diag(code, { id: c, suggestion }, { ...at(['responsible', 'cooperate', i]), indicator: entry.id }));
    });
    if (entry.materialsFrom !== undefined && !ws.catalog.byId.has(entry.materialsFrom)) {
      out.push(
        diag('indicator-unknown', { id: entry.materialsFrom, suggestion: undefined }, { ...at(['materialsFrom']), indicator: entry.id }),
      );
    }
  }
  return out;
}
