import { firstLine, listTree, readBlobs, type GitCommit, type GitLog, type NoHistory } from '../../load/git-history.js';
import { createDiskCache } from '../../util/disk-cache.js';
import { MAX_YAML_BYTES } from '../../util/read-safely.js';
import { blobFacts, commitFacts, yamlBlobs, type BlobFacts, type CommitFacts } from './commit-facts.js';
import { commitsAtDueDates } from './trend.js';

/** The states of the workspace the overview draws its trend from. */
export interface History {
  state: 'ok' | NoHistory;
  detail: string;
  shallow: boolean;
  /** the main line's commits that changed evidence or ledgers, newest first */
  commits: GitCommit[];
  /** shallow boundary commits */
  boundary: Set<string>;
  /** per due date with a commit before it: that commit's facts */
  points: { date: string; commit: string; facts: CommitFacts }[];
  /** HEAD's facts (the newest commit that changed evidence or ledgers) */
  head: { commit: string; facts: CommitFacts } | null;
}

/** `.ledger-cache/history.json`: facts per commit id, and per YAML blob id. */
interface Store {
  version: 3;
  commits: Record<string, CommitFacts>;
  blobs: Record<string, BlobFacts>;
}

// 2: a file's name counts only when the check could accept it (model/name-counts.ts);
// 3: names also per unit folder (`namedAt`), so a unit's past counts are its own files'.
const VERSION = 3;
const MAX_BLOBS = 4000;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function readStore(root: string, use: boolean): Store {
  if (use) {
    const s = createDiskCache(root, 'history').read();
    // No cache yet, or a cache holding null, an array or half a store: start afresh (only a slower run).
    if (isRecord(s) && s.version === VERSION && isRecord(s.commits) && isRecord(s.blobs)) return s as unknown as Store;
  }
  return { version: VERSION, commits: {}, blobs: {} };
}

/** Run `task` over `items`, `limit` at a time. */
async function pool<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await task(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

const noHistory = (state: NoHistory, detail: string): History => ({
  state,
  detail,
  shallow: false,
  commits: [],
  boundary: new Set(),
  points: [],
  head: null,
});

/**
 * Read the history from the log (`readGitLog`): for each commit wanted and not cached one
 * `git ls-tree`, and the YAML blobs not cached through one `git cat-file --batch`. Facts are
 * cached by commit and blob id, which never change meaning, so a warm run starts no git process
 * but the log.
 */
export async function readHistory(root: string, log: GitLog, dueDates: string[], useCache: boolean): Promise<History> {
  if (!log.ok) return noHistory(log.reason, log.detail);
  const picked = commitsAtDueDates(log.commits, dueDates);
  const head = log.commits[0];
  const wanted = [...new Set([...picked.map((p) => p.commit.id), ...(head ? [head.id] : [])])];

  const store = readStore(root, useCache);
  const facts = new Map<string, CommitFacts>();
  const missing = wanted.filter((id) => {
    const hit = store.commits[id];
    if (hit) facts.set(id, hit);
    return !hit;
  });
  if (missing.length) {
    try {
      await readFacts(root, missing, store, facts);
    } catch (e) {
      // A tree or blob git cannot give (a damaged or partial clone): no trend rather than no overview.
      return noHistory('git-failed', firstLine(e));
    }
  }
  if (useCache && missing.length) saveStore(root, store, facts);

  return {
    state: 'ok',
    detail: '',
    shallow: log.shallow.size > 0,
    commits: log.commits,
    boundary: log.shallow,
    points: picked.map((p) => ({ date: p.date, commit: p.commit.id, facts: facts.get(p.commit.id)! })),
    head: head ? { commit: head.id, facts: facts.get(head.id)! } : null,
  };
}

/** The facts of commits not cached: one `git ls-tree` each (four at a time), their new YAML blobs through one `git cat-file --batch`. */
async function readFacts(root: string, ids: string[], store: Store, facts: Map<string, CommitFacts>): Promise<void> {
  const trees = await pool(ids, 4, (id) => listTree(root, id));
  const needed = new Map<string, { blob: string; kind: 'assignments' | 'index' }>();
  for (const tree of trees)
    for (const y of yamlBlobs(tree)) if (!(`${y.kind}:${y.blob}` in store.blobs)) needed.set(`${y.kind}:${y.blob}`, y);
  // The working tree's cap holds for history too: an old 1,000,000-key assignments file (84 s, 3.5 GB) is not read.
  const sizes = new Map(trees.flatMap((t) => t.map((f) => [f.blob, f.size] as const)));
  const small = [...needed.values()].map((y) => y.blob).filter((b) => (sizes.get(b) ?? Infinity) <= MAX_YAML_BYTES);
  const texts = await readBlobs(root, [...new Set(small)], MAX_YAML_BYTES);
  for (const [key, y] of needed) store.blobs[key] = texts.has(y.blob) ? blobFacts(y.kind, texts.get(y.blob)!) : null;
  const blobs = new Map(Object.entries(store.blobs));
  ids.forEach((id, i) => facts.set(id, commitFacts(trees[i]!, blobs)));
}

/** Keep the commits of this run and the newest blobs. */
function saveStore(root: string, store: Store, facts: Map<string, CommitFacts>): void {
  const blobs = Object.entries(store.blobs).slice(-MAX_BLOBS);
  const kept: Store = { version: VERSION, commits: Object.fromEntries(facts), blobs: Object.fromEntries(blobs) };
  // read-only workspace: no cache, same results
  createDiskCache(root, 'history').write(kept);
}
