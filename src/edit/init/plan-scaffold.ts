import fs from 'node:fs';
import path from 'node:path';
import { BUILTIN_INDICATORS_DIR, loadBuiltinCatalog } from '../../load/load-catalog.js';
import { takesEvidence } from '../../model/catalog.js';
import { folderIdFor } from '../../model/indicator-id.js';
import { indicatorsNaming } from '../../model/responsibility.js';
import { unitsFileSchema } from '../../model/schemas/units.js';
import { jsonSchemas } from '../../model/schemas/json-schemas.js';
import { parse } from 'yaml';
import { assignmentsYaml } from './assignments-template.js';
import { GITHUB_WORKFLOW, GITIGNORE, GITLAB_CI } from './ci-templates.js';
import { evidenceReadme } from './evidence-readme.js';
import { ledgerConfigYaml } from './ledger-config-template.js';
import { PROBLEMS_TEMPLATE } from './problems-template.js';
import type { FileWrite } from '../../util/atomic-write.js';
import { pushTo } from '../../util/push-to.js';

export const UNITS_TEMPLATE = path.join(BUILTIN_INDICATORS_DIR, '..', 'templates', 'units.yaml');

export interface PlannedFile {
  /** workspace-relative, `/`-separated */
  path: string;
  content: string;
}

/** Every file a new workspace gets, built from the shipped catalog and units template. */
export function planScaffold(organization: string, todayYmd: string): PlannedFile[] {
  const files: PlannedFile[] = [];
  const add = (p: string, content: string) => files.push({ path: p, content });
  const { catalog } = loadBuiltinCatalog();
  const unitsText = fs
    .readFileSync(UNITS_TEMPLATE, 'utf8')
    .replace(/^# yaml-language-server:.*$/m, '# yaml-language-server: $schema=./schemas/units.schema.json');
  const units = unitsFileSchema.parse(parse(unitsText));

  add('ledger.yaml', ledgerConfigYaml(organization, todayYmd));
  add('units.yaml', unitsText);
  add('problems.yaml', PROBLEMS_TEMPLATE);
  for (const name of fs
    .readdirSync(BUILTIN_INDICATORS_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    add(`indicators/${name}`, fs.readFileSync(path.join(BUILTIN_INDICATORS_DIR, name), 'utf8'));
  }
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
  add('.github/workflows/ledger.yml', GITHUB_WORKFLOW);
  add('.gitlab-ci.yml', GITLAB_CI);
  return files;
}

/** `ledger init` in `root`: the files a new workspace gets that are not there yet (created, never replacing), and those kept. */
export function planInit(root: string, organization: string, todayYmd: string): { writes: FileWrite[]; created: string[]; kept: string[] } {
  const writes: FileWrite[] = [];
  const created: string[] = [];
  const kept: string[] = [];
  for (const f of planScaffold(organization, todayYmd)) {
    const file = path.join(root, ...f.path.split('/'));
    if (fs.lstatSync(file, { throwIfNoEntry: false })) kept.push(f.path);
    else {
      created.push(f.path);
      writes.push({ file, data: f.content, before: { absent: true } });
    }
  }
  return { writes, created, kept };
}
