/** At most `n` characters (code points) on one line, with an ellipsis when cut. */
export function truncate(s: string, n: number): string {
  const chars = [...s.replace(/\s*[\r\n]+\s*/g, ' ')];
  return chars.length > n ? `${chars.slice(0, n).join('')}…` : chars.join('');
}
