import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fitBytes, signedDingtalkUrl } from '../../../src/cli/send/send-robot.js';

describe('group robot messages', () => {
  it('钉钉: timestamp in ms and the URL-encoded base64 HMAC-SHA256 of "timestamp\\nsecret" appended', () => {
    const url = signedDingtalkUrl('https://oapi.dingtalk.com/robot/send?access_token=T', 'SECabc+/=', 1700000000000);
    const sign = createHmac('sha256', 'SECabc+/=').update('1700000000000\nSECabc+/=').digest('base64');
    expect(url).toBe(`https://oapi.dingtalk.com/robot/send?access_token=T&timestamp=1700000000000&sign=${encodeURIComponent(sign)}`);
    expect(new URL(url).searchParams.get('sign')).toBe(sign);
  });

  it('a message over the limit is cut at a line, with the note, within the bytes', () => {
    const text = Array.from({ length: 50 }, (_, i) => `第 ${i + 1} 行：缺少材料`).join('\n');
    const out = fitBytes(text, 300, (n) => `（其余 ${n} 行）`);
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(300);
    expect(out.startsWith('第 1 行：缺少材料\n')).toBe(true);
    const kept = out.split('\n').length - 1;
    expect(out.endsWith(`（其余 ${50 - kept} 行）`)).toBe(true);
    expect(fitBytes('短', 300, () => 'x')).toBe('短');
  });
});
