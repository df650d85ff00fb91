import { execFileSync } from 'node:child_process';
import { parse } from 'yaml';

/** An index.yaml bigger than this at the base is not read (the working tree's own cap on YAML). */
const MAX_BASE_INDEX_BYTES = 1 << 20;

/** One material's 初评 record as a base commit has it, untyped: it is compared, never trusted. */
export type BaseReview = Record<string, unknown>;

/**
 * The `review` of every material in `rel` (an evidence/<folder>/index.yaml) at `ref`; an empty map
 * when the base has no such file, it is too big or does not parse (then every verdict is new).
 */
export function baseReviews(root: string, ref: string, rel: string): Map<number, BaseReview> {
  const out = new Map<number, BaseReview>();
  let text: string;
  try {
    text = execFileSync('git', ['-C', root, 'show', '--end-of-options', `${ref}:./${rel}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: MAX_BASE_INDEX_BYTES,
    });
  } catch {
    return out;
  }
  try {
    const doc = parse(text, { maxAliasCount: 100 }) as { materials?: Record<string, { review?: unknown }> } | null;
    for (const [k, v] of Object.entries(doc?.materials ?? {})) {
      const review = v && typeof v === 'object' ? v.review : undefined;
      if (review && typeof review === 'object' && /^\d{1,3}$/.test(k)) out.set(Number(k), review as BaseReview);
    }
  } catch {
    // A base that does not parse has no verdicts to compare with.
  }
  return out;
}
