/** Levenshtein distance, small strings only. */
function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j]!;
      prev[j] = Math.min(above + 1, prev[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return prev[b.length]!;
}

/** The closest candidate, if it is close enough to be a plausible typo. */
export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  const limit = Math.max(1, Math.floor(input.length / 3));
  const lower = input.toLowerCase();
  for (const c of candidates) {
    const cl = c.toLowerCase();
    const contains = c.includes(input) || input.includes(c);
    // Only the distance up to the limit matters, and it is at least the difference in length:
    // skipping the rest keeps thousands of unknown keys linear (a pull request may carry 40,000).
    if (!contains && Math.abs(cl.length - lower.length) > limit) continue;
    const score = contains ? (cl === lower ? 0 : 1) : distance(lower, cl);
    if (score < bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return bestScore <= limit ? best : undefined;
}
