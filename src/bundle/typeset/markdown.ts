import { Lexer, type Token, type Tokens } from 'marked';
import type { Block, Paragraph } from './layout.js';
import type { Span } from './line-break.js';

/**
 * Type sizes of a 情况说明 after GB/T 9704: body 3号 (16 pt) on a 29 pt line (22 lines in the type
 * area), paragraphs indented two characters; the title 2号 (22 pt), centred.
 */
const BODY = 16;
const LEADING = 29;
const TITLE = 22;

/**
 * Inline tokens as styled spans: **strong** is bold; links keep their text; markup is dropped.
 * Walked with an explicit stack, not by recursion: nesting depth costs memory, never the call stack.
 */
function spans(tokens: Token[] | undefined, bold = false): Span[] {
  const out: Span[] = [];
  const stack: { tokens: Token[]; at: number; bold: boolean }[] = [{ tokens: tokens ?? [], at: 0, bold }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const t = top.tokens[top.at++];
    if (t === undefined) {
      stack.pop();
      continue;
    }
    const b = top.bold;
    if (t.type === 'strong') stack.push({ tokens: (t as Tokens.Strong).tokens, at: 0, bold: true });
    else if (t.type === 'em' || t.type === 'del' || t.type === 'link') stack.push({ tokens: (t as Tokens.Em).tokens, at: 0, bold: b });
    else if (t.type === 'br') out.push({ text: ' ', bold: b });
    else if (t.type === 'html') continue;
    else if (t.type === 'image') out.push({ text: (t as Tokens.Image).text, bold: b });
    else if ('tokens' in t && Array.isArray(t.tokens) && t.tokens.length) stack.push({ tokens: t.tokens, at: 0, bold: b });
    else if ('text' in t && typeof t.text === 'string') out.push({ text: unescape(t.text), bold: b });
  }
  // Soft line breaks inside a Chinese paragraph are not spaces.
  return out.map((s) => ({ ...s, text: s.text.replace(/([^\x00-\x7f])\n([^\x00-\x7f])/g, '$1$2').replace(/\n/g, ' ') }));
}

