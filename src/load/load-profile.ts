import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { BUILTIN_INDICATORS_DIR } from './load-catalog.js';
import type { Profile } from '../model/profiles.js';
import { responsibilitiesFileSchema, type ResponsibilitiesFile } from '../model/schemas/responsibilities.js';
import { unitsFileSchema, type UnitsFile } from '../model/schemas/units.js';

/** The profiles shipped with the package (`<package>/profiles/<name>/`). */
const PROFILES_DIR = path.join(BUILTIN_INDICATORS_DIR, '..', 'profiles');

export interface ProfileData {
  /** units.yaml as shipped (comments kept) */
  unitsText: string;
  units: UnitsFile;
  /** the profile's responsibilities as shipped (only city-bureau ships its own: the others derive theirs) */
  responsibilitiesText: string | null;
  responsibilities: ResponsibilitiesFile | null;
}

const BLANK_UNITS = `# yaml-language-server: $schema=./schemas/units.schema.json
# 本单位的内设机构和下属单位（profile blank：尚无单位）。用 \`ledger unit add <名称> --id <id>\` 添加，
# 再用 \`ledger assign\` 分配指标。groups：附件1 使用的分组（各有关单位等）→ 成员单位 id。
units: []
groups: {}
`;

/** Read a shipped profile; the files are part of the package, so a broken one is a bug (it throws). */
export function readProfile(profile: Profile): ProfileData {
  const dir = path.join(PROFILES_DIR, profile);
  const unitsText = profile === 'blank' ? BLANK_UNITS : fs.readFileSync(path.join(dir, 'units.yaml'), 'utf8');
  const respPath = path.join(dir, 'responsibilities.yaml');
  const responsibilitiesText = profile === 'city-bureau' ? fs.readFileSync(respPath, 'utf8') : null;
  return {
    unitsText: unitsText.replace(/^# yaml-language-server:.*$/m, '# yaml-language-server: $schema=./schemas/units.schema.json'),
    units: unitsFileSchema.parse(parse(unitsText)),
    responsibilitiesText,
    responsibilities: responsibilitiesText === null ? null : responsibilitiesFileSchema.parse(parse(responsibilitiesText)),
  };
}
