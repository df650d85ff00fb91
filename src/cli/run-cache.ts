import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { createDiskCache } from '../util/disk-cache.js';
import { walkTree } from '../util/walk-tree.js';
import type { FormatContext } from '../format/format-options.js';
import type { CheckSummary } from '../model/check-summary.js';
import { ignoredTopFolders } from '../load/git-ignored-folders.js';

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

function kindChar(st: fs.Stats): string {
  return st.isDirectory() ? 'd' : st.isSymbolicLink() ? 'l' : st.isFile() ? 'f' : 'o';
}

function statLine(rel: string, st: fs.Stats): string {
  return `${rel}\t${kindChar(st)}\t${st.size}\t${st.mtimeMs}\t${st.ctimeMs}\t${st.ino}\n`;
}

/** Feed the stat of `dir` itself and of every entry under it (not following links) into the hash. */
function hashTree(h: ReturnType<typeof createHash>, dir: string, label: string, skip?: (name: string) => boolean): void {
  hashEntry(h, dir, label);
  const listed = walkTree(dir, (_abs, rel, st) => h.update(statLine(`${label}/${rel}`, st)), skip);
  if (!listed) h.update(`${label}\t-\n`);
}

function hashEntry(h: ReturnType<typeof createHash>, abs: string, label: string): void {
  try {
    h.update(statLine(label, fs.lstatSync(abs)));
  } catch {
    h.update(`${label}\t-\n`);
  }
}

const READ_FOLDERS = ['indicators', 'catalogs', 'assignments', 'evidence'];
/**
 * Single files a check reads, by stat: the config, the problem list and the generated CODEOWNERS
 * files (`check` judges whether they are stale).
 */
const ROOT_FILES = [
  'ledger.yaml',
  'units.yaml',
  'responsibilities.yaml',
  'catalog-notes.yaml',
  'problems.yaml',
  'returns.yaml',
  'CODEOWNERS',
  '.github/CODEOWNERS',
];
/**
 * Not judged by name here: git's data, what is hashed by stat above, packages and this cache when
 * git ignores them, and the record of sent reminders (written by `remind --send`; its fixed name
 * is no finding, and a send must not make the next run's check a miss).
 */
const UNJUDGED = new Set([
  '.git',
  ...READ_FOLDERS,
  'ledger.yaml',
  'units.yaml',
  'problems.yaml',
  'returns.yaml',
  'CODEOWNERS',
  'reminders-sent.yaml',
]);

/** Fingerprint of everything a check of `root` reads. */
export function inputsKey(root: string): string {
  const h = createHash('sha256');
  // Which of node_modules and .ledger-cache .gitignore ignores decides whether their names are judged.
  const ignored = ignoredTopFolders(root);
  h.update(`ignored\t${[...ignored].sort().join(',')}\n`);
  for (const f of ROOT_FILES) hashEntry(h, path.join(root, f), f);
  // The cache folder by kind only (a link there is a finding): its own stat changes with every save,
  // which would make every run a miss.
  h.update(`.ledger-cache\t${cacheFolderKind(root)}\n`);
  for (const d of READ_FOLDERS) hashTree(h, path.join(root, d), d);
  // Everywhere else only names count (a 涉密 marking in any file or folder name is a finding).
  walkTree(
    root,
    (_abs, rel, st) => h.update(`~${rel}\t${kindChar(st)}\n`),
    (name, rel) => rel === name && (UNJUDGED.has(name) || ignored.has(name)),
  );
  if (ownFolderIsReal(path.join(root, 'indicators'))) return finish();
  hashTree(h, BUILTIN_INDICATORS, '@builtin');
  return finish();

  function finish(): string {
    hashTree(h, PACKAGE_DIST, '@dist', (n) => n.endsWith('.map') || n.endsWith('.d.ts'));
    return h.digest('hex');
  }
}

/** 'd' for a folder or none yet (the first run creates it: the second must still hit), else what is there instead. */
function cacheFolderKind(root: string): string {
  try {
    return kindChar(fs.lstatSync(path.join(root, '.ledger-cache')));
  } catch {
    return 'd';
  }
}

function ownFolderIsReal(abs: string): boolean {
  try {
    return fs.lstatSync(abs).isDirectory();
  } catch {
    return false;
  }
}

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
  const store = createDiskCache(root, 'runs').read();
  // No cache, or one holding null, a number or an array: only a slower run.
  return typeof store === 'object' && store !== null && !Array.isArray(store) ? (store as Store) : {};
}

/** The stored run for these options (a check's, or another command's result under its own key), if no input changed since. */
export function loadRun<T = CachedRun>(root: string, optionsKey: string, inputs: string): T | undefined {
  const hit: unknown = readStore(root)[optionsKey];
  if (typeof hit !== 'object' || hit === null || !('inputs' in hit) || hit.inputs !== inputs || !('run' in hit)) return undefined;
  const watch = 'watch' in hit && Array.isArray(hit.watch) ? (hit.watch as unknown[]).filter((w) => typeof w === 'string') : [];
  if (watch.length && (!('watched' in hit) || hit.watched !== watchKey(root, watch))) return undefined;
  return hit.run as T;
}

/** Remember a run (a handful of option sets are kept), and the stat of the other files it read (`watch`). */
export function saveRun<T = CachedRun>(root: string, optionsKey: string, inputs: string, run: T, watch: readonly string[] = []): void {
  const store = readStore(root);
  delete store[optionsKey];
  const kept = Object.entries(store).slice(-7);
  const entry = watch.length ? { inputs, run, watch: [...watch], watched: watchKey(root, watch) } : { inputs, run };
  createDiskCache(root, 'runs').write(Object.fromEntries([...kept, [optionsKey, entry]]));
}
