import path from 'node:path';
import type { Reminders } from '../../check/remind/reminders.js';
import { CannotRunError } from '../../diagnostics/cannot-run-error.js';
import type { RemindMessage } from '../../format/remind/remind-message.js';
import { t, type MessageRef } from '../../i18n/messages.js';
import type { LedgerConfig } from '../../model/schemas/ledger-config.js';
import type { RemindChannel, SentReminder } from '../../model/schemas/reminders-sent.js';
import { writePlan } from '../apply-writes.js';
import { EXIT, type CliContext } from '../context.js';
import type { SendFailure } from '../send/send-failure.js';
import { isLoopback } from '../send/send-failure.js';

/** Environment variables: secrets never come from the repository. */
export const REMIND_ENV = {
  smtpUser: 'LEDGER_SMTP_USER',
  smtpPassword: 'LEDGER_SMTP_PASSWORD',
  wecomWebhook: 'LEDGER_WECOM_WEBHOOK',
  dingtalkWebhook: 'LEDGER_DINGTALK_WEBHOOK',
  dingtalkSecret: 'LEDGER_DINGTALK_SECRET',
  /** tests only: allow an http:// robot address on this machine (the tests' own server) */
  testHttpLoopback: 'LEDGER_TEST_HTTP_LOOPBACK',
} as const;

interface SendOptions {
  channel: RemindChannel;
  dryRun: boolean;
  resend: boolean;
  markdown: boolean;
}

/** One way out: who a unit's message goes to, and how it is sent. */
interface Channel {
  /** the recipient shown and recorded; null: this unit cannot be reached this way */
  to(m: RemindMessage): string | null;
  send(m: RemindMessage, to: string): Promise<SendFailure | null>;
  close(): void;
}

function requireEnv(ctx: CliContext, name: string): string {
  const v = ctx.io.env[name];
  if (v === undefined || v === '') throw new CannotRunError('remind.env-missing', { name });
  return v;
}

/** A robot's webhook from the environment: https only (http on this machine only when a test says so). */
function webhook(ctx: CliContext, name: string): string {
  const raw = requireEnv(ctx, name);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new CannotRunError('remind.webhook-insecure', { name });
  }
  const testLoopback = ctx.io.env[REMIND_ENV.testHttpLoopback] === '1' && url.protocol === 'http:' && isLoopback(url.hostname);
  if (url.protocol !== 'https:' && !testLoopback) throw new CannotRunError('remind.webhook-insecure', { name });
  return raw;
}

async function openChannel(ctx: CliContext, config: LedgerConfig, o: SendOptions): Promise<Channel> {
  if (o.channel === 'email') {
    const smtp = config.remind?.smtp;
    if (!smtp) throw new CannotRunError('remind.smtp-missing');
    const user = ctx.io.env[REMIND_ENV.smtpUser] || undefined;
    if (o.dryRun) return { to: (m) => m.email, send: async () => null, close: () => {} };
    const { smtpMailer } = await import('../send/send-email.js');
    const mailer = smtpMailer({ ...smtp, user, password: ctx.io.env[REMIND_ENV.smtpPassword] });
    return { to: (m) => m.email, send: (m, to) => mailer.send(to, m.title, m.body), close: () => mailer.close() };
  }
  const label = t(ctx.lang, o.channel === 'wecom' ? 'remind.channel.wecom' : 'remind.channel.dingtalk');
  const robot = { to: () => label, close: () => {} };
  if (o.dryRun) return { ...robot, send: async () => null };
  const { postToRobot, robotBody, signedDingtalkUrl } = await import('../send/send-robot.js');
  // A long reminder is cut to what the robot takes, saying how to see the rest.
  const body = (channel: 'wecom' | 'dingtalk', m: RemindMessage): unknown =>
    robotBody(channel, m, o.markdown, (cut) => t(ctx.lang, 'remind.robot-cut', { lines: cut, unit: m.unit }));
  if (o.channel === 'wecom') {
    const url = webhook(ctx, REMIND_ENV.wecomWebhook);
    return { ...robot, send: (m) => postToRobot(url, body('wecom', m)) };
  }
  const url = webhook(ctx, REMIND_ENV.dingtalkWebhook);
  const secret = requireEnv(ctx, REMIND_ENV.dingtalkSecret);
  // Signed per message: 钉钉 accepts a timestamp within an hour of its clock.
  return { ...robot, send: (m) => postToRobot(signedDingtalkUrl(url, secret, Date.now()), body('dingtalk', m)) };
}

