import { isMap, isScalar, LineCounter, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import { isEntryComment } from '../../model/assignment-entry.js';
import { splitLines, usualLineEnding, type TextLine } from '../../util/line-endings.js';
import { pushTo } from '../../util/push-to.js';

/**
 * Adding and removing whole entries of an assignments file's `indicators:` map, line by line, so
 * that every other byte stays as it was: comments, blank lines, quoting, key order and each line's
 * ending (CRLF, LF or mixed; new lines get the ending most lines have). The yaml Document finds the
 * keys; YAML's block structure (an entry is its key line and the deeper-indented lines below it)
 * gives their extent. What this cannot do safely (a flow-style `indicators: {"8": …}` with entries,
 * a YAML error) returns null; the caller then reparses the result and compares it with the plan.
 */
export interface EntriesEdit {
  text: string;
  /** the lines added and removed, without line endings, for a dry run */
  added: string[];
  removed: string[];
}

/** How one new entry is written, given the indentation of the map's keys and one step deeper. */
export type RenderEntry = (indent: string, step: string) => string[];

type Line = TextLine;

interface Parsed {
  lines: Line[];
  eol: string;
  lc: LineCounter;
  root: YAMLMap;
  pair: Pair | undefined;
}

function parse(text: string): Parsed | null {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: false });
  if (doc.errors.length > 0 || !isMap(doc.contents) || doc.contents.flow) return null;
  const lines = splitLines(text);
  const eol = usualLineEnding(lines);
  const root = doc.contents;
  return { lines, eol, lc, root, pair: root.items.find((p) => keyOf(p) === 'indicators') };
}

function keyOf(p: Pair): string {
  return String(isScalar(p.key) ? p.key.value : p.key);
}

const indentOf = (line: string): number => /^ */.exec(line)![0].length;
const isBlank = (line: string): boolean => line.trim() === '';
const isComment = (line: string): boolean => line.trimStart().startsWith('#');

/** 0-based line and column of a source offset. */
function pos(p: Parsed, offset: number): { line: number; col: number } {
  const { line, col } = p.lc.linePos(offset);
  return { line: line - 1, col: col - 1 };
}

/** The block map of entries, or null when `indicators:` holds something else (flow map with entries, a list, a scalar). */
function blockEntries(p: Parsed): YAMLMap | 'empty' | null {
  const v = p.pair?.value as Node | null | undefined;
  if (p.pair === undefined || v === null || v === undefined) return 'empty';
  if (isMap(v)) return v.items.length === 0 ? (v.flow ? 'empty' : null) : v.flow ? null : v;
  return isScalar(v) && v.value === null ? 'empty' : null;
}

/** Last line (exclusive end) of the entry whose key is on `keyLine`: deeper-indented and blank lines below it, minus trailing blanks. */
function entryEnd(lines: Line[], keyLine: number, indent: number): number {
  let end = keyLine + 1;
  while (end < lines.length && (isBlank(lines[end]!.text) || indentOf(lines[end]!.text) > indent)) end++;
  while (end > keyLine + 1 && isBlank(lines[end - 1]!.text)) end--;
  return end;
}

function join(lines: Line[], inserted: Map<number, string[]>, eol: string, skip: Set<number> = new Set()): string {
  let out = '';
  for (let i = 0; i <= lines.length; i++) {
    const block = inserted.get(i);
    if (block) {
      // The line before gets an ending if it had none (a file without a final newline).
      if (i > 0 && lines[i - 1]!.end === '') out += eol;
      out += block.map((l) => l + eol).join('');
    }
    if (i < lines.length && !skip.has(i)) out += lines[i]!.text + lines[i]!.end;
  }
  return out;
}

/**
 * Add entries, each before the first existing entry that comes later in `rank` order (above the
 * comments that belong to it), else after the last one. `entries` must be in rank order.
 */
