import { createHmac } from 'node:crypto';
import { networkDetail, type SendFailure } from './send-failure.js';

/** The 钉钉 robot's signature of `timestamp` (ms): HMAC-SHA256 of "timestamp\nsecret" keyed by the secret, base64. */
export function dingtalkSign(secret: string, timestamp: number): string {
  return createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
}

/** The webhook URL with the 钉钉 signature appended as the robot requires (`&timestamp=…&sign=…`, URL-encoded). */
export function signedDingtalkUrl(webhook: string, secret: string, timestamp: number): string {
  const sep = webhook.includes('?') ? '&' : '?';
  return `${webhook}${sep}timestamp=${timestamp}&sign=${encodeURIComponent(dingtalkSign(secret, timestamp))}`;
}

/**
 * What a robot takes in one message, in UTF-8 bytes: 企业微信 2048 for text and 4096 for
 * Markdown; 钉钉 20000 (kept under it).
 */
export const ROBOT_LIMITS = { wecom: { text: 2048, markdown: 4096 }, dingtalk: { text: 18000, markdown: 18000 } } as const;

/** `text` cut at a line so that it and the note about what was cut fit in `max` bytes. */
export function fitBytes(text: string, max: number, note: (cut: number) => string): string {
  if (Buffer.byteLength(text) <= max) return text;
  const lines = text.split('\n');
  for (let keep = lines.length - 1; keep > 0; keep--) {
    const out = `${lines.slice(0, keep).join('\n')}\n${note(lines.length - keep)}`;
    if (Buffer.byteLength(out) <= max) return out;
  }
  return note(lines.length);
}

/** The JSON a group robot takes for one message: Markdown when the reminder is Markdown, else text; cut to the robot's limit. */
export function robotBody(
  channel: 'wecom' | 'dingtalk',
  m: { title: string; body: string },
  markdown: boolean,
  note: (cut: number) => string,
): unknown {
  const limit = ROBOT_LIMITS[channel][markdown ? 'markdown' : 'text'];
  const content = fitBytes(markdown ? `# ${m.title}\n\n${m.body}` : `${m.title}\n\n${m.body}`, limit, note);
  if (!markdown) return { msgtype: 'text', text: { content } };
  return channel === 'wecom'
    ? { msgtype: 'markdown', markdown: { content } }
    : { msgtype: 'markdown', markdown: { title: m.title, text: content } };
}

/** POST one message to a group robot (企业微信 and 钉钉 both answer `{errcode, errmsg}`, 0 when taken). */
export async function postToRobot(url: string, body: unknown): Promise<SendFailure | null> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(body),
      redirect: 'error',
      signal: AbortSignal.timeout(15_000),
    });
  } catch (e) {
    return { kind: 'unreachable', detail: networkDetail(e) };
  }
  const text = await res.text().catch(() => '');
  if (!res.ok) return { kind: 'http', detail: `HTTP ${res.status} ${text.slice(0, 200)}`.trim() };
  let answer: { errcode?: unknown; errmsg?: unknown };
  try {
    answer = JSON.parse(text) as typeof answer;
  } catch {
    return { kind: 'http', detail: `HTTP ${res.status}: ${text.slice(0, 200)}` };
  }
  const code = Number(answer.errcode ?? 0);
  return code === 0 ? null : { kind: 'errcode', code, detail: String(answer.errmsg ?? '') };
}