function unescape(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

const body = (sp: Span[], extra: Partial<Paragraph> = {}): Paragraph => ({
  kind: 'para',
  spans: sp,
  size: BODY,
  leading: LEADING,
  align: 'justify',
  firstIndent: 2 * BODY,
  ...extra,
});

function blocksOf(tokens: Token[], indent: number): Block[] {
  const out: Block[] = [];
  for (const t of tokens) {
    switch (t.type) {
      case 'heading': {
        const h = t as Tokens.Heading;
        const title = h.depth === 1;
        out.push({
          kind: 'para',
          spans: spans(h.tokens, true),
          size: title ? TITLE : BODY,
          leading: title ? 40 : LEADING,
          align: title ? 'center' : 'left',
          firstIndent: title ? 0 : 2 * BODY,
          spaceBefore: title ? 0 : 6,
          spaceAfter: title ? 18 : 0,
          keepWithNext: true,
        });
        break;
      }
      case 'paragraph':
      case 'text':
        out.push(body(spans((t as Tokens.Paragraph).tokens ?? [{ type: 'text', raw: t.raw, text: t.raw } as Token]), { indent }));
        break;
      case 'list': {
        const l = t as Tokens.List;
        const start = typeof l.start === 'number' ? l.start : 1;
        l.items.forEach((item, i) => {
          const marker = l.ordered ? `${start + i}.` : '•';
          const [first, ...rest] = item.tokens;
          const lead = first && (first.type === 'text' || first.type === 'paragraph') ? spans((first as Tokens.Text).tokens ?? []) : [];
          out.push(body(lead, { indent: indent + 2 * BODY, firstIndent: 0, marker }));
          out.push(...blocksOf(first && lead.length ? rest : item.tokens, indent + 2 * BODY));
        });
        break;
      }
      case 'blockquote':
        out.push(...blocksOf((t as Tokens.Blockquote).tokens, indent + 2 * BODY));
        break;
      case 'code':
        for (const line of (t as Tokens.Code).text.split('\n')) out.push(body([{ text: line }], { indent, firstIndent: 0, align: 'left' }));
        break;
      case 'table': {
        const tb = t as Tokens.Table;
        const row = (cells: Tokens.TableCell[]): Span[] => cells.flatMap((c, i) => [...(i ? [{ text: '　|　' }] : []), ...spans(c.tokens)]);
        out.push(body(row(tb.header), { indent, firstIndent: 0, align: 'left' }));
        for (const r of tb.rows) out.push(body(row(r), { indent, firstIndent: 0, align: 'left' }));
        break;
      }
      case 'hr':
        out.push({ kind: 'rule' });
        break;
      default:
        break;
    }
  }
  return out;
}

/** The blocks of a 情况说明 written in Markdown: headings, paragraphs, lists, quotes, tables as lines. */
export function markdownBlocks(markdown: string): Block[] {
  const source = limitNesting(markdown.replace(/^\uFEFF/, ''));
  let tokens: Token[];
  try {
    tokens = Lexer.lex(source);
  } catch (e) {
    // The parser (marked) recurses per level of nesting; limitNesting keeps real text far from its
    // stack's end, and anything else is set as plain paragraphs rather than abort `bundle --all`.
    if (!(e instanceof RangeError)) throw e;
    return plainParagraphs(source);
  }
  return blocksOf(tokens, 0);
}

/** Nesting a 情况说明 never needs: quote levels and list indentation past these are flattened. */
const MAX_QUOTE_DEPTH = 6;
const MAX_INDENT = 24;
const MAX_LIST_MARKERS = 4;
/** Runs of emphasis markers longer than `***` mean nothing in Markdown: shown as typed. */
const MAX_MARKER_RUN = 3;

/**
 * Bound what makes the Markdown parser recurse, line by line with plain loops: `>` quote markers,
 * leading indentation (nested lists), and runs of `*`, `_` or `~` (50,000 nested `**` overflowed
 * the stack and aborted the whole `bundle --all`), which are escaped so they print as typed.
 */
export function limitNesting(text: string): string {
  const lines = text.split('\n');
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    let i = 0;
    let quotes = 0;
    let kept = '';
    for (;;) {
      let j = i;
      while (j < line.length && (line[j] === ' ' || line[j] === '\t')) j++;
      if (line[j] !== '>') break;
      if (++quotes <= MAX_QUOTE_DEPTH) kept += line.slice(i, j + 1);
      i = j + 1;
    }
    let indentEnd = i;
    while (indentEnd < line.length && (line[indentEnd] === ' ' || line[indentEnd] === '\t')) indentEnd++;
    const indent = line.slice(i, Math.min(indentEnd, i + MAX_INDENT));
    const rest = line.slice(indentEnd);
    const markersEnd = listMarkersEnd(rest);
    lines[k] = kept + indent + rest.slice(0, markersEnd.keep) + escapeLongRuns(rest.slice(markersEnd.end));
  }
  return lines.join('\n');
}

/** `- - - x` opens a list per marker: how far MAX_LIST_MARKERS of them reach, and where they end. */
function listMarkersEnd(s: string): { keep: number; end: number } {
  let i = 0;
  let n = 0;
  let keep = 0;
  for (;;) {
    let j = i;
    if (s[j] === '-' || s[j] === '*' || s[j] === '+') j++;
    else {
      while (j < s.length && j - i < 9 && s[j]! >= '0' && s[j]! <= '9') j++;
      if (j === i || (s[j] !== '.' && s[j] !== ')')) break;
      j++;
    }
    if (s[j] !== ' ' && s[j] !== '\t') break;
    while (s[j] === ' ' || s[j] === '\t') j++;
    if (++n <= MAX_LIST_MARKERS) keep = j;
    i = j;
  }
  return { keep, end: i };
}

function escapeLongRuns(s: string): string {
  let out = '';
  for (let i = 0; i < s.length;) {
    const c = s[i]!;
    let j = i + 1;
    if (c === '*' || c === '_' || c === '~') while (j < s.length && s[j] === c) j++;
    out += j - i > MAX_MARKER_RUN ? `\\${c}`.repeat(j - i) : s.slice(i, j);
    i = j;
  }
  return out;
}

/** The text as paragraphs (blank lines between), markup and all: the fallback when parsing fails. */
function plainParagraphs(text: string): Block[] {
  const out: Block[] = [];
  let para: string[] = [];
  const flush = (): void => {
    if (para.length) out.push(body([{ text: para.join('') }]));
    para = [];
  };
  for (const line of text.split('\n')) {
    if (line.trim() === '') flush();
    else para.push(line.trim());
  }
  flush();
  return out;
}
