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

/** The JSON a group robot takes for one message: Markdown when the reminder is Markdown, else text. */
export function robotBody(channel: 'wecom' | 'dingtalk', title: string, body: string, markdown: boolean): unknown {
  const md = `# ${title}\n\n${body}`;
  const plain = `${title}\n\n${body}`;
  if (channel === 'wecom')
    return markdown ? { msgtype: 'markdown', markdown: { content: md } } : { msgtype: 'text', text: { content: plain } };
  return markdown ? { msgtype: 'markdown', markdown: { title, text: md } } : { msgtype: 'text', text: { content: plain } };
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
