import type { Catalog } from '../../model/catalog.js';
import { withResponsibilities, type Carriers } from '../../model/responsibilities.js';
import type { Profile } from '../../model/profiles.js';
import type { ResponsibilitiesFile } from '../../model/schemas/responsibilities.js';
import type { UnitsFile } from '../../model/schemas/units.js';
import { readProfile } from '../../load/load-profile.js';
import { unitName, indexUnits } from '../../model/units.js';
import { mapToCounty } from './county-mapping.js';
import { responsibilitiesYaml } from './responsibilities-yaml.js';

export interface PlannedProfile {
  unitsText: string;
  units: UnitsFile;
  responsibilitiesText: string;
  /** the catalog with the profile's responsibilities applied */
  catalog: Catalog;
  /** who reviews at the 初评 stage, by default */
  reviewBody: string;
}

const REVIEW_BODY: Record<Profile, string> = { 'city-bureau': '市局', 'county-bureau': '县局', blank: '本局' };

/**
 * The units and responsibilities a new workspace starts from: the source bureau's as printed and
 * resolved (city-bureau), mapped to a county bureau where the mapping is clear (county-bureau), or
 * none (blank: everything to assign).
 */
export function planProfile(profile: Profile, builtin: Catalog): PlannedProfile {
  const data = readProfile(profile);
  const done = (responsibilitiesText: string, file: ResponsibilitiesFile | null): PlannedProfile => ({
    unitsText: data.unitsText,
    units: data.units,
    responsibilitiesText,
    catalog: withResponsibilities(builtin, file),
    reviewBody: REVIEW_BODY[profile],
  });
  if (profile === 'city-bureau' && data.responsibilitiesText && data.responsibilities) {
    return done(data.responsibilitiesText, data.responsibilities);
  }
  if (profile === 'blank') return done(responsibilitiesYaml(builtin.entries, new Map()), { indicators: {} });

  // county-bureau: the city's resolution, mapped unit by unit.
  const city = readProfile('city-bureau');
  const cityUnits = indexUnits(city.units);
  const carriers = new Map<string, Carriers>();
  const unmapped = new Map<string, string[]>();
  for (const [id, r] of Object.entries(city.responsibilities?.indicators ?? {})) {
    const m = mapToCounty(r);
    if (m.carriers.lead.length || m.carriers.cooperate.length) carriers.set(id, m.carriers);
    if (m.unmapped.length) unmapped.set(id, m.unmapped);
  }
  const note = (e: { id: string }, carried: boolean): string => {
    const names = (unmapped.get(e.id) ?? []).map((u) => unitName(cityUnits, u));
    if (names.length) return `待分配：${names.join('、')}（市局单位）本局无明确对应`;
    return carried ? '' : '待分配';
  };
  const file: ResponsibilitiesFile = {
    indicators: Object.fromEntries([...carriers].map(([id, c]) => [id, { lead: c.lead, cooperate: c.cooperate }])),
  };
  return done(responsibilitiesYaml(builtin.entries, carriers, note), file);
}
