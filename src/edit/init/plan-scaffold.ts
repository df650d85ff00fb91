import fs from 'node:fs';
import path from 'node:path';
import { loadBuiltinCatalog } from '../../load/load-catalog.js';
import { planProfile } from './plan-profile.js';
import type { Profile } from '../../model/profiles.js';
import { takesEvidence, type Catalog } from '../../model/catalog.js';
import type { CatalogId } from '../../model/catalog-identity.js';
import { catalogFolderName } from '../../model/catalog-version.js';
import { folderIdFor } from '../../model/indicator-id.js';
import { indicatorsNaming } from '../../model/responsibility.js';
import { jsonSchemas } from '../../model/schemas/json-schemas.js';
import { assignmentsYaml } from './assignments-template.js';
import { CI_HOSTS } from './ci/ci-hosts.js';
import { planCiFiles } from './ci/plan-ci-files.js';
import { GITIGNORE } from './ci-templates.js';
import { evidenceReadme } from './evidence-readme.js';
import { ledgerConfigYaml } from './ledger-config-template.js';
import { PROBLEMS_TEMPLATE } from './problems-template.js';
import { DEFAULT_REMIND_TEMPLATE, REMIND_TEMPLATE_FILE } from '../../model/remind-template.js';
import type { FileWrite } from '../../util/atomic-write.js';
import { pushTo } from '../../util/push-to.js';

/** A catalog handed down from the level above (`init --catalog`); `files` null: the shipped one. */
export interface HandedDownCatalog {
  id: CatalogId;
  catalog: Catalog;
  files: Map<string, string> | null;
}

export interface PlannedFile {
  /** workspace-relative, `/`-separated */
  path: string;
  content: string;
}

/**
 * Every file a new workspace gets: the catalog is not copied (ledger.yaml pins the shipped one);
 * the units and who carries what come from the profile. The CI files trigger on `branch`, the
 * branch the repository's first commit goes to.
 */
export function planScaffold(
  organization: string,
  todayYmd: string,
  profile: Profile = 'city-bureau',
  branch = 'main',
  handedDown: HandedDownCatalog | null = null,
): PlannedFile[] {
  const files: PlannedFile[] = [];
  const add = (p: string, content: string) => files.push({ path: p, content });
  const start = planProfile(profile, handedDown?.catalog ?? loadBuiltinCatalog().catalog);
  const { catalog, units } = start;

  add('ledger.yaml', ledgerConfigYaml(organization, todayYmd, { profile, reviewBody: start.reviewBody }, handedDown?.id));
  // A catalog handed down from above is copied where the workspace finds it (catalogs/<name>@<version>/).
  for (const [name, text] of handedDown?.files ?? []) add(`catalogs/${catalogFolderName(handedDown!.id)}/${name}`, text);
  add('units.yaml', start.unitsText);
  add('responsibilities.yaml', start.responsibilitiesText);
  add('problems.yaml', PROBLEMS_TEMPLATE);
  // The wording of `ledger remind`, for the coordinator to edit (the built-in one when it is deleted).
  add(REMIND_TEMPLATE_FILE, DEFAULT_REMIND_TEMPLATE.zh);
  for (const [name, text] of jsonSchemas()) add(`schemas/${name}`, text);

  const carriers = new Map<string, string[]>();
  for (const unit of units.units) {
    const named = indicatorsNaming(catalog.entries, unit.id);
    if (named.length === 0) continue;
    add(`assignments/${unit.id}.yaml`, assignmentsYaml(unit, named));
    for (const e of named) pushTo(carriers, e.id, unit.name);
  }
  for (const entry of catalog.entries.filter(takesEvidence)) {
    const merged = catalog.entries.filter((e) => e.materialsFrom === entry.id);
    const names = [entry, ...merged].flatMap((e) => carriers.get(e.id) ?? []);
    add(`evidence/${folderIdFor(entry.id)}/README.md`, evidenceReadme(entry, merged, [...new Set(names)]));
  }
  add('.gitignore', GITIGNORE);
  // Every host: init cannot know where the repository will live (`ledger ci` later writes for one).
  for (const f of planCiFiles(CI_HOSTS, { branch, registry: false, node: 22 })) add(f.path, f.content);
  return files;
}

/**
 * `ledger init` in `root`: the files a new workspace gets that are not there yet (created, never
 * replacing), and those kept. The CI files trigger on `branch` (see init-branch.ts).
 */
export function planInit(
  root: string,
  organization: string,
  todayYmd: string,
  profile: Profile = 'city-bureau',
  branch = 'main',
  handedDown: HandedDownCatalog | null = null,
): { writes: FileWrite[]; created: string[]; kept: string[] } {
  const writes: FileWrite[] = [];
  const created: string[] = [];
  const kept: string[] = [];
  for (const f of planScaffold(organization, todayYmd, profile, branch, handedDown)) {
    const file = path.join(root, ...f.path.split('/'));
    if (fs.lstatSync(file, { throwIfNoEntry: false })) kept.push(f.path);
    else {
      created.push(f.path);
      writes.push({ file, data: f.content, before: { absent: true } });
    }
  }
  return { writes, created, kept };
}
