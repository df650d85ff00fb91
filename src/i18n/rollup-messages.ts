import { fixed, msg, type AnyMessage } from './lang.js';

/** Every sentence `ledger pack`, `verify` and `rollup` print, in both languages. */
export const ROLLUP_TEXT = {
  'help.cmd.pack': fixed(
    '报送包：状态、检查结果、指标体系版本与证据文件清单（含 SHA-256），同一工作区两次生成的字节相同',
    'a report packet: status, findings, catalog version and a manifest of every evidence file (SHA-256); the same workspace gives the same bytes',
  ),
  'help.pack.out': fixed('报送包写到的文件夹（默认当前文件夹）', 'folder to write the packet to (default: the current one)'),
  'help.pack.with-bundles': fixed(
    '同时放入有材料的指标的材料册 PDF（与 ledger bundle 相同；默认不含 PDF）',
    'also put in the bundle PDF of every indicator with evidence (as ledger bundle builds it; no PDFs by default)',
  ),
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
    zh: (a) => `  不是可读的报送包：${a.fault}${a.entry ? `（条目 ${a.entry}）` : ''}${a.detail ? `（${a.detail}）` : ''}`,
    en: (a) => `  not a readable packet: ${a.fault}${a.entry ? ` (entry ${a.entry})` : ''}${a.detail ? ` (${a.detail})` : ''}`,
  }),
  'verify.fault.unreadable': fixed('无法读取文件', 'the file cannot be read'),
  'verify.fault.too-big': fixed('文件超过报送包的大小上限', 'the file is larger than a packet may be'),
  'verify.fault.not-zip': fixed('不是 zip 文件（可能是改了扩展名的其他文件）', 'not a zip file (perhaps another kind of file renamed)'),
  'verify.fault.directory': fixed('这是一个文件夹', 'it is a folder'),
  'verify.fault.too-many-entries': fixed('条目数超过上限', 'more entries than a packet may hold'),
  'verify.fault.entry-too-big': fixed('解压后超过大小上限', 'larger than the limit once unpacked'),
  'verify.fault.ratio': fixed('压缩比异常（可能是压缩炸弹）', 'an abnormal compression ratio (perhaps a zip bomb)'),
  'verify.fault.duplicate': fixed('同名条目出现两次', 'an entry name appears twice'),
  'verify.fault.unsafe-name': fixed('条目名称不安全（绝对路径或 ..）', 'an unsafe entry name (absolute or ..)'),
  'verify.fault.encrypted': fixed('条目被加密', 'an entry is encrypted'),
  'verify.fault.damaged': fixed('zip 结构损坏', 'the zip structure is damaged'),
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

  'help.verify.packet': fixed('报送包文件（*.ledger.zip）', 'packet file (*.ledger.zip)'),
  'help.cmd.rollup': fixed(
    '汇总各单位的报送包、报送包文件夹或工作区：按指标与材料、按单位排名、通报名单，并指出过期、版本不一致和未通过核对的来源',
    'merge packets, folders of packets or workspaces: by indicator and material, organisations ranked, the 通报 list; ' +
      'names stale, mismatched and failing sources',
  ),
  'help.rollup.sources': fixed('报送包、报送包文件夹或工作区文件夹', 'packets, folders of packets, or workspace folders'),
  'help.rollup.html': fixed('写出一页离线 HTML 汇总（可打印 A4）', 'write one offline HTML page (prints on A4)'),
  'help.rollup.xlsx': fixed(
    '写出 Excel 汇总表（每单位一行、每指标一行）',
    'write the xlsx 汇总 (a row per organisation, a row per indicator)',
  ),
  'help.rollup.catalog': fixed(
    '要求的指标体系：名称@版本（默认取多数来源所用的）',
    'the catalog required, name@version (default: the one most sources are on)',
  ),
  'help.rollup.allowed-signers': fixed('要求报送包带有其中某个密钥的签名', 'require packets to be signed by one of these keys'),
  'rollup.no-sources': fixed(
    '没有可汇总的来源：请给出报送包（*.ledger.zip）、报送包所在的文件夹或工作区文件夹。',
    'Nothing to merge: give packets (*.ledger.zip), folders holding them, or workspace folders.',
  ),
  'rollup.bad-catalog': msg<'value'>({
    zh: (a) => `--catalog ${a.value}：应写作 名称@版本，例如 法治政府建设示范指标体系@2021.1。`,
    en: (a) => `--catalog ${a.value}: write it as name@version, e.g. 法治政府建设示范指标体系@2021.1.`,
  }),
  'rollup.unwritable': msg<'detail' | 'file'>({
    zh: (a) => `无法写入 ${a.file}（${a.detail}）：请确认文件夹存在且可写。`,
    en: (a) => `Cannot write ${a.file} (${a.detail}): check that the folder exists and is writable.`,
  }),
  'rollup.wrote': msg<'file' | 'kb'>({ zh: (a) => `已写入 ${a.file}（${a.kb} KB）`, en: (a) => `Wrote ${a.file} (${a.kb} KB)` }),
  'rollup.reason.missing': fixed('找不到这个文件或文件夹', 'no such file or folder'),
  'rollup.reason.empty-folder': fixed('文件夹中没有 *.ledger.zip，也不是工作区', 'the folder holds no *.ledger.zip and is not a workspace'),
  'rollup.reason.git-not-git': fixed(
    '不是 git 地址（https://、ssh://、git://、user@host:path 或本机路径）',
    'not a git URL (https://, ssh://, git://, user@host:path or a local path)',
  ),
  'rollup.reason.git-unsafe': fixed(
    '不安全的 git 地址或版本名（ext::、fd:: 或以 - 开头），已拒绝',
    'an unsafe git URL or ref (ext::, fd:: or starting with -): refused',
  ),
  'rollup.reason.git-no-git': fixed('本机没有 git：请安装 git 后再试', 'git is not installed here: install git and try again'),
  'rollup.reason.git-fetch-failed': fixed(
    '无法从该地址获取：请检查地址、版本名和访问权限',
    'cannot fetch from it: check the URL, the ref and access rights',
  ),
  'rollup.reason.git-not-a-workspace': fixed(
    '该版本的根目录没有 ledger.yaml，不是 ledger 工作区',
    'that commit has no ledger.yaml at its root: not a ledger workspace',
  ),
  'rollup.reason.git-too-many-yaml': fixed('YAML 文件超过上限，未读取', 'more YAML files than the limit: not read'),
  'rollup.reason.no-config': fixed('ledger.yaml 无法读取或不合格式', 'ledger.yaml cannot be read or is invalid'),
  'rollup.reason.unknown-catalog': fixed(
    '所固定的指标体系版本本机不认识：请把下发的目录放进 catalogs/ 或升级 ledger',
    'the catalog version it pins is not known here: put the handed-down catalog in catalogs/ or upgrade ledger',
  ),
  'rollup.reason.verify-failed': fixed('未通过核对', 'fails verification'),
  'rollup.reason.unreadable': fixed('无法读取', 'cannot be read'),
  'rollup.title': fixed('汇总', 'Roll-up'),
  'rollup.head': msg<'orgs' | 'merged' | 'catalog' | 'today' | 'due'>({
    zh: (a) => `${a.orgs} 个单位（${a.merged} 个参与按材料汇总），指标体系 ${a.catalog}，截至 ${a.today}（上一报送日 ${a.due}）`,
    en: (a) => `${a.orgs} organisations (${a.merged} merged by material), catalog ${a.catalog}, as of ${a.today} (last due date ${a.due})`,
  }),
  'rollup.city': msg<'covered' | 'required' | 'percent' | 'complete' | 'indicators'>({
    zh: (a) => `合计材料：${a.covered}/${a.required}（${a.percent}），材料齐全的指标 ${a.complete}/${a.indicators}（任一单位报齐即算）`,
    en: (a) =>
      `Materials merged: ${a.covered}/${a.required} (${a.percent}), indicators complete ${a.complete}/${a.indicators} (covered by any organisation)`,
  }),
  'rollup.counted-by.file-names': fixed(
    '（部分来源只按文件名计数，未检查 PDF 内容）',
    '(some sources counted by file name only: PDF content not checked)',
  ),
  'rollup.section.ranked': fixed('按单位排名', 'Organisations ranked'),
  'rollup.section.notice': fixed('通报名单', 'The 通报 list'),
  'rollup.section.stale': fixed('数据过期（早于上一报送日）', 'Stale (older than the last due date)'),
  'rollup.section.mismatched': fixed('指标体系不一致（未参与按材料汇总）', 'On another catalog (left out of the merge by material)'),
  'rollup.section.rejected': fixed('未采用的来源', 'Sources not used'),
  'rollup.section.superseded': fixed('同一单位有更新的报送包（未采用）', 'Superseded by a newer packet of the same organisation'),
  'rollup.section.missing': fixed('各单位都缺的材料', 'Materials missing everywhere'),
  'rollup.section.indicators': fixed('按指标', 'By indicator'),
  'rollup.col.rank': fixed('名次', 'Rank'),
  'rollup.col.org': fixed('单位', 'Organisation'),
  'rollup.col.materials': fixed('材料', 'Materials'),
  'rollup.col.percent': fixed('覆盖率', 'Coverage'),
  'rollup.col.complete': fixed('齐全指标', 'Complete'),
  'rollup.col.broken': fixed('有问题的文件', 'Faulty files'),
  'rollup.col.generated': fixed('数据日期', 'Figures of'),
  'rollup.col.catalog': fixed('指标体系', 'Catalog'),
  'rollup.col.counted': fixed('计数方式', 'Counted by'),
  'rollup.col.indicator': fixed('指标', 'Indicator'),
  'rollup.col.lead': fixed('牵头', 'Lead'),
  'rollup.col.lead-departments': fixed('牵头单位（指标体系）', 'Lead departments (catalog)'),
  'rollup.col.contributors': fixed('提供材料的单位', 'Contributing'),
  'rollup.col.missing': fixed('仍缺', 'Still missing'),
  'rollup.col.source': fixed('来源', 'Source'),
  'rollup.col.reason': fixed('原因', 'Reason'),
  'rollup.counted.verdicts': fixed('检查结论', 'check verdicts'),
  'rollup.counted.file-names': fixed('文件名', 'file names'),
  'rollup.notice.stale': fixed('数据过期', 'stale'),
  'rollup.notice.mismatched': fixed('指标体系不一致', 'other catalog'),
  'rollup.notice.below-city': fixed('覆盖率低于合计', 'below the merged rate'),
  'rollup.notice.errors': fixed('有文件或配置错误', 'faulty files or YAML'),
  'rollup.none': fixed('无', 'none'),
  'rollup.material': msg<'id' | 'no'>({ zh: (a) => `指标${a.id} 材料${a.no}`, en: (a) => `indicator ${a.id} material ${a.no}` }),
  'rollup.more': msg<'count'>({
    zh: (a) => `……另有 ${a.count} 项（见 --format json）`,
    en: (a) => `… ${a.count} more (see --format json)`,
  }),
} satisfies Record<string, AnyMessage>;
