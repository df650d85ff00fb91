import type { CiHost, CiOptions } from './ci-hosts.js';
import { isUneditedGenerated } from './generated-marker.js';
import { KIT_DIR, KIT_MANIFEST, kitManifestText, type KitManifest } from './kit-manifest.js';
import { planCiFiles } from './plan-ci-files.js';
import type { Kit } from './read-kit.js';

export interface CiWrite {
  path: string;
  content: string | Buffer;
}

export interface CiPlan {
  writes: CiWrite[];
  /** workspace-relative files to remove (the kit an update replaces) */
  removals: string[];
  written: string[];
  unchanged: string[];
  /** CI files edited by hand, left as they are (no --force) */
  handEdited: string[];
  kit: { action: 'vendored' | 'same' | 'present'; manifest: KitManifest } | null;
}

export interface CiRequest {
  hosts: readonly CiHost[];
  options: CiOptions;
  force: boolean;
  /** the kit to vendor, and whether it may replace one already there */
  kit: { kit: Kit; update: boolean } | null;
  /** the current text of a workspace file, or null when absent */
  read: (rel: string) => string | null;
  vendored: KitManifest | null;
}

/** What `ledger ci` writes: the host files (never over a hand-edited one without force) and the vendored kit. */
export function planCi(req: CiRequest): CiPlan {
  const plan: CiPlan = { writes: [], removals: [], written: [], unchanged: [], handEdited: [], kit: null };
  for (const f of planCiFiles(req.hosts, req.options)) {
    const old = req.read(f.path);
    if (old === f.content) plan.unchanged.push(f.path);
    else if (old !== null && !req.force && !isUneditedGenerated(old)) plan.handEdited.push(f.path);
    else {
      plan.writes.push(f);
      plan.written.push(f.path);
    }
  }
  if (req.kit) {
    const { kit, update } = req.kit;
    const manifest: KitManifest = { version: kit.version, file: kit.name, sha256: kit.sha256 };
    const old = req.vendored;
    if (old && old.sha256 === kit.sha256 && old.file === kit.name) plan.kit = { action: 'same', manifest };
    else if (old && !update) plan.kit = { action: 'present', manifest: old };
    else {
      plan.writes.push({ path: `${KIT_DIR}/${kit.name}`, content: kit.bytes }, { path: KIT_MANIFEST, content: kitManifestText(manifest) });
      if (old && old.file !== kit.name) plan.removals.push(`${KIT_DIR}/${old.file}`);
      plan.kit = { action: 'vendored', manifest };
    }
  }
  return plan;
}
