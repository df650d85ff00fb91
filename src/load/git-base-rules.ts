import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Workspace } from '../model/workspace.js';
import { loadWorkspace } from './load-workspace.js';

/** The files that hold a workspace's rules: the settings, the units, the catalog. */
export const RULE_FILES = /^(?:ledger\.yaml|units\.yaml|indicators\/)/;

/** The rules as the base of a change has them. */
export type BaseRules = Pick<Workspace, 'config' | 'unitsFile' | 'units' | 'catalog' | 'catalogIsLocal'>;

function git(root: string, args: string[], encoding: 'utf8' | 'buffer' = 'utf8'): string | Buffer {
  return execFileSync('git', ['-C', root, ...args], {
    encoding: encoding === 'utf8' ? 'utf8' : undefined,
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 64 << 20,
  });
}

/**
 * ledger.yaml, units.yaml and indicators/ read from git at `ref` (paths relative to the workspace,
 * which may be a folder of the repository), loaded as a workspace of their own. Null when the base
 * has no usable ledger.yaml: then there are no base rules to judge by.
 */
export function loadBaseRules(root: string, ref: string): BaseRules | null {
  let listed: string[];
  try {
    listed = (
      git(root, ['ls-tree', '-r', '-z', '--name-only', '--end-of-options', ref, '--', 'ledger.yaml', 'units.yaml', 'indicators']) as string
    )
      .split('\0')
      .filter((p) => RULE_FILES.test(p) && !p.split('/').includes('..'));
  } catch {
    return null;
  }
  if (!listed.includes('ledger.yaml')) return null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-base-rules-'));
  try {
    for (const rel of listed) {
      const abs = path.join(dir, ...rel.split('/'));
      fs.mkdirSync(path.dirname(abs), { recursive: true });
      fs.writeFileSync(abs, git(root, ['show', `${ref}:./${rel}`], 'buffer'));
    }
    const ws = loadWorkspace(dir).workspace;
    return ws
      ? { config: ws.config, unitsFile: ws.unitsFile, units: ws.units, catalog: ws.catalog, catalogIsLocal: ws.catalogIsLocal }
      : null;
  } catch {
    return null;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
