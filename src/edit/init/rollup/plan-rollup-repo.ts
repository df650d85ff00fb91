import fs from 'node:fs';
import path from 'node:path';
import { parseYaml } from '../../../load/parse-yaml.js';
import { organisationsFileSchema } from '../../../model/schemas/organisations.js';
import type { FileWrite } from '../../../util/atomic-write.js';
import type { CiHost } from '../ci/ci-hosts.js';
import { workspaceReader } from '../ci/plan-ci-workspace.js';
import { isUneditedGenerated, withMarker } from '../ci/generated-marker.js';
import { ORGANISATIONS_TEMPLATE } from './organisations-template.js';
import { rollupCiFiles } from './rollup-ci.js';
import { rollupCodeowners } from './rollup-codeowners.js';
import { rollupReadme } from './rollup-readme.js';

export interface RollupRepoPlan {
  writes: FileWrite[];
  created: string[];
  /** regenerated: CODEOWNERS and CI files ledger wrote that nobody edited since */
  replaced: string[];
  kept: string[];
  /** organisations.yaml is there but unusable: CODEOWNERS is left as it is */
  organisationsInvalid: boolean;
}

/**
 * `ledger init --rollup`: the city's submission repository — README for the organisations,
 * organisations.yaml, CODEOWNERS from it, reports/ and the CI that verifies packets and publishes
 * the roll-up. Files that exist are kept, except generated ones nobody edited (CODEOWNERS follows
 * organisations.yaml when init is run again).
 */
export function planRollupRepo(root: string, org: string, hosts: readonly CiHost[], branch: string): RollupRepoPlan {
  const plan: RollupRepoPlan = { writes: [], created: [], replaced: [], kept: [], organisationsInvalid: false };
  const read = workspaceReader(root);
  const orgText = read('organisations.yaml');
  const parsed = orgText === null ? null : parseYaml(orgText, 'organisations.yaml', organisationsFileSchema).value;
  plan.organisationsInvalid = orgText !== null && parsed === null;

  const files: { path: string; content: string; generated: boolean }[] = [
    { path: 'README.md', content: rollupReadme(org), generated: false },
    { path: 'organisations.yaml', content: ORGANISATIONS_TEMPLATE, generated: false },
    { path: 'reports/.gitkeep', content: '', generated: false },
    ...rollupCiFiles(hosts, branch).map((f) => ({ ...f, content: withMarker(f.content), generated: true })),
  ];
  if (!plan.organisationsInvalid) files.push({ path: 'CODEOWNERS', content: withMarker(rollupCodeowners(parsed)), generated: true });

  for (const f of files) {
    const there = read(f.path);
    const file = path.join(root, ...f.path.split('/'));
    if (there === null && !fs.lstatSync(file, { throwIfNoEntry: false })) {
      plan.created.push(f.path);
      plan.writes.push({ file, data: f.content, before: { absent: true } });
    } else if (f.generated && there !== null && there !== f.content && isUneditedGenerated(there)) {
      plan.replaced.push(f.path);
      plan.writes.push({ file, data: f.content, before: { text: there } });
    } else plan.kept.push(f.path);
  }
  return plan;
}
