import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MAX_YAML_BYTES } from '../../util/read-safely.js';
import { firstLine, readBlobs } from '../git-history.js';
import { parseGitUrl, type GitUrl } from './git-url.js';
import { runGit } from './git-run.js';
import { isWorkspaceYaml } from './workspace-yaml-paths.js';

/** One file of the source's tree: its path and blob id. Its size is not known (see below). */
export interface GitSourceFile {
  path: string;
  blob: string;
}

/** What a git source gives a roll-up: YAML texts by path and the names of its evidence, at one commit. */
export interface GitSourceRead {
  source: GitUrl;
  commit: string;
  /** committer date, YYYY-MM-DD, and Unix seconds */
  date: string;
  epoch: number;
  /** workspace YAML files (ledger.yaml, assignments/…, evidence/*\/index.yaml, …) by path */
  yaml: Map<string, string>;
  /**
   * Every file under evidence/. No size: in a clone without blobs `git ls-tree -l` fetches each blob
   * to measure it, which is exactly what must not happen to the PDFs.
   */
  evidence: GitSourceFile[];
  /** YAML files over the working tree's cap, not read */
  oversized: { path: string; size: number }[];
}

export type GitSourceFailure =
  | { reason: 'not-git' | 'unsafe'; detail: string }
  | { reason: 'no-git' | 'fetch-failed' | 'not-a-workspace' | 'too-many-yaml'; detail: string };

export type GitSourceResult = { ok: true; value: GitSourceRead } | ({ ok: false } & GitSourceFailure);

export interface ReadGitSourceOptions {
  /** clone into this (empty or absent) folder and keep it, so a test can count what was fetched */
  cloneDir?: string;
  maxYamlBytes?: number;
  /** a workspace has some 20 ledgers and ~120 index files; a tree naming thousands is refused */
  maxYamlFiles?: number;
}

/**
 * Read a workspace from a git URL[@ref] without its PDFs: one shallow fetch without blobs
 * (`--filter=blob:none --depth=1`), the tree from `ls-tree`, then one fetch of the YAML blobs
 * named in it and one `cat-file --batch`. Never throws; the temporary clone is removed.
 */
export async function readGitSource(source: string, opts: ReadGitSourceOptions = {}): Promise<GitSourceResult> {
  const parsed = parseGitUrl(source);
  if (!parsed.ok) return { ok: false, reason: parsed.reason, detail: source };
  const dir = opts.cloneDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-git-source-'));
  try {
    return await readInto(dir, parsed.value, opts);
  } finally {
    if (!opts.cloneDir) fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function readInto(dir: string, src: GitUrl, opts: ReadGitSourceOptions): Promise<GitSourceResult> {
  const fetched = await fetchTree(dir, src);
  if (!fetched.ok) return fetched;
  const { commit, date, epoch, tree } = fetched.value;
  if (!tree.some((f) => f.path === 'ledger.yaml')) return { ok: false, reason: 'not-a-workspace', detail: commit };
  const wanted = tree.filter((f) => isWorkspaceYaml(f.path));
  const maxFiles = opts.maxYamlFiles ?? 2000;
  if (wanted.length > maxFiles) return { ok: false, reason: 'too-many-yaml', detail: String(wanted.length) };
  const blobs = await fetchBlobTexts(dir, src, wanted, opts.maxYamlBytes ?? MAX_YAML_BYTES);
  if (!blobs.ok) return blobs;
  const evidence = tree.filter((f) => f.path.startsWith('evidence/'));
  const { texts: yaml, oversized } = blobs.value;
  return { ok: true, value: { source: src, commit, date, epoch, yaml, evidence, oversized } };
}

/** A tree fetched without blobs: the commit `src` names and every file's path and blob id. */
export interface FetchedTree {
  commit: string;
  date: string;
  epoch: number;
  tree: GitSourceFile[];
}

type Fetched<T> = { ok: true; value: T } | { ok: false; reason: 'no-git' | 'fetch-failed'; detail: string };

/** Into the bare repository `dir` (made here): the commit of `src` with its trees and no blob. */
export async function fetchTree(dir: string, src: GitUrl): Promise<Fetched<FetchedTree>> {
  try {
    await runGit(['init', '--quiet', '--bare', dir]);
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
    return { ok: false, reason: missing ? 'no-git' : 'fetch-failed', detail: firstLine(e) };
  }
  const git = (args: string[]) => runGit(['-C', dir, ...args]);
  try {
    // `--` keeps a URL from being read as an option even if it slipped past parseGitUrl.
    await git(['fetch', '--quiet', '--no-tags', '--depth=1', '--filter=blob:none', '--', src.url, src.ref ?? 'HEAD']);
    const [commit = '', epoch = '0', date = ''] = (await git(['log', '-1', '--format=%H %ct %cd', '--date=short', 'FETCH_HEAD']))
      .trim()
      .split(' ');
    return { ok: true, value: { commit, date, epoch: Number(epoch), tree: parseTree(await git(['ls-tree', '-r', '-z', commit])) } };
  } catch (e) {
    return { ok: false, reason: 'fetch-failed', detail: firstLine(e) };
  }
}

/**
 * The texts of the named files: one fetch of exactly their blobs (named blobs are sent whatever the
 * filter; nothing else is), their sizes from `cat-file --batch-check`, and the text of those within
 * `maxBytes` from one `cat-file --batch`. Git cannot bound what a named blob costs to fetch; what is
 * read is bounded.
 */
export async function fetchBlobTexts(
  dir: string,
  src: GitUrl,
  files: readonly GitSourceFile[],
  maxBytes: number,
): Promise<Fetched<{ texts: Map<string, string>; oversized: { path: string; size: number }[] }>> {
  const ids = [...new Set(files.map((f) => f.blob))];
  const git = (args: string[], input: string) => runGit(['-C', dir, ...args], { input });
  let sizes: Map<string, number>;
  try {
    if (ids.length)
      await git(
        ['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', '--filter=blob:none', '--stdin', '--', src.url],
        ids.join('\n') + '\n',
      );
    sizes = parseSizes(await git(['cat-file', '--batch-check'], ids.join('\n') + '\n'));
  } catch (e) {
    return { ok: false, reason: 'fetch-failed', detail: firstLine(e) };
  }
  const read = await readBlobs(
    dir,
    ids.filter((id) => (sizes.get(id) ?? Infinity) <= maxBytes),
    maxBytes,
  );
  const texts = new Map<string, string>();
  const oversized: { path: string; size: number }[] = [];
  for (const f of files) {
    const text = read.get(f.blob);
    if (text !== undefined) texts.set(f.path, text);
    else oversized.push({ path: f.path, size: sizes.get(f.blob) ?? -1 });
  }
  return { ok: true, value: { texts, oversized } };
}

/** `ls-tree -r -z` (without `-l`): `<mode> <type> <id>\t<path>`, blobs only. */
function parseTree(out: string): GitSourceFile[] {
  const files: GitSourceFile[] = [];
  for (const entry of out.split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const [, type, blob] = entry.slice(0, tab).split(' ');
    if (type === 'blob' && blob) files.push({ path: entry.slice(tab + 1), blob });
  }
  return files;
}

/** `cat-file --batch-check`: `<id> <type> <size>`, or `<id> missing`. */
function parseSizes(out: string): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const line of out.split('\n')) {
    const [id, type, size] = line.split(' ');
    if (id && type === 'blob' && size) sizes.set(id, Number(size));
  }
  return sizes;
}
