/**
 * Characters of a 情况说明 as the plan counts 字数: every character of the text, punctuation
 * included, without whitespace and Markdown markup (emphasis, list markers). The document title
 * (a level-1 heading) is not part of the statement; subheadings are.
 */
export function statementLength(markdown: string): number {
  const text = markdown
    .replace(/^\uFEFF/, '')
    .replace(/^\s{0,3}#\s+.*$/gm, '')
    .replace(/^\s{0,3}#{2,6}\s+/gm, '')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
    .replace(/^\s*>\s?/gm, '')
    .replace(/[*_`]/g, '')
    .replace(/\s+/gu, '');
  return [...text].length;
}
