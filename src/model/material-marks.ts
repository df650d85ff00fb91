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
