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

const SEPARATOR = '[-_ .．、，,　)）：:]';
// Written so no two quantifiers can trade the same blanks (super-linear on a name of spaces).
const CIRCLED_RUN = /^([①-⑳](?:\s*(?:[+、，,]\s*)?[①-⑳])*)/u;
const BRACKETED = /^[（(]\s*(\d{1,2})\s*[）)]/u;
const ORDINAL = /^第\s*(\d{1,2})\s*项/u;
const DIGIT_RUN = new RegExp(`^(\\d{1,2}(?:\\s*[+、，,]\\s*\\d{1,2})*)(?=$|${SEPARATOR})`, 'u');

/**
 * Material numbers a path segment starts with, read as people write them: `2-x`, `2_x`, `2.x`,
 * `2 x`, `2、x`, `（2）x`, `(2)x`, `2）x`, `②x`, `第2项x`, a folder `2` or `②`; several: `1+3-x`,
 * `1、3-x`, `①③x`, `①+③x`. A number must end at a separator, so `2019年总结.pdf` is not material
 * 2019. Returns null when the segment carries no number.
 */
export function materialNumbers(segment: string): number[] | null {
  const name = segment.normalize('NFC');
  const circledRun = CIRCLED_RUN.exec(name);
  if (circledRun?.[1]) return unique([...circledRun[1]].map(circledValue).filter((n): n is number => n !== undefined));
  const single = BRACKETED.exec(name) ?? ORDINAL.exec(name);
  if (single?.[1]) return positive([Number(single[1])]);
  const digits = DIGIT_RUN.exec(name);
  if (!digits?.[1]) return null;
  return positive(digits[1].split(/[+、，,]/u).map((n) => Number(n.trim())));
}

const unique = (nums: number[]): number[] => [...new Set(nums)];
const positive = (nums: number[]): number[] | null => (nums.length && nums.every((n) => n >= 1) ? unique(nums) : null);

const CHINESE_DIGITS = '一二三四五六七八九十';

/**
 * A name that follows the rule, for a file or folder whose name carries no readable material number:
 * `材料2 x.pdf` → `2-x.pdf`, `二、x.pdf` → `2-x.pdf`; an indicator with one material → `1-<name>`;
 * otherwise undefined (the user must say which material it is).
 */
export function suggestMaterialName(name: string, materialCount: number): string | undefined {
  // (?!\s): the blanks before the rest are all taken by \s*, never traded with (.*) (linear on any name).
  const prefixed = /^(?:材料|附件|附)\s*(\d{1,2}|[①-⑳])\s*(?:[-_.．、，,:：]\s*)?(?!\s)(.*)$/u.exec(name);
  if (prefixed) {
    const no = circledValue(prefixed[1]!) ?? Number(prefixed[1]);
    if (no >= 1 && no <= materialCount) return `${no}-${prefixed[2]}`;
  }
  const chinese = /^([一二三四五六七八九十])\s*[、.．]\s*(?!\s)(.*)$/u.exec(name);
  if (chinese) {
    const no = CHINESE_DIGITS.indexOf(chinese[1]!) + 1;
    if (no <= materialCount) return `${no}-${chinese[2]}`;
  }
  // Full-width digits typed with a Chinese input method: `１－方案.pdf` → `1-方案.pdf`.
  const wide = /^([０-９]{1,2})[－＿．、，　]?(?!\s)(.*)$/u.exec(name);
  if (wide) {
    const no = Number(wide[1]!.normalize('NFKC'));
    if (no >= 1 && no <= materialCount) return `${no}-${wide[2]}`;
  }
  return materialCount === 1 ? `1-${name}` : undefined;
}
