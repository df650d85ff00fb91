import { Help, type Command, type CommanderError, type Option } from 'commander';
import type { Lang } from '../i18n/lang.js';
import { t, type PlainMessageKey } from '../i18n/messages.js';

const TITLES: Record<string, PlainMessageKey> = {
  'Usage:': 'commander.title.usage',
  'Options:': 'commander.title.options',
  'Commands:': 'commander.title.commands',
  'Arguments:': 'commander.title.arguments',
  'Global Options:': 'commander.title.global-options',
};

/**
 * Make commander speak the catalog's language: help headings, option details, the help option
 * and command. Its error messages are rendered by `commanderMessage` instead of being printed.
 * Set on the program before commands are added, so every command inherits it.
 */
export function localizeCommander(program: Command, lang: Lang): void {
  program
    .configureHelp({
      // Subcommand help lists --workspace, --lang and --verbose too.
      showGlobalOptions: true,
      styleTitle: (s: string) => (TITLES[s] ? t(lang, TITLES[s]) : s),
      optionDescription: (o: Option) => describeOption(o, lang),
      commandUsage: (cmd: Command) => localizeUsage(new Help().commandUsage(cmd), lang),
      subcommandTerm: (cmd: Command) => localizeUsage(new Help().subcommandTerm(cmd), lang),
    })
    .helpOption('-h, --help', t(lang, 'help.opt.help'))
    .helpCommand('help [command]', t(lang, 'help.cmd.help'));
}

function localizeUsage(usage: string, lang: Lang): string {
  return usage.replace('[options]', t(lang, 'commander.usage.options')).replace('[command]', t(lang, 'commander.usage.command'));
}

function describeOption(o: Option, lang: Lang): string {
  const extra: string[] = [];
  const sep = lang === 'zh' ? '、' : ', ';
  if (o.argChoices) extra.push(t(lang, 'commander.choices', { choices: o.argChoices.join(sep) }));
  if (o.defaultValue !== undefined && (o.required || o.optional)) {
    extra.push(t(lang, 'commander.default', { value: o.defaultValueDescription ?? String(o.defaultValue) }));
  }
  if (extra.length === 0) return o.description;
  return lang === 'zh' ? `${o.description}（${extra.join('；')}）` : `${o.description} (${extra.join('; ')})`;
}

/** The user-facing sentence for a commander parse error, from its code and the facts in its English message. */
export function commanderMessage(e: CommanderError, lang: Lang): string {
  const m = e.message;
  const hint = /\(Did you mean (.+?)\?\)/i.exec(m)?.[1] ?? '';
  const quoted = [...m.matchAll(/'([^']*)'/g)].map((x) => x[1] ?? '');
  switch (e.code) {
    case 'commander.unknownOption':
      return t(lang, 'commander.unknown-option', { option: quoted[0] ?? '', hint });
    case 'commander.unknownCommand':
      return t(lang, 'commander.unknown-command', { command: quoted[0] ?? '', hint });
    case 'commander.missingArgument':
      return t(lang, 'commander.missing-argument', { name: quoted[0] ?? '' });
    case 'commander.optionMissingArgument':
      return t(lang, 'commander.option-missing-argument', { option: quoted[0] ?? '' });
    case 'commander.missingMandatoryOptionValue':
      return t(lang, 'commander.missing-option', { option: quoted[0] ?? '' });
    case 'commander.invalidArgument': {
      const choices = /Allowed choices are (.+)\.$/.exec(m)?.[1];
      if (choices) return t(lang, 'commander.invalid-choice', { option: quoted[0] ?? '', value: quoted[1] ?? '', choices });
      break;
    }
    case 'commander.excessArguments': {
      const [, expected = '', received = ''] = /Expected (\d+) arguments? but got (\d+)/.exec(m) ?? [];
      return t(lang, 'commander.excess-arguments', { command: quoted[0] ?? 'ledger', expected, received });
    }
  }
  return t(lang, 'commander.other', { detail: m.replace(/^error: /, '') });
}

/** The command a parse error belongs to, for the "see --help" hint. */
export function commandPath(program: Command, argv: string[]): string {
  const names = new Set(program.commands.map((c) => c.name()));
  const sub = argv.slice(2).find((a) => names.has(a));
  return sub ? `ledger ${sub}` : 'ledger';
}
