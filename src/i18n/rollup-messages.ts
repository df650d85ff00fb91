import { fixed, msg, type AnyMessage } from './lang.js';

/** Every sentence `ledger pack`, `verify` and `rollup` print, in both languages. */
export const ROLLUP_TEXT = {
  'help.cmd.pack': fixed(
    '报送包：状态、检查结果、指标体系版本与证据文件清单（含 SHA-256），同一工作区两次生成的字节相同',
    'a report packet: status, findings, catalog version and a manifest of every evidence file (SHA-256); the same workspace gives the same bytes',
  ),
  'help.pack.out': fixed('报送包写到的文件夹（默认当前文件夹）', 'folder to write the packet to (default: the current one)'),
  'help.pack.sign': fixed(
    '用 SSH 私钥签名 packet.json（ssh-keygen -Y sign）',
    'sign packet.json with an SSH private key (ssh-keygen -Y sign)',
  ),
  'pack.wrote': msg<'file' | 'kb' | 'files' | 'day'>({
    zh: (a) => `已写出报送包 ${a.file}（${a.kb} KB，证据文件 ${a.files} 个，数据日期 ${a.day}）`,
    en: (a) => `Wrote the packet ${a.file} (${a.kb} KB, ${a.files} evidence files, figures of ${a.day})`,
  }),
  'pack.signed': msg<'key'>({ zh: (a) => `已用 ${a.key} 签名（packet.json.sig）`, en: (a) => `Signed with ${a.key} (packet.json.sig)` }),
  'pack.unwritable': msg<'detail' | 'file'>({
    zh: (a) => `无法写入 ${a.file}（${a.detail}）：请确认文件夹存在且可写。`,
    en: (a) => `Cannot write ${a.file} (${a.detail}): check that the folder exists and is writable.`,
  }),
  'pack.sign-failed': msg<'detail' | 'key'>({
    zh: (a) => `无法用 ${a.key} 签名：${a.detail}。请确认这是 SSH 私钥且不需要口令（或已加入 ssh-agent）。`,
    en: (a) => `Cannot sign with ${a.key}: ${a.detail}. Check that it is an SSH private key without a passphrase (or loaded in ssh-agent).`,
  }),
  'pack.ssh-missing': fixed(
    '找不到 ssh-keygen：签名和验签需要 OpenSSH（8.0 以上）。请安装 OpenSSH 客户端，或不加 --sign。',
    'ssh-keygen not found: signing and verifying need OpenSSH (8.0 or later). Install the OpenSSH client, or leave out --sign.',
  ),

  'help.cmd.verify': fixed(
    '核对报送包：zip 结构、格式、每个条目的 SHA-256，以及签名',
    "check a packet: its zip structure, format, every entry's SHA-256, and its signature",
  ),
  'help.verify.allowed-signers': fixed(
    'ssh-keygen 的 allowed_signers 文件：要求报送包带有其中某个密钥的签名',
    'ssh-keygen allowed_signers file: require the packet to be signed by one of its keys',
  ),
  'verify.ok': msg<'file' | 'org' | 'day' | 'entries'>({
    zh: (a) => `${a.file}：完好（${a.org}，数据日期 ${a.day}，${a.entries} 个条目的哈希一致）`,
    en: (a) => `${a.file}: intact (${a.org}, figures of ${a.day}, the hashes of ${a.entries} entries match)`,
  }),
  'verify.signed-by': msg<'signer'>({ zh: (a) => `签名有效：${a.signer}`, en: (a) => `Signature valid: ${a.signer}` }),
  'verify.signature-unchecked': fixed(
    '报送包带有签名，但未给出 --allowed-signers，签名未核对。',
    'The packet is signed, but without --allowed-signers the signature was not checked.',
  ),
  'verify.failed': msg<'file' | 'count'>({
    zh: (a) => `${a.file}：未通过核对（${a.count} 处问题），报送包被改动或损坏，请让报送单位重新生成。`,
    en: (a) =>
      `${a.file}: fails verification (${a.count} problems): the packet was changed or damaged; ask its organisation to pack it again.`,
  }),
  'verify.fault': msg<'fault' | 'entry' | 'detail'>({
    zh: (a) => `  不是可读的报送包（${a.fault}${a.entry ? `，条目 ${a.entry}` : ''}）：${a.detail}`,
    en: (a) => `  not a readable packet (${a.fault}${a.entry ? `, entry ${a.entry}` : ''}): ${a.detail}`,
  }),
  'verify.problem.no-header': fixed(
    '  缺少 packet.json：这不是 ledger pack 生成的报送包',
    '  no packet.json: not a packet written by ledger pack',
  ),
  'verify.problem.header-invalid': msg<'detail'>({
    zh: (a) => `  packet.json 不符合格式：${a.detail}`,
    en: (a) => `  packet.json does not match the format: ${a.detail}`,
  }),
  'verify.problem.entry-missing': msg<'entry'>({ zh: (a) => `  缺少条目 ${a.entry}`, en: (a) => `  entry ${a.entry} is missing` }),
  'verify.problem.entry-unlisted': msg<'entry'>({
    zh: (a) => `  条目 ${a.entry} 不在 packet.json 的清单中（被加入）`,
    en: (a) => `  entry ${a.entry} is not listed in packet.json (added)`,
  }),
  'verify.problem.size-differs': msg<'entry' | 'detail'>({
    zh: (a) => `  条目 ${a.entry} 的大小与 packet.json 不符（${a.detail} 字节）`,
    en: (a) => `  entry ${a.entry} differs in size from packet.json (${a.detail} bytes)`,
  }),
  'verify.problem.hash-differs': msg<'entry' | 'detail'>({
    zh: (a) => `  条目 ${a.entry} 的 SHA-256 与 packet.json 不符（${a.detail}）：内容被改动`,
    en: (a) => `  entry ${a.entry}: SHA-256 differs from packet.json (${a.detail}): its content was changed`,
  }),
  'verify.problem.content-invalid': msg<'entry' | 'detail'>({
    zh: (a) => `  条目 ${a.entry} 不符合格式：${a.detail}`,
    en: (a) => `  entry ${a.entry} does not match the format: ${a.detail}`,
  }),
  'verify.problem.unsigned': fixed(
    '  要求签名（--allowed-signers），但报送包没有 packet.json.sig',
    '  a signature is required (--allowed-signers), but the packet has no packet.json.sig',
  ),
  'verify.problem.signature-bad': msg<'detail'>({
    zh: (a) => `  签名无效：${a.detail}`,
    en: (a) => `  the signature does not verify: ${a.detail}`,
  }),
} satisfies Record<string, AnyMessage>;
