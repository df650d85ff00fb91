/** The circled numbers the plan uses for materials (①…⑳); one UTF-16 unit each. */
export const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** ①…⑳ as printed in the plan; (21) and up past the circled range. */
export function circled(n: number): string {
  return CIRCLED[n - 1] ?? `(${n})`;
}

/** The number a circled character stands for, or undefined. */
export function circledValue(c: string): number | undefined {
  const i = CIRCLED.indexOf(c);
  return c.length === 1 && i >= 0 ? i + 1 : undefined;
}

/**
 * Material numbers a path segment starts with, per the naming rule: `2-x.pdf`, `2_x.pdf`,
 * `2 x.pdf`, `2.pdf`, `②x.pdf`, `1+3-x.pdf`, or a folder `2`, `2-x`, `②`.
 * A number must end at a separator so that `2019年总结.pdf` is not material 2019.
 * Returns null when the segment carries no number.
 */
export function materialNumbers(segment: string): number[] | null {
  const name = segment.normalize('NFC');
  const circled = /^([①-⑳](?:\s*\+\s*[①-⑳])*)/u.exec(name);
  if (circled?.[1]) {
    return [...circled[1]].map(circledValue).filter((n): n is number => n !== undefined);
  }
  const digits = /^(\d{1,2}(?:\+\d{1,2})*)(?=$|[-_ .．、，,　)）])/u.exec(name);
  if (!digits?.[1]) return null;
  const nums = digits[1].split('+').map(Number);
  return nums.every((n) => n >= 1) ? [...new Set(nums)] : null;
}
