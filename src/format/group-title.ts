import { t } from '../i18n/messages.js';
import type { FormatContext } from './format-options.js';

/** The heading findings are grouped under: `指标 9 <short title>`, or the workspace configuration. */
export function groupTitle(indicator: string, ctx: Pick<FormatContext, 'lang' | 'titles'>): string {
  if (!indicator) return t(ctx.lang, 'heading.workspace');
  const title = ctx.titles.get(indicator);
  return `${t(ctx.lang, 'heading.indicator', { id: indicator })}${title ? ` ${title}` : ''}`;
}
