export type Lang = 'zh' | 'en';

export function parseLang(v: string | undefined): Lang | undefined {
  if (v === undefined) return undefined;
  const s = v.toLowerCase();
  if (s.startsWith('zh') || s === 'cn') return 'zh';
  if (s.startsWith('en')) return 'en';
  return undefined;
}
