import { REMIND_PLACEHOLDERS, type RemindPlaceholder } from '../../model/remind-template.js';

/** A template split into its parts: literal text and placeholders, per line of title and body. */
export interface RemindTemplate {
  title: Part[];
  body: Part[][];
}

type Part = { text: string } | { name: RemindPlaceholder };

/** Why a template cannot be used: the 1-based line and the placeholder as written. */
export interface TemplateError {
  line: number;
  placeholder: string;
}

const KNOWN = new Set<string>(REMIND_PLACEHOLDERS);
// `{{` up to the first `}}` on the same line; no nested braces, so no backtracking.
const PLACEHOLDER = /\{\{([^{}\n]*)\}\}/g;

function splitLine(line: string, no: number): Part[] | TemplateError {
  const parts: Part[] = [];
  let last = 0;
  for (const m of line.matchAll(PLACEHOLDER)) {
    const name = (m[1] ?? '').trim();
    if (!KNOWN.has(name)) return { line: no, placeholder: m[0] };
    if (m.index > last) parts.push({ text: line.slice(last, m.index) });
    parts.push({ name: name as RemindPlaceholder });
    last = m.index + m[0].length;
  }
  if (last < line.length) parts.push({ text: line.slice(last) });
  return parts;
}

/** Read a template: the first line is the title, the rest the body; an unknown `{{…}}` is an error naming its line. */
export function parseRemindTemplate(text: string): RemindTemplate | TemplateError {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const parsed: Part[][] = [];
  for (const [i, line] of lines.entries()) {
    const parts = splitLine(line, i + 1);
    if (!Array.isArray(parts)) return parts;
    parsed.push(parts);
  }
  while (parsed.length > 1 && parsed[parsed.length - 1]!.length === 0) parsed.pop();
  return { title: parsed[0] ?? [], body: parsed.slice(1) };
}

export const isTemplateError = (t: RemindTemplate | TemplateError): t is TemplateError => 'placeholder' in t;

/** The values of one message; `tasks` may span lines (each line of a multi-line value keeps the placeholder's indent). */
export type RemindValues = Record<RemindPlaceholder, string>;

const fill = (parts: Part[], values: RemindValues): string => parts.map((p) => ('text' in p ? p.text : values[p.name])).join('');

/**
 * Fill a template in. Values are inserted as text: nothing in them is read as a placeholder again,
 * and the caller escapes them for Markdown. The title loses a leading `#` mark (it is the subject).
 */
export function fillRemindTemplate(t: RemindTemplate, values: RemindValues): { title: string; body: string } {
  const title = fill(t.title, values)
    .replace(/^#+[ \t]*/, '')
    .trim();
  const body = t.body.map((line) => fill(line, values)).join('\n');
  return { title, body: `${body.replace(/^\n+/, '').trimEnd()}\n` };
}
