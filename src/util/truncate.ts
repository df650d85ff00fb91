/** At most `max` characters (code points, so a CJK character counts one), with … when cut. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}

/** A text on one line (every run of white space one space), at most `max` characters: for comments and messages. */
export function oneLine(text: string, max: number): string {
  return clip(text.replace(/\s+/g, ' '), max);
}
