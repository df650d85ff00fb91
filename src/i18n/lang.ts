export type Lang = 'zh' | 'en';

export function parseLang(v: string | undefined): Lang | undefined {
  if (v === undefined) return undefined;
  const s = v.toLowerCase();
  if (s.startsWith('zh') || s === 'cn') return 'zh';
  if (s.startsWith('en')) return 'en';
  return undefined;
}

export type MessageArgs = Record<string, string | number>;

/** One sentence in both languages. */
export interface Message {
  zh: (a: MessageArgs) => string;
  en: (a: MessageArgs) => string;
}

/** A sentence without arguments. */
export function fixed(zh: string, en: string): Message {
  return { zh: () => zh, en: () => en };
}

/** A list in running text, punctuated for the language: `、` in Chinese, `, ` in English (robust to a missing list). */
export function joinList(values: readonly (string | number)[] | string | number | undefined, lang: Lang): string {
  // A plain value: a finding recorded before lists were arrays (a run cache), shown as it was.
  if (!Array.isArray(values)) return values === undefined ? '' : String(values);
  return values.join(lang === 'zh' ? '、' : ', ');
}
