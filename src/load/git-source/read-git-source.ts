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
  const maxBytes = opts.maxYamlBytes ?? MAX_YAML_BYTES;
  try {
    await runGit(['init', '--quiet', '--bare', dir]);
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
    return { ok: false, reason: missing ? 'no-git' : 'fetch-failed', detail: firstLine(e) };
  }
  const git = (args: string[], input?: string) => runGit(['-C', dir, ...args], { input });
  const fetch = ['fetch', '--quiet', '--no-tags', '--depth=1', '--filter=blob:none'];
  let head: string[];
  try {
    // `--` keeps a URL from being read as an option even if it slipped past parseGitUrl.
    await git([...fetch, '--', src.url, src.ref ?? 'HEAD']);
    head = (await git(['log', '-1', '--format=%H %ct %cd', '--date=short', 'FETCH_HEAD'])).trim().split(' ');
  } catch (e) {
    return { ok: false, reason: 'fetch-failed', detail: firstLine(e) };
  }
  const [commit = '', epoch = '0', date = ''] = head;

  const tree = parseTree(await git(['ls-tree', '-r', '-z', commit]));
  if (!tree.some((f) => f.path === 'ledger.yaml')) return { ok: false, reason: 'not-a-workspace', detail: commit };
  const wanted = tree.filter((f) => isWorkspaceYaml(f.path));
  const maxFiles = opts.maxYamlFiles ?? 2000;
  if (wanted.length > maxFiles) return { ok: false, reason: 'too-many-yaml', detail: String(wanted.length) };

  const ids = [...new Set(wanted.map((f) => f.blob))];
  try {
    // Named blobs are sent whatever the filter; nothing else is.
    await git(
      ['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', '--filter=blob:none', '--stdin', '--', src.url],
      ids.join('\n') + '\n',
    );
  } catch (e) {
    return { ok: false, reason: 'fetch-failed', detail: firstLine(e) };
  }
  const sizes = parseSizes(await git(['cat-file', '--batch-check'], ids.join('\n') + '\n'));
  const readable = ids.filter((id) => (sizes.get(id) ?? Infinity) <= maxBytes);
  const texts = await readBlobs(dir, readable, maxBytes);

  const yaml = new Map<string, string>();
  const oversized: { path: string; size: number }[] = [];
  for (const f of wanted) {
    const text = texts.get(f.blob);
    if (text !== undefined) yaml.set(f.path, text);
    else oversized.push({ path: f.path, size: sizes.get(f.blob) ?? -1 });
  }
  const evidence = tree.filter((f) => f.path.startsWith('evidence/'));
  return { ok: true, value: { source: src, commit, date, epoch: Number(epoch), yaml, evidence, oversized } };
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
