import { createTransport } from 'nodemailer';
import { networkDetail, isLoopback, type SendFailure } from './send-failure.js';

/** ledger.yaml `remind.smtp`, with the user and password from the environment. */
export interface SmtpSettings {
  host: string;
  port: number;
  secure?: boolean | undefined;
  from: string;
  user?: string | undefined;
  password?: string | undefined;
}

export interface Mailer {
  send(to: string, subject: string, text: string): Promise<SendFailure | null>;
  close(): void;
}

/** The SMTP error as facts: the server's reply, a refused login, or no connection at all. */
function failureOf(e: unknown): SendFailure {
  const err = e as Error & { code?: string; responseCode?: number; response?: string };
  if (err.code === 'EAUTH') return { kind: 'auth', detail: err.response ?? err.message };
  if (typeof err.responseCode === 'number') return { kind: 'refused', detail: err.response ?? `${err.responseCode} ${err.message}` };
  return { kind: 'unreachable', detail: networkDetail(e) };
}

/**
 * One SMTP connection for all the messages of a run (nodemailer). With a password the connection
 * must be encrypted (TLS on 465, else STARTTLS required) unless the server is on this machine.
 */
export function smtpMailer(s: SmtpSettings): Mailer {
  const secure = s.secure ?? s.port === 465;
  const transport = createTransport({
    host: s.host,
    port: s.port,
    secure,
    requireTLS: !secure && s.user !== undefined && !isLoopback(s.host),
    ...(s.user !== undefined ? { auth: { user: s.user, pass: s.password ?? '' } } : {}),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    async send(to, subject, text) {
      try {
        await transport.sendMail({ from: s.from, to, subject, text });
        return null;
      } catch (e) {
        return failureOf(e);
      }
    },
    close: () => transport.close(),
  };
}
