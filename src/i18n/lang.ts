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
