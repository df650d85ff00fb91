/** Why one message did not go out, as facts; the CLI words it (remind.failed.*). */
export type SendFailure =
  /** the mail server answered with an error (SMTP 5xx/4xx): `detail` its reply */
  | { kind: 'refused'; detail: string }
  /** the mail server refused the login */
  | { kind: 'auth'; detail: string }
  /** no connection: refused, timed out, name not found, TLS failed */
  | { kind: 'unreachable'; detail: string }
  /** the robot answered errcode ≠ 0 */
  | { kind: 'errcode'; code: number; detail: string }
  /** the robot's server answered an HTTP error or no JSON */
  | { kind: 'http'; detail: string };

/** What a socket-level error says: its code (ECONNREFUSED, ETIMEDOUT…) and message. */
export function networkDetail(e: unknown): string {
  const err = e as NodeJS.ErrnoException & { cause?: NodeJS.ErrnoException };
  const code = err.code ?? err.cause?.code;
  const message = err.cause?.message ?? err.message ?? String(e);
  return code && !message.includes(code) ? `${code} ${message}` : message;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** A host name that stays on this machine (a test's server). */
export const isLoopback = (host: string): boolean => LOOPBACK.has(host.toLowerCase()) || host.startsWith('127.');
