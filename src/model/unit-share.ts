import { evidenceOwner, type Catalog, type CatalogEntry } from './catalog.js';
import { placeEvidencePath } from './evidence-tree.js';
import { unitsCarryingFolder, type CarriedIndicators } from './responsibility.js';
import { groupsOf, resolveUnit, type UnitIndex } from './units.js';

/**
 * What deciding who filed a file needs: the units, the catalog (merged cells, responsibilities)
 * and, per evidence folder (owner indicator), the units whose ledgers carry it.
 */
export interface ShareRule {
  units: UnitIndex;
  catalog: Catalog;
  /** owner indicator id → the units carrying its folder (unitsCarryingFolder), in file order */
  carriers: Map<string, string[]>;
}

export function shareRule(ws: { catalog: Catalog; units: UnitIndex; assignments: readonly CarriedIndicators[] }): ShareRule {
  const owners = new Set(ws.catalog.entries.map(evidenceOwner));
  const carriers = new Map([...owners].map((o) => [o, unitsCarryingFolder(ws.catalog, ws.assignments, o)]));
  return { units: ws.units, catalog: ws.catalog, carriers };
}

/** The unit a unit folder's label names (id, name or alias: a merged unit's `@old` resolves to the survivor). */
export function unitOfFolder(rule: Pick<ShareRule, 'units'>, label: string): string | undefined {
  return resolveUnit(rule.units, label.normalize('NFC'));
}

/** The leads responsibilities.yaml names for the indicators evidenced in `owner`'s folder, among its carriers. */
function leadsOf(rule: ShareRule, owner: string, carriers: string[]): string[] {
  const leads = new Set(rule.catalog.entries.filter((e) => evidenceOwner(e) === owner).flatMap((e) => e.responsible.lead));
  return carriers.filter((u) => leads.has(u));
}

/**
 * THE answer to "which unit filed this file" (docs/工作区-组织与职责.md, 共同承担的指标): a file under
 * `evidence/<NNN>/@<unit>/…` is that unit's (by id, name or alias; an unknown name: nobody's, and
 * check reports unit-folder-unknown). A file outside any unit folder is the sole carrier's; in a
 * shared folder it is the lead's when exactly one carrier leads, and nobody's otherwise (several
 * leads, or only cooperating units): crediting each of them would credit a unit with another
 * unit's file. A file credited to nobody still covers its material for the bureau. index.yaml and
 * README.md are the coordinator's and the reviewer's, never a unit's. Returns unit ids (0 or 1).
 */
export function filedBy(rel: string, rule: ShareRule): string[] {
  if (!rel.startsWith('evidence/')) return [];
  const place = placeEvidencePath(rel);
  if (!place.indicator || place.kind === 'index' || place.kind === 'readme') return [];
  if (/^readme\.md$/i.test(place.inner.at(-1) ?? '')) return [];
  if (place.unitFolder !== null) {
    const unit = unitOfFolder(rule, place.unitFolder);
    return unit ? [unit] : [];
  }
  const entry = rule.catalog.byId.get(place.indicator);
  const owner = entry ? evidenceOwner(entry) : place.indicator;
  const carriers = rule.carriers.get(owner) ?? [];
  if (carriers.length === 1) return carriers;
  const leads = leadsOf(rule, owner, carriers);
  return leads.length === 1 ? leads : [];
}

/** Whether unit `unit` filed the file at `rel` (filedBy). */
export function isUnitFile(rel: string, unit: string, rule: ShareRule): boolean {
  return filedBy(rel, rule).includes(unit);
}

/** Whether several units carry `owner`'s folder: then each files its part in its own `@<unit>/` folder. */
export function isSharedFolder(rule: ShareRule, owner: string): boolean {
  return (rule.carriers.get(owner)?.length ?? 0) > 1;
}

/**
 * Whether a material is the unit's to provide: a material responsibilities.yaml gives carriers of
 * its own (`materials:`) is required of the units it names (by id or group); any other material of
 * an indicator the unit carries is required of every carrier — a cooperating unit provides its own
 * part of each, in its unit folder.
 */
export function unitRequires(entry: CatalogEntry, no: number, unit: string, units: UnitIndex): boolean {
  const own = entry.materialResponsible?.[no];
  if (!own) return true;
  const names = [unit, ...groupsOf(units, unit)];
  return [...own.lead, ...own.cooperate].some((n) => names.includes(n));
}
