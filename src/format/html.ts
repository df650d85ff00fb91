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

/**
 * A whole offline page: the head every page of ledger's carries (UTF-8, the Chromium engine in
 * 360 and QQ browsers rather than their IE one, a viewport), its own style sheet, the sections.
 */
export function htmlPage(lang: 'zh' | 'en', title: string, css: SafeHtml, sections: readonly HtmlValue[]): string {
  return joinHtml(
    [
      markup`<!DOCTYPE html>`,
      markup`<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">`,
      markup`<head>`,
      markup`<meta charset="utf-8">`,
      markup`<meta http-equiv="X-UA-Compatible" content="IE=edge">`,
      markup`<meta name="renderer" content="webkit">`,
      markup`<meta name="viewport" content="width=device-width, initial-scale=1">`,
      markup`<title>${title}</title>`,
      markup`<style>${css}</style>`,
      markup`</head>`,
      markup`<body><main class="page">${joinHtml(sections, '\n')}</main></body>`,
      markup`</html>`,
      '',
    ],
    '\n',
  ).toString();
}
