import type { Lang } from './lang.js';

const TYPE_NAMES: Record<string, [string, string]> = {
  string: ['文本', 'text'],
  number: ['数字', 'a number'],
  boolean: ['true 或 false', 'true or false'],
  object: ['映射（键: 值）', 'a mapping (key: value)'],
  array: ['列表', 'a list'],
  record: ['映射（键: 值）', 'a mapping (key: value)'],
};

/** Render the tagged `expected` string of a schema finding (see load/zod-issue.ts). */
export function renderExpected(tagged: string, lang: Lang): string {
  const i = tagged.indexOf(':');
  const tag = i < 0 ? tagged : tagged.slice(0, i);
  const rest = i < 0 ? '' : tagged.slice(i + 1);
  const zh = lang === 'zh';
  switch (tag) {
    case 'type': {
      const names = TYPE_NAMES[rest];
      return names ? names[zh ? 0 : 1] : rest;
    }
    case 'enum':
      return zh ? `以下之一：${rest.split('|').join('、')}` : `one of ${rest.split('|').join(', ')}`;
    case 'minItems':
      return zh ? `至少 ${rest} 项` : `at least ${rest} item(s)`;
    case 'minLength':
      return zh ? '非空文本' : 'non-empty text';
    case 'min':
      return zh ? `不小于 ${rest}` : `at least ${rest}`;
    case 'max':
      return zh ? `不大于 ${rest}` : `at most ${rest}`;
    default:
      return rest;
  }
}
