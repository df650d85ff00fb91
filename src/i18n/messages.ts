import { ASSIGN_TEXT } from './assign-text.js';
import { BUNDLE_TEXT } from './bundle-text.js';
import { CLI_TEXT } from './cli-text.js';
import { EXCEL_TEXT } from './excel-text.js';
import { COMMANDER_TEXT, HELP_TEXT } from './help-text.js';
import { MARKDOWN_TEXT } from './markdown-text.js';
import { STATUS_TEXT } from './status-text.js';
import { IMPORT_TEXT } from './import-text.js';
import { REVIEW_TEXT } from './review-text.js';
import { PROBLEM_TEXT } from './problem-text.js';
import { RETURNS_TEXT } from './returns-text.js';
import type { Lang, Message, MessageArgs } from './lang.js';

/**
 * The one catalog of everything ledger says that is not a diagnostic (those are keyed by their
 * code in diagnostic-text.ts). Keys are a closed union: a misspelt or missing key does not compile.
 */
const MESSAGES = {
  ...CLI_TEXT,
  ...EXCEL_TEXT,
  ...IMPORT_TEXT,
  ...HELP_TEXT,
  ...COMMANDER_TEXT,
  ...MARKDOWN_TEXT,
  ...STATUS_TEXT,
  ...BUNDLE_TEXT,
  ...REVIEW_TEXT,
  ...PROBLEM_TEXT,
  ...ASSIGN_TEXT,
  ...RETURNS_TEXT,
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof MESSAGES;

export function t(lang: Lang, key: MessageKey, args: MessageArgs = {}): string {
  return MESSAGES[key][lang](args);
}
