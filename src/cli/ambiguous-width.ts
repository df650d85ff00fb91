import type { AmbiguousWidth } from '../util/display-width.js';

/**
 * How wide the terminal draws East Asian Ambiguous characters (①②, “”, …, —): Chinese, Japanese
 * and Korean consoles draw them two columns wide, others one. LEDGER_AMBIGUOUS_WIDTH=1|2 says so
 * outright (a Windows console, a terminal set against its locale); otherwise the locale decides, in
 * the order POSIX reads it: LC_ALL, then LC_CTYPE, then LANG.
 */
export function ambiguousWidthFor(env: NodeJS.ProcessEnv): AmbiguousWidth {
  const stated = env.LEDGER_AMBIGUOUS_WIDTH?.trim();
  if (stated === '1' || stated === '2') return stated === '2' ? 2 : 1;
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG || '';
  return /^(?:zh|ja|ko)(?:[_.@-]|$)/i.test(locale) ? 2 : 1;
}
