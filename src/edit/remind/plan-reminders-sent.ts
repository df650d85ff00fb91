import { parseDocument, YAMLSeq } from 'yaml';
import type { SentReminder } from '../../model/schemas/reminders-sent.js';

const HEADER = [
  ' 提醒发送记录：由 ledger remind --send 写入，同一单位、月份、渠道不重复发送（--resend 重发）。',
  ' 这不是证明材料。每条：单位、月份、渠道（email/wecom/dingtalk）、收件人、发送日期。',
].join('\n');

/** The new text of reminders-sent.yaml with `added` appended (comments and earlier entries kept). */
export function planRemindersSent(text: string | null, added: SentReminder[]): string {
  const doc = parseDocument(text ?? 'sent: []\n');
  if (text === null) doc.commentBefore = HEADER;
  let seq = doc.get('sent');
  if (!(seq instanceof YAMLSeq)) {
    seq = new YAMLSeq();
    doc.set('sent', seq);
  }
  const list = seq as YAMLSeq;
  list.flow = false;
  for (const r of added) list.add(doc.createNode(r));
  return doc.toString({ lineWidth: 0 });
}
