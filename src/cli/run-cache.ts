import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { walkTree } from '../util/walk-tree.js';
import type { FormatContext } from '../format/format-options.js';
import type { CheckSummary } from '../model/check-summary.js';

/**
 * Whole-run cache for `ledger check`: when no input changed since the last run with the same
 * options, the stored findings are served without loading YAML, zod or any PDF. The key covers
 * every input — the stat (size, mtime, ctime, inode) of every file and folder the check reads,
 * and of the tool's own code — so an edit anywhere is never served stale. This module imports
 * only node built-ins on purpose: it is the fast path.
 */
export interface CachedRun {
  diagnostics: Diagnostic[];
  summary: Omit<CheckSummary, 'deadline'>;
  titles: [string, string][];
  /** what the deadline needs, so it is recomputed for today */
  schedule: { monthlyDueDay: number; stages: { name: string; due: string }[] };
  configBroken: boolean;
  /** with --changed (never cached): how the change was judged */
  changes?: FormatContext['changes'];
}

const PACKAGE_DIST = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const BUILTIN_INDICATORS = path.join(PACKAGE_DIST, '..', 'indicators');

function statLine(rel: string, st: fs.Stats): string {
  return `${rel}\t${st.isDirectory() ? 'd' : st.isSymbolicLink() ? 'l' : 'f'}\t${st.size}\t${st.mtimeMs}\t${st.ctimeMs}\t${st.ino}\n`;
}

/** Feed the stat of every entry under `dir` (not following links) into the hash. */
function hashTree(h: ReturnType<typeof createHash>, dir: string, label: string, skip?: (name: string) => boolean): void {
  const listed = walkTree(dir, (_abs, rel, st) => h.update(statLine(`${label}/${rel}`, st)), skip);
  if (!listed) h.update(`${label}\t-\n`);
}

/** Fingerprint of everything a check of `root` reads. */
export function inputsKey(root: string): string {
  const h = createHash('sha256');
  for (const f of ['ledger.yaml', 'units.yaml', 'problems.yaml']) {
    try {
      h.update(statLine(f, fs.lstatSync(path.join(root, f))));
    } catch {
      h.update(`${f}\t-\n`);
    }
  }
  // The generated CODEOWNERS files (check/codeowners/codeowners-text.ts): `check` judges whether they are stale.
  for (const f of ['.github/CODEOWNERS', 'CODEOWNERS']) {
    try {
      h.update(statLine(f, fs.lstatSync(path.join(root, f))));
    } catch {
      h.update(`${f}\t-\n`);
    }
  }
  for (const d of ['indicators', 'assignments', 'evidence']) hashTree(h, path.join(root, d), d);
  if (!fs.existsSync(path.join(root, 'indicators'))) hashTree(h, BUILTIN_INDICATORS, '@builtin');
  hashTree(h, PACKAGE_DIST, '@dist', (n) => n.endsWith('.map') || n.endsWith('.d.ts'));
  return h.digest('hex');
}

const cacheFile = (root: string): string => path.join(root, '.ledger-cache', 'runs.json');

/**
 * Files a run read that lie outside the folders `inputsKey` walks (the evidence of a fixed problem
 * may be anywhere in the workspace): their stat is stored with the run and compared on the next one.
 */
function watchKey(root: string, watch: readonly string[]): string {
  const h = createHash('sha256');
  for (const rel of watch) {
    try {
      h.update(statLine(rel, fs.lstatSync(path.resolve(root, rel))));
    } catch {
      h.update(`${rel}\t-\n`);
    }
  }
  return h.digest('hex');
}

/** The files a problem names as evidence of its fix: the run read them, wherever they are. */
export function problemEvidencePaths(ws: { problems: { items: { value: { evidence: string[] } }[] } | null } | null): string[] {
  return [...new Set(ws?.problems?.items.flatMap((p) => p.value.evidence) ?? [])];
}

type Store = Record<string, { inputs: string; run: unknown; watch?: string[]; watched?: string }>;

function readStore(root: string): Store {
  try {
    return JSON.parse(fs.readFileSync(cacheFile(root), 'utf8')) as Store;
  } catch {
    return {};
  }
}

/** The stored run for these options (a check's, or another command's result under its own key), if no input changed since. */
export function loadRun<T = CachedRun>(root: string, optionsKey: string, inputs: string): T | undefined {
  const hit = readStore(root)[optionsKey];
  if (!hit || hit.inputs !== inputs) return undefined;
  if (hit.watch?.length && hit.watched !== watchKey(root, hit.watch)) return undefined;
  return hit.run as T;
}

/** Remember a run (a handful of option sets are kept), and the stat of the other files it read (`watch`). */
export function saveRun<T = CachedRun>(root: string, optionsKey: string, inputs: string, run: T, watch: readonly string[] = []): void {
  const store = readStore(root);
  delete store[optionsKey];
  const kept = Object.entries(store).slice(-7);
  try {
    fs.mkdirSync(path.dirname(cacheFile(root)), { recursive: true });
    const entry = watch.length ? { inputs, run, watch: [...watch], watched: watchKey(root, watch) } : { inputs, run };
    writeFileAtomic(cacheFile(root), JSON.stringify(Object.fromEntries([...kept, [optionsKey, entry]])));
  } catch {
    // Read-only workspace: no cache, same results.
  }
}
