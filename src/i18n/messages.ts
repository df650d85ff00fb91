import { ASSIGN_TEXT } from './assign-messages.js';
import { BUNDLE_TEXT } from './bundle-messages.js';
import { CATALOG_TEXT } from './catalog-messages.js';
import { CI_TEXT } from './ci-messages.js';
import { CLI_TEXT } from './cli-messages.js';
import { EXCEL_TEXT } from './excel-messages.js';
import { COMMANDER_TEXT, HELP_TEXT } from './help-messages.js';
import { MARKDOWN_TEXT } from './markdown-messages.js';
import { STATUS_TEXT } from './status-messages.js';
import { IMPORT_TEXT } from './import-messages.js';
import { REVIEW_TEXT } from './review-messages.js';
import { PROBLEM_TEXT } from './problem-messages.js';
import { UNIT_TEXT } from './unit-messages.js';
import { RETURNS_TEXT } from './returns-messages.js';
import { REMIND_TEXT } from './remind-messages.js';
import { NOTICE_TEXT } from './notice-messages.js';
import { LINK_TEXT } from './link-messages.js';
import { WRITE_TEXT } from './write-messages.js';
import { ROLLUP_TEXT } from './rollup-messages.js';
import type { AnyMessage, Lang, MessageArgs } from './lang.js';

/**
 * The one catalog of everything ledger says that is not a diagnostic (those are keyed by their
 * code in diagnostic-messages.ts). Keys are a closed union: a misspelt or missing key does not compile.
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
  ...CI_TEXT,
  ...UNIT_TEXT,
  ...RETURNS_TEXT,
  ...REMIND_TEXT,
  ...NOTICE_TEXT,
  ...LINK_TEXT,
  ...WRITE_TEXT,
  ...CATALOG_TEXT,
  ...ROLLUP_TEXT,
} satisfies Record<string, AnyMessage>;

export type MessageKey = keyof typeof MESSAGES;

/** The arguments the message `K` reads (declared with msg<…> in its *-messages.ts file). */
export type ArgsOf<K extends MessageKey> = (typeof MESSAGES)[K]['zh'] extends (a: infer A) => string ? A : never;

/** Nothing to pass to a message that reads nothing; exactly its arguments otherwise. */
export type ArgsParam<K extends MessageKey> = Record<never, never> extends ArgsOf<K> ? [args?: ArgsOf<K>] : [args: ArgsOf<K>];

/** A key and its arguments as a call's parameters: `(key, args)`, checked together. */
export type MessageCall = { [K in MessageKey]: [key: K, ...args: ArgsParam<K>] }[MessageKey];

/** The keys of the messages that read no arguments (titles, labels). */
export type PlainMessageKey = { [K in MessageKey]: Record<never, never> extends ArgsOf<K> ? K : never }[MessageKey];

/** A message to say later, with its arguments, checked where it is made (a refusal, an error, an import problem). */
export type MessageRef = { [K in MessageKey]: { key: K; args: ArgsOf<K> } }[MessageKey];

export function t<K extends MessageKey>(lang: Lang, key: K, ...args: ArgsParam<K>): string {
  return (MESSAGES[key][lang] as (a: MessageArgs) => string)((args[0] ?? {}) as MessageArgs);
}

/**
 * Say a message made earlier (its arguments were checked when it was made), its arguments passed
 * through `shown` first (the CLI makes control characters in file names visible).
 */
export function say(lang: Lang, m: MessageRef, shown: (a: MessageArgs) => MessageArgs = (a) => a): string {
  return (MESSAGES[m.key][lang] as (a: MessageArgs) => string)(shown(m.args as MessageArgs));
}
