import { Option, type Command } from 'commander';
import { CannotRunError } from '../../diagnostics/cannot-run-error.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import type { RemindChannel } from '../../model/schemas/reminders-sent.js';
import { EXIT, type Runner } from '../context.js';

/** The options of `ledger remind`. */
interface RemindFlags {
  unit?: string;
  format?: 'text' | 'markdown';
  daysBefore?: string;
  send?: RemindChannel;
  dryRun?: boolean;
  resend?: boolean;
  cache: boolean;
}

function daysBefore(value: string | undefined): number {
  if (value === undefined) return 7;
  const n = Number(value);
  if (!/^\d{1,3}$/.test(value) || n > 365) throw new CannotRunError('remind.days-invalid', { value });
  return n;
}

export function registerRemind(program: Command, lang: Lang, runner: Runner): void {
  program
    .command('remind')
    .description(t(lang, 'help.cmd.remind'))
    .option('--unit <unit>', t(lang, 'help.remind.unit'))
    .addOption(new Option('--format <format>', t(lang, 'help.remind.format')).choices(['text', 'markdown']))
    .option('--days-before <n>', t(lang, 'help.remind.days-before'))
    .addOption(new Option('--send <channel>', t(lang, 'help.remind.send')).choices(['email', 'wecom', 'dingtalk']))
    .option('--dry-run', t(lang, 'help.remind.dry-run'))
    .option('--resend', t(lang, 'help.remind.resend'))
    .option('--no-cache', t(lang, 'help.check.no-cache'))
    .action((flags: RemindFlags) =>
      runner(async (ctx) => {
        const { runReminders, remindTemplate } = await import('../remind/build-reminders.js');
        const { remindMessages, printedMessages } = await import('../../format/remind/remind-message.js');
        const days = daysBefore(flags.daysBefore);
        const { root, config, reminders } = await runReminders(ctx, { unit: flags.unit, cache: flags.cache, daysBefore: days });
        const format = flags.format ?? 'text';
        const messages = remindMessages(reminders, await remindTemplate(ctx, root), ctx.lang, format);
        const summary = `${t(ctx.lang, 'remind.summary', { count: messages.length, quiet: reminders.quiet.length })}\n`;
        // Settings, secrets and the record of sends are checked before anything is printed.
        const { prepareSend } = await import('../remind/send-reminders.js');
        const send = flags.send
          ? await prepareSend(ctx, root, config, {
              channel: flags.send,
              dryRun: flags.dryRun === true,
              resend: flags.resend === true,
              markdown: format === 'markdown',
            })
          : null;
        // Without --send, and with --dry-run, the messages themselves are the output.
        if (!send || flags.dryRun) {
          if (messages.length) ctx.io.out(`${printedMessages(messages, format)}\n`);
          ctx.io.err(summary);
        }
        return send ? send(reminders, messages) : EXIT.ok;
      }),
    );
}