function failureRef(f: SendFailure, unit: string, to: string): MessageRef {
  if (f.kind === 'errcode') return { key: 'remind.failed.errcode', args: { unit, to, code: f.code, detail: f.detail } };
  return { key: `remind.failed.${f.kind}`, args: { unit, to, detail: f.detail } };
}

/**
 * Send each unit's reminder by one channel, skipping those already sent for this month (unless
 * `--resend`), and record what went out in reminders-sent.yaml (through the one writer). A failed
 * recipient gets one line on stderr and no record; any failure: exit 1.
 */
export async function sendReminders(
  ctx: CliContext,
  root: string,
  config: LedgerConfig,
  reminders: Reminders,
  messages: RemindMessage[],
  o: SendOptions,
): Promise<number> {
  const { loadRemindersSent, REMINDERS_SENT_FILE } = await import('../../load/load-reminders-sent.js');
  const record = loadRemindersSent(root);
  if (record.sent === null) throw new CannotRunError('remind.sent-broken', { line: record.diagnostics[0]?.line ?? 1 });
  const channel = await openChannel(ctx, config, o);
  const name = t(ctx.lang, `remind.channel.${o.channel}`);
  const month = reminders.month;
  const added: SentReminder[] = [];
  let skipped = 0;
  let failed = 0;
  const say = (m: MessageRef): void => ctx.io.err(`${t(ctx.lang, m.key, m.args as never)}\n`);
  try {
    for (const m of messages) {
      const before = record.sent.find((s) => s.unit === m.unit && s.month === month && s.channel === o.channel);
      if (before && !o.resend) {
        skipped++;
        ctx.io.out(`${t(ctx.lang, 'remind.already-sent', { unit: m.name, month, channel: name, date: before.date })}\n`);
        continue;
      }
      const to = channel.to(m);
      if (to === null) {
        failed++;
        say({ key: 'remind.failed.no-email', args: { unit: m.name } });
        continue;
      }
      if (o.dryRun) {
        ctx.io.out(`${t(ctx.lang, 'remind.would-send', { unit: m.name, to, channel: name })}\n`);
        continue;
      }
      const failure = await channel.send(m, to);
      if (failure) {
        failed++;
        say(failureRef(failure, m.name, to));
        continue;
      }
      added.push({ unit: m.unit, month, channel: o.channel, to, date: reminders.today });
      ctx.io.out(`${t(ctx.lang, 'remind.sent', { unit: m.name, to, channel: name })}\n`);
    }
  } finally {
    channel.close();
  }
  if (added.length) {
    const { planRemindersSent } = await import('../../edit/remind/plan-reminders-sent.js');
    const file = path.join(root, REMINDERS_SENT_FILE);
    await writePlan(
      ctx,
      [{ file, data: planRemindersSent(record.text, added), before: record.text === null ? { absent: true } : { text: record.text } }],
      root,
      (e) => new CannotRunError('remind.record-failed', { detail: (e as NodeJS.ErrnoException).code ?? String(e) }),
    );
    ctx.io.out(`${t(ctx.lang, 'remind.recorded', { count: added.length, file: REMINDERS_SENT_FILE })}\n`);
  }
  if (!o.dryRun) ctx.io.out(`${t(ctx.lang, 'remind.send-summary', { sent: added.length, skipped, failed })}\n`);
  return failed ? EXIT.findings : EXIT.ok;
}
