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

/** Inline tokens as styled spans: **strong** is bold; links keep their text; markup is dropped. */
function spans(tokens: Token[] | undefined, bold = false): Span[] {
  const out: Span[] = [];
  for (const t of tokens ?? []) {
    if (t.type === 'strong') out.push(...spans((t as Tokens.Strong).tokens, true));
    else if (t.type === 'em' || t.type === 'del' || t.type === 'link') out.push(...spans((t as Tokens.Em).tokens, bold));
    else if (t.type === 'br') out.push({ text: ' ', bold });
    else if (t.type === 'html') continue;
    else if (t.type === 'image') out.push({ text: (t as Tokens.Image).text, bold });
    else if ('tokens' in t && Array.isArray(t.tokens) && t.tokens.length) out.push(...spans(t.tokens, bold));
    else if ('text' in t && typeof t.text === 'string') out.push({ text: unescape(t.text), bold });
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
  return blocksOf(Lexer.lex(markdown.replace(/^\uFEFF/, '')), 0);
}
