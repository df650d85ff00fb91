/**
 * HTML escaped by default: `markup\`<td>${name}</td>\`` escapes every interpolated value unless it
 * is SafeHtml, and SafeHtml is made only by this template (an instance of a class this module does
 * not export), so no text from a workspace reaches a page as markup and no call site escapes by
 * hand. Text is escaped for both element content and quoted attribute values.
 */
export abstract class SafeHtml {
  abstract toString(): string;
}

class Markup extends SafeHtml {
  constructor(private readonly text: string) {
    super();
  }
  toString(): string {
    return this.text;
  }
}

/** What may be interpolated: text and numbers (escaped), markup from `markup`, lists of these; nothing for null/undefined/false. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeText(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

function render(v: HtmlValue): string {
  if (v instanceof Markup) return v.toString();
  if (Array.isArray(v)) return v.map(render).join('');
  if (v === null || v === undefined || v === false) return '';
  // A SafeHtml not made here (a subclass elsewhere) is text like any other.
  return escapeText(String(v));
}

export function markup(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((v, i) => {
    out += render(v) + strings[i + 1]!;
  });
  return new Markup(out);
}

/** Markup joined with a separator written as markup (`\n` between sections). */
export function joinHtml(parts: readonly HtmlValue[], separator: string): SafeHtml {
  return new Markup(parts.map(render).join(escapeText(separator)));
}
