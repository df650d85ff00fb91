export type Lang = 'zh' | 'en';

export function parseLang(v: string | undefined): Lang | undefined {
  if (v === undefined) return undefined;
  const s = v.toLowerCase();
  if (s.startsWith('zh') || s === 'cn') return 'zh';
  if (s.startsWith('en')) return 'en';
  return undefined;
}

/** What a message reads when it hands its arguments on whole (to a helper that picks what it needs). */
export type MessageArgs = Record<string, string | number>;

/**
 * The arguments of a message that reads the values named `K` and the lists named `L` (joined by
 * the message for its language, see joinList); `K = string`: whatever it is given, see MessageArgs.
 */
export type ArgsFor<K extends string, L extends string = never> = string extends K
  ? MessageArgs
  : { [P in K]: string | number } & { [P in L]: readonly (string | number)[] };

/** One sentence in both languages, reading the values named `K` and the lists named `L`. */
export interface Message<K extends string = never, L extends string = never> {
  zh: (a: ArgsFor<K, L>) => string;
  en: (a: ArgsFor<K, L>) => string;
}

/** Any message, whatever it reads (what a catalog of messages is made of). */
export interface AnyMessage {
  zh: (a: never) => string;
  en: (a: never) => string;
}

/** A sentence that reads the arguments named `K`: the catalog's type then makes every `t()` call pass exactly these. */
export function msg<K extends string, L extends string = never>(m: Message<K, L>): Message<K, L> {
  return m;
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