export function addIndicatorEntries(
  text: string,
  entries: { id: string; render: RenderEntry }[],
  rank: (id: string) => number,
): EntriesEdit | null {
  const p = parse(text);
  if (!p) return null;
  const map = blockEntries(p);
  if (map === null) return null;
  const inserted = new Map<number, string[]>();
  const added: string[] = [];
  const push = (at: number, lines: string[]): void => {
    pushTo(inserted, at, ...lines);
    added.push(...lines);
  };

  if (map === 'empty') {
    if (!p.pair) {
      // No `indicators:` at all: a new one at the end of the file.
      push(p.lines.length, ['indicators:', ...entries.flatMap((e) => e.render('  ', '  '))]);
      return { text: join(p.lines, inserted, p.eol), added, removed: [] };
    }
    const key = pos(p, (p.pair.key as Node).range![0]);
    const v = p.pair.value as Node | null;
    const line = p.lines[key.line]!;
    const before = line.text;
    if (v?.range && v.range[1] > v.range[0]) {
      // `indicators: {}` or `indicators: ~`: the value goes, a comment after it stays.
      const from = pos(p, v.range[0]);
      const to = pos(p, v.range[1]);
      if (from.line !== key.line || to.line !== key.line) return null;
      line.text = (line.text.slice(0, from.col).trimEnd() + line.text.slice(to.col)).trimEnd();
    }
    const indent = ' '.repeat(key.col + 2);
    const lines = entries.flatMap((e) => e.render(indent, '  '));
    push(key.line + 1, lines);
    const removed = line.text !== before ? [before] : [];
    if (removed.length) added.unshift(line.text);
    return { text: join(p.lines, inserted, p.eol), added, removed };
  }

  const keys = map.items.map((it) => ({ id: keyOf(it), ...pos(p, (it.key as Node).range![0]) }));
  const indent = keys[0]!.col;
  if (keys.some((k) => k.col !== indent || indentOf(p.lines[k.line]!.text) !== indent)) return null;
  const nested = map.items.find((it) => isMap(it.value) && !it.value.flow && it.value.items.length > 0)?.value as YAMLMap | undefined;
  const stepWidth = nested ? pos(p, (nested.items[0]!.key as Node).range![0]).col - indent : 2;
  const pad = ' '.repeat(indent);
  const step = ' '.repeat(stepWidth > 0 ? stepWidth : 2);

  for (const e of entries) {
    const r = rank(e.id);
    const next = keys.find((k) => Number.isFinite(rank(k.id)) && rank(k.id) > r);
    let at: number;
    if (next) {
      // Above the comment lines that sit directly on the next entry's key, at its indentation.
      at = next.line;
      while (at > 0 && isComment(p.lines[at - 1]!.text) && indentOf(p.lines[at - 1]!.text) === indent) at--;
    } else {
      const last = keys[keys.length - 1]!;
      at = entryEnd(p.lines, last.line, indent);
    }
    push(at, e.render(pad, step));
  }
  return { text: join(p.lines, inserted, p.eol), added, removed: [] };
}

/**
 * Remove entries: the key, its value's lines, and the generated comment above it (`# 牵头 · …`).
 * Other comments stay. When no entry is left the map becomes `indicators: {}`.
 */
export function removeIndicatorEntries(text: string, ids: string[]): EntriesEdit | null {
  const p = parse(text);
  if (!p) return null;
  const map = blockEntries(p);
  if (map === null) return null;
  if (map === 'empty') return ids.length === 0 ? { text, added: [], removed: [] } : null;
  const skip = new Set<number>();
  const wanted = new Set(ids);
  let left = 0;
  for (const it of map.items) {
    if (!wanted.has(keyOf(it))) {
      left++;
      continue;
    }
    const key = pos(p, (it.key as Node).range![0]);
    if (indentOf(p.lines[key.line]!.text) !== key.col) return null;
    let start = key.line;
    while (start > 0 && isEntryComment(p.lines[start - 1]!.text) && indentOf(p.lines[start - 1]!.text) === key.col) start--;
    for (let i = start; i < entryEnd(p.lines, key.line, key.col); i++) skip.add(i);
  }
  const removed = [...skip].sort((a, b) => a - b).map((i) => p.lines[i]!.text);
  const added: string[] = [];
  if (left === 0) {
    // An empty block map would read as null, which the schema refuses: say `{}`.
    const key = pos(p, (p.pair!.key as Node).range![0]);
    const line = p.lines[key.line]!;
    const colon = line.text.indexOf(':', key.col + keyOf(p.pair!).length);
    if (colon < 0) return null;
    removed.unshift(line.text);
    line.text = `${line.text.slice(0, colon + 1)} {}${line.text.slice(colon + 1)}`.replace(/ {}\s+#/, ' {} #');
    added.push(line.text);
  }
  return { text: join(p.lines, new Map(), p.eol, skip), added, removed };
}
