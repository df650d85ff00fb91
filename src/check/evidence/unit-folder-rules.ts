import { diag, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { EvidenceFile } from '../../model/evidence-tree.js';
import { evidenceOwner, type Catalog } from '../../model/catalog.js';
import { didYouMean } from '../../util/did-you-mean.js';
import { unitOfFolder, type ShareRule } from '../../model/unit-share.js';
import { unitName } from '../../model/units.js';

/**
 * Unit folders (`evidence/<NNN>/@<unit>/`, model/unit-share.ts): one naming no unit of units.yaml
 * is an error (its files credit nobody, so they cover nothing until it is renamed: covering-files.ts
 * rules them out); one naming a unit that does not carry the indicator is a warning (its files
 * count for the bureau, but no ledger row of that unit shows them). Once per folder.
 */
export function unitFolderFindings(catalog: Catalog, files: EvidenceFile[], rule: ShareRule): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const f of files) {
    if (f.unitFolder === null || !f.indicator) continue;
    const dir = `evidence/${f.folder}/${f.inner[0]!}`;
    if (seen.has(dir)) continue;
    seen.add(dir);
    const at = { file: dir, folder: true, indicator: f.indicator };
    const unit = unitOfFolder(rule, f.unitFolder);
    const entry = catalog.byId.get(f.indicator);
    const owner = entry ? evidenceOwner(entry) : f.indicator;
    const carriers = rule.carriers.get(owner) ?? [];
    if (unit === undefined) {
      const suggestion = didYouMean(
        f.unitFolder,
        rule.units.units.map((u) => u.id),
      );
      out.push(diag('unit-folder-unknown', { name: f.unitFolder, ...(suggestion ? { suggestion } : {}) }, at));
    } else if (!carriers.includes(unit)) {
      const names = carriers.map((u) => unitName(rule.units, u));
      out.push(diag('unit-folder-not-carrier', { unit: unitName(rule.units, unit), id: owner, carriers: names }, { ...at, unit }));
    }
  }
  return out;
}
