import { parseDocument, YAMLSeq } from 'yaml';
import type { LedgerReturn } from '../../model/schemas/returns.js';

const HEADER = [
  ' yaml-language-server: $schema=./schemas/returns.schema.json',
  ' 月度工作台账回收记录：由 ledger import 写入，ledger status 读取。',
  ' 每条：单位、报送月份、收回日期、工作簿 SHA-256、改动数量（状态、完成情况、联系方式）。',
].join('\n');

const sameFiles = (a: LedgerReturn, b: LedgerReturn): boolean =>
  a.unit === b.unit && a.month === b.month && a.files.map((f) => f.sha256).join() === b.files.map((f) => f.sha256).join();

/**
 * The new text of returns.yaml with `added` appended (comments and earlier entries kept), or null
 * when every one is already recorded: the same unit, month and workbooks imported again is one return.
 */
export function planReturns(
  text: string | null,
  existing: LedgerReturn[],
  added: LedgerReturn[],
): { text: string; fresh: LedgerReturn[] } | null {
  const fresh = added.filter((a) => !existing.some((e) => sameFiles(e, a)));
  if (fresh.length === 0) return null;
  const doc = parseDocument(text ?? 'returns: []\n');
  if (text === null) doc.commentBefore = HEADER;
  let seq = doc.get('returns');
  if (!(seq instanceof YAMLSeq)) {
    seq = new YAMLSeq();
    doc.set('returns', seq);
  }
  const list = seq as YAMLSeq;
  // A flow `[]` would keep every entry on one line.
  list.flow = false;
  for (const r of fresh) list.add(doc.createNode(r));
  return { text: doc.toString({ lineWidth: 0 }), fresh };
}
