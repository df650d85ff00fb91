import fs from 'node:fs';
import path from 'node:path';
import type { FileRemoval, FileWrite } from '../../../util/atomic-write.js';
import type { CiPlan } from './plan-ci.js';
import { NotAKitError, readKit, type Kit } from './read-kit.js';

/** The text of a workspace file (`/`-separated, relative to `root`), or null when it cannot be read. */
export function workspaceReader(root: string): (rel: string) => string | null {
  return (rel) => {
    try {
      return fs.readFileSync(path.join(root, ...rel.split('/')), 'utf8');
    } catch {
      return null;
    }
  };
}

/** The first candidate kit file that exists, read and identified; `invalid` says why a found file is not a kit. */
export function findKit(candidates: readonly string[]): { kit: Kit; file: string } | { missing: true } | { invalid: string; file: string } {
  const file = candidates.find((c) => fs.existsSync(c));
  if (!file) return { missing: true };
  try {
    return { kit: readKit(file), file };
  } catch (e) {
    if (e instanceof NotAKitError) return { invalid: e.message, file };
    throw e;
  }
}

/**
 * A `ledger ci` plan as one set for the writer: each CI file replaces exactly what the plan read
 * (or is created), the kit and its manifest likewise; the kit an update replaces is removed after.
 */
export function ciWrites(root: string, plan: CiPlan, read: (rel: string) => string | null): FileWrite[] {
  return plan.writes.map((w) => {
    const file = path.join(root, ...w.path.split('/'));
    if (typeof w.content !== 'string') {
      // The kit: created, or (--update of the same name) replacing whatever bytes are there.
      const there = fs.lstatSync(file, { throwIfNoEntry: false });
      return { file, data: w.content, before: there ? { any: true } : { absent: true } };
    }
    const old = read(w.path);
    return { file, data: w.content, before: old === null ? { absent: true } : { text: old } };
  });
}

/** The files a plan replaces by another name (the old kit after an update): deleted once the new set is in place. */
export function ciRemovals(root: string, plan: CiPlan): FileRemoval[] {
  return plan.removals.map((rel) => ({ file: path.join(root, ...rel.split('/')), before: { any: true } }));
}
