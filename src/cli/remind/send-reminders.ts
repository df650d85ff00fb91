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
  // The addresses and the secret are checked on a dry run too: it is the rehearsal of the real one.
  const url = webhook(ctx, o.channel === 'wecom' ? REMIND_ENV.wecomWebhook : REMIND_ENV.dingtalkWebhook);
  const secret = o.channel === 'dingtalk' ? requireEnv(ctx, REMIND_ENV.dingtalkSecret) : '';
  const robot = { to: () => label, close: () => {} };
  if (o.dryRun) return { ...robot, send: async () => null };
  const { postToRobot, robotBody, signedDingtalkUrl } = await import('../send/send-robot.js');
  // A long reminder is cut to what the robot takes, saying how to see the rest.
  const body = (m: RemindMessage): unknown =>
    robotBody(o.channel === 'wecom' ? 'wecom' : 'dingtalk', m, o.markdown, (cut) =>
      t(ctx.lang, 'remind.robot-cut', { lines: cut, unit: m.unit }),
    );
  if (o.channel === 'wecom') return { ...robot, send: (m) => postToRobot(url, body(m)) };
  // Signed per message: 钉钉 accepts a timestamp within an hour of its clock.
  return { ...robot, send: (m) => postToRobot(signedDingtalkUrl(url, secret, Date.now()), body(m)) };
}

function failureRef(f: SendFailure, unit: string, to: string): MessageRef {
  if (f.kind === 'errcode') return { key: 'remind.failed.errcode', args: { unit, to, code: f.code, detail: f.detail } };
  return { key: `remind.failed.${f.kind}`, args: { unit, to, detail: f.detail } };
}

/**
 * Get ready to send by one channel: the record of sends read and the settings and secrets checked
 * (before anything is printed), then a function that sends each unit's reminder, skipping those
 * already sent for this month (unless `--resend`), and records what went out in
 * reminders-sent.yaml (through the one writer). A failed recipient gets one line on stderr and no
 * record; any failure: exit 1.
 */
export async function prepareSend(
  ctx: CliContext,
  root: string,
  config: LedgerConfig,
  o: SendOptions,
): Promise<(reminders: Reminders, messages: RemindMessage[]) => Promise<number>> {
  const { loadRemindersSent, REMINDERS_SENT_FILE } = await import('../../load/load-reminders-sent.js');
  const record = loadRemindersSent(root);
  if (record.sent === null) throw new CannotRunError('remind.sent-broken', { line: record.diagnostics[0]?.line ?? 1 });
  const channel = await openChannel(ctx, config, o);
  return (reminders, messages) =>
    send(ctx, { root, file: REMINDERS_SENT_FILE, text: record.text, sent: record.sent ?? [] }, channel, reminders, messages, o);
}

async function send(
  ctx: CliContext,
  record: { root: string; file: string; text: string | null; sent: SentReminder[] },
  channel: Channel,
  reminders: Reminders,
  messages: RemindMessage[],
  o: SendOptions,
): Promise<number> {
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
    const file = path.join(record.root, record.file);
    await writePlan(
      ctx,
      [{ file, data: planRemindersSent(record.text, added), before: record.text === null ? { absent: true } : { text: record.text } }],
      record.root,
      (e) => new CannotRunError('remind.record-failed', { detail: (e as NodeJS.ErrnoException).code ?? String(e) }),
    );
    ctx.io.out(`${t(ctx.lang, 'remind.recorded', { count: added.length, file: record.file })}\n`);
  }
  if (!o.dryRun) ctx.io.out(`${t(ctx.lang, 'remind.send-summary', { sent: added.length, skipped, failed })}\n`);
  return failed ? EXIT.findings : EXIT.ok;
}
