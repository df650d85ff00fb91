import path from 'node:path';
import { readTextIfPresent } from '../../load/workspace-root.js';
import { indicatorsNaming } from '../../model/responsibility.js';
import type { Workspace } from '../../model/workspace.js';
import { assignmentsYaml } from '../init/assignments-template.js';
import type { AssignFile } from './plan-assign.js';

/** The unit's assignments file: the one on disk (.yaml or .yml), else the text `init` would have written for it. */
export function unitAssignmentsFile(ws: Workspace, unit: string): AssignFile {
  const listed = ws.assignments.find((a) => a.fileUnit === unit)?.file;
  for (const file of listed ? [listed] : [`assignments/${unit}.yaml`, `assignments/${unit}.yml`]) {
    const text = readTextIfPresent(path.join(ws.root, ...file.split('/')));
    if (text !== null) return { file, text, exists: true };
  }
  const text = assignmentsYaml(ws.units.byId.get(unit)!, indicatorsNaming(ws.catalog.entries, unit));
  return { file: `assignments/${unit}.yaml`, text, exists: false };
}
