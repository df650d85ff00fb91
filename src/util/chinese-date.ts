const DIGITS = '〇一二三四五六七八九';

/** 1–99 in 汉字 as a date or a section number writes them: 一 … 十, 十一 … 十九, 二十, 二十一 … 九十九. */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/**
 * A YYYY-MM-DD day as the 成文日期 of an official document (GB/T 9704: 汉字, the year digit by
 * digit with 〇): 2026-12-07 → 二〇二六年十二月七日.
 */
export function chineseDate(day: string): string {
  const [y, m, d] = day.split('-');
  const year = [...(y ?? '')].map((c) => DIGITS[Number(c)] ?? c).join('');
  return `${year}年${chineseNumber(Number(m))}月${chineseNumber(Number(d))}日`;
}
