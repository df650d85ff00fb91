import type { Status } from '../../model/schemas/common.js';

/** How people write the status at the start of 完成进度, and what each means. */
const WORDS: [string, Status][] = [
  ['已经完成', '已完成'],
  ['已完成', '已完成'],
  ['未完成', '未完成'],
  ['尚未完成', '未完成'],
  ['正在推进', '未完成'],
  ['推进中', '未完成'],
  ['进行中', '未完成'],
  ['不涉及', '不涉及'],
  ['完成', '已完成'],
];
const SEPARATORS = /^[\s\u3000]*[：:，,、；;。.．\-—]*[\s\u3000]*/u;
const ALTERNATIVE = /^[\s\u3000]*[/／|｜或][\s\u3000]*/u;
const BRACKETED = /^[【\[（(〔]([^】\]）)〕]{1,6})[】\]）)〕]/u;

export type ParsedProgress = { ok: true; status: Status; progress: string } | { ok: false; reason: 'empty' | 'unknown' | 'ambiguous' };

const LONGEST_FIRST = [...WORDS].sort((a, b) => b[0].length - a[0].length);

function leadingWord(s: string): [string, Status] | undefined {
  return LONGEST_FIRST.find(([w]) => s.startsWith(w));
}

/**
 * Read a 完成进度 cell: `已完成：…`, `完成: …`, `【推进中】…`, `不涉及`, `已完成制度修订` …
 * Refuses (rather than guesses) an empty cell, a cell not starting with a status, and one that
 * names two different statuses at its start (`已完成/未完成`).
 */
export function parseProgress(text: string): ParsedProgress {
  let s = text.trim();
  if (!s) return { ok: false, reason: 'empty' };
  const bracketed = BRACKETED.exec(s);
  if (bracketed && leadingWord(bracketed[1]!)?.[0] === bracketed[1]) s = `${bracketed[1]}：${s.slice(bracketed[0].length)}`;
  const found = leadingWord(s);
  if (!found) return { ok: false, reason: 'unknown' };
  const [word, status] = found;
  const after = s.slice(word.length);
  const sep = SEPARATORS.exec(after)?.[0] ?? '';
  // `已完成/未完成`, `已完成或未完成`, `已完成：未完成`: two answers, so no answer.
  if (ALTERNATIVE.test(after) && leadingWord(after.replace(ALTERNATIVE, '').trim())) return { ok: false, reason: 'ambiguous' };
  // A bare 完成 runs into ordinary words (完成率…); it counts only as a word of its own.
  if (word === '完成' && sep === '' && after !== '') return { ok: false, reason: 'unknown' };
  const rest = after.slice(sep.length);
  const other = leadingWord(rest.trim());
  if (other && other[0] === rest.trim() && other[1] !== status) return { ok: false, reason: 'ambiguous' };
  return { ok: true, status, progress: rest.trim() };
}
