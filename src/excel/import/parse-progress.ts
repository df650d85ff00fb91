import { STATUSES, type Status } from '../../model/schemas/common.js';

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
/** The form's own prefix, `已完成：` (what export writes): the only words an import removes. */
const CANONICAL = new RegExp(`^(${STATUSES.join('|')})[\\s\\u3000]*[：:][\\s\\u3000]*`, 'u');

export type ParsedProgress = { ok: true; status: Status; progress: string } | { ok: false; reason: 'empty' | 'unknown' | 'ambiguous' };

const LONGEST_FIRST = [...WORDS].sort((a, b) => b[0].length - a[0].length);

function leadingWord(s: string): [string, Status] | undefined {
  return LONGEST_FIRST.find(([w]) => s.startsWith(w));
}

/**
 * Read a 完成进度 cell: `已完成：…`, `完成: …`, `【推进中】…`, `不涉及`, `正在推进，预计12月底完成` …
 * The status comes from the first words; the progress is the clerk's text as written, less only
 * the form's own prefix (`已完成：`, `未完成:`, `不涉及：`) — `正在推进，预计12月底完成` is kept whole.
 * Refuses (rather than guesses) an empty cell, a cell not starting with a status, and one that
 * names two different statuses at its start (`已完成/未完成`).
 */
export function parseProgress(text: string): ParsedProgress {
  const whole = text.trim();
  if (!whole) return { ok: false, reason: 'empty' };
  let s = whole;
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
  const rest = after.slice(sep.length).trim();
  const other = leadingWord(rest);
  if (other && other[0] === rest && other[1] !== status) return { ok: false, reason: 'ambiguous' };
  // A status word alone (`已完成。`, `推进中`) says nothing more than the status.
  if (rest === '') return { ok: true, status, progress: '' };
  const canonical = CANONICAL.exec(whole);
  return { ok: true, status, progress: canonical ? whole.slice(canonical[0].length).trim() : whole };
}
