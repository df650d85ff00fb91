/**
 * Give edited text the line endings of the original: lines the edit did not touch keep theirs
 * exactly (CRLF, LF, mixed), new and changed lines get the ending most lines of the file have. The
 * YAML editor writes `\n` for what it changes, and a file saved on Windows must not come back
 * with every line changed.
 */
export function keepLineEndings(before: string, after: string): string {
  if (!before.includes('\r')) return after;
  const old = splitLines(before);
  const usual = usualLineEnding(old);
  const now = splitLines(after.replace(/\r\n/g, '\n'));
  const matched = matchLines(
    old.map((l) => l.text),
    now.map((l) => l.text),
  );
  return now.map((l, i) => l.text + (l.end === '' ? '' : matched[i] !== undefined ? old[matched[i]]!.end || usual : usual)).join('');
}

/** A line of text and the ending it had (`''` for a last line without one). */
export interface TextLine {
  text: string;
  end: string;
}

/** Text as lines, each with its own ending: CRLF, LF and lone CR are all kept as they were. */
export function splitLines(s: string): TextLine[] {
  const out: TextLine[] = [];
  const re = /\r\n|\n|\r/g;
  let at = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push({ text: s.slice(at, m.index), end: m[0] });
    at = m.index + m[0].length;
  }
  if (at < s.length) out.push({ text: s.slice(at), end: '' });
  return out;
}

/** The ending most lines have (CRLF when at least half do, else LF): what new lines get. */
export function usualLineEnding(lines: TextLine[]): '\r\n' | '\n' {
  const ended = lines.filter((l) => l.end !== '');
  const crlf = ended.filter((l) => l.end === '\r\n').length;
  return ended.length > 0 && crlf * 2 >= ended.length ? '\r\n' : '\n';
}

/** Beyond this many cells the table of a longest common subsequence costs too much memory. */
const MAX_TABLE = 16_000_000;

/**
 * For each line of `b`, the line of `a` it is the same as: the common start and end, and in
 * between a longest common subsequence (unmatched where the middle is too large for one).
 */
function matchLines(a: string[], b: string[]): (number | undefined)[] {
  const out: (number | undefined)[] = new Array<number | undefined>(b.length);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) out[head] = head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) {
    out[b.length - 1 - tail] = a.length - 1 - tail;
    tail++;
  }
  const n = a.length - head - tail;
  const m = b.length - head - tail;
  if (n === 0 || m === 0 || (n + 1) * (m + 1) > MAX_TABLE) return out;
  const len = new Uint32Array((n + 1) * (m + 1));
  const at = (i: number, j: number): number => i * (m + 1) + j;
  const A = (i: number): string => a[head + i]!;
  const B = (j: number): string => b[head + j]!;
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      len[at(i, j)] = A(i) === B(j) ? len[at(i + 1, j + 1)]! + 1 : Math.max(len[at(i + 1, j)]!, len[at(i, j + 1)]!);
  for (let i = 0, j = 0; i < n && j < m;) {
    if (A(i) === B(j)) out[head + j++] = head + i++;
    else if (len[at(i + 1, j)]! >= len[at(i, j + 1)]!) i++;
    else j++;
  }
  return out;
}
