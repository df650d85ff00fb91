import type { Lang } from '../i18n/lang.js';
import { say, type ArgsParam, type MessageKey, type MessageRef } from '../i18n/messages.js';
import { visibleDeep } from '../util/escape-invisible.js';

/**
 * A catalog sentence whose arguments come from workspace YAML (unit and reviewer names, notes,
 * paths): every character that would act on a terminal or a CI log (ESC sequences such as OSC 52,
 * a line break starting a forged `::error::`) is shown as an escape, as every formatter does.
 */
export function tVisible<K extends MessageKey>(lang: Lang, key: K, ...args: ArgsParam<K>): string {
  return say(lang, { key, args: args[0] ?? {} } as MessageRef, visibleDeep);
}

/** A message made earlier (a refusal), said as `tVisible` says one. */
export function sayVisible(lang: Lang, ref: MessageRef): string {
  return say(lang, ref, visibleDeep);
}
