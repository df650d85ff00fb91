/** Shortened texts for places with little room: sheet 2's indicator cell, a cell quoted in a message. */

/** At most `max` characters (code points, so a CJK character counts one), with … when cut. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}

/** The first clause of an indicator's text (up to 。 or ；), at most `max` characters. */
export function shortTitle(text: string, max: number): string {
  return clip(text.split(/[。；;]/u)[0] ?? text, max);
}

/** A cell's text on one line, at most `max` characters, for quoting it in a message. */
export function oneLine(text: string, max: number): string {
  return clip(text.replace(/\s+/g, ' '), max);
}
