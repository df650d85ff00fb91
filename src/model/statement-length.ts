/**
 * Characters of a 情况说明 as the plan counts 字数: every character of the text, punctuation
 * included, without whitespace and Markdown markup (emphasis, list markers). The document title
 * (a level-1 heading) is not part of the statement; subheadings are.
 */
export function statementLength(markdown: string): number {
  const text = markdown
    .replace(/^\uFEFF/, '')
    // Blanks within a line only ([^\S\n\r\u2028\u2029]): `^\s*` ran across every following blank
    // line at each line start, quadratic in a text of blank lines (40 s per 100 KB).
    .replace(/^[^\S\n\r\u2028\u2029]{0,3}#[^\S\n\r\u2028\u2029].*$/gm, '')
    .replace(/^[^\S\n\r\u2028\u2029]{0,3}#{2,6}[^\S\n\r\u2028\u2029]+/gm, '')
    .replace(/^[^\S\n\r\u2028\u2029]*(?:[-*+]|\d+\.)[^\S\n\r\u2028\u2029]+/gm, '')
    .replace(/^[^\S\n\r\u2028\u2029]*>/gm, '')
    .replace(/[*_`]/g, '')
    .replace(/\s+/gu, '');
  // Code points, counted without spreading the text into an array.
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff || i + 1 === text.length) count++;
    else {
      const d = text.charCodeAt(i + 1);
      count++;
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return count;
}
