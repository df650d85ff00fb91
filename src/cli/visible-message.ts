import type { Lang } from '../i18n/lang.js';
import { t, type MessageKey } from '../i18n/messages.js';

type MessageArgs = Parameters<typeof t>[2];
import { visibleDeep } from '../util/visible-text.js';

/**
 * A catalog sentence whose arguments come from workspace YAML (unit and reviewer names, notes,
 * paths): every character that would act on a terminal or a CI log (ESC sequences such as OSC 52,
 * a line break starting a forged `::error::`) is shown as an escape, as every formatter does.
 */
export function tVisible(lang: Lang, key: MessageKey, args: MessageArgs = {}): string {
  return t(lang, key, visibleDeep(args));
}
