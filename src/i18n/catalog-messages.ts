import { fixed, joinList, msg, type AnyMessage } from './lang.js';

/** Every sentence `ledger catalog` and `init --catalog` print, in both languages. */
export const CATALOG_TEXT = {
  'help.cmd.catalog': fixed(
    '显示工作区固定的指标目录（名称、版本、SHA-256、数量）；update 切换到上级下发的新版本',
    'show the pinned catalog (name, version, SHA-256, counts); update moves to a newer version handed down',
  ),
  'help.cmd.catalog-update': fixed(
    '切换到来源中的目录版本：来源是发布的目录文件夹（含 catalog.json）、git 地址[@ref] 或 builtin（随 ledger 附带的）；先报告改动及其对证据、台账、审核的影响',
    'move to the catalog version of a source: a published catalog folder (with catalog.json), a git URL[@ref] or builtin; ' +
      'reports the changes and what they do to evidence, ledgers and reviews first',
  ),
  'help.catalog.dry-run': fixed('只报告，不写入', 'report only, write nothing'),
  'help.init.catalog': fixed(
    '使用上级下发的指标目录（发布的目录文件夹、git 地址[@ref]），副本写入 catalogs/',
    'start from a catalog handed down (a published catalog folder or a git URL[@ref]); its copy goes to catalogs/',
  ),
  'catalog.show': msg<'name' | 'version' | 'sha256' | 'where' | 'areas' | 'indicators' | 'evidence' | 'materials'>({
    zh: (a) =>
      `指标目录：${a.name}\n版本：${a.version}\nSHA-256：${a.sha256}\n来源：${a.where === 'builtin' ? '随 ledger 附带' : a.where}\n` +
      `一级指标 ${a.areas} 个，指标 ${a.indicators} 项（需报送材料的 ${a.evidence} 项），材料 ${a.materials} 项`,
    en: (a) =>
      `Catalog: ${a.name}\nVersion: ${a.version}\nSHA-256: ${a.sha256}\nFrom: ${a.where === 'builtin' ? 'shipped with ledger' : a.where}\n` +
      `${a.areas} areas, ${a.indicators} indicators (${a.evidence} take evidence), ${a.materials} materials`,
  }),
  'catalog.show.newer': msg<'newer' | 'where'>({
    zh: (a) => `已知更新的版本 ${a.newer}（${a.where === 'builtin' ? '随 ledger 附带' : a.where}）：ledger catalog update <来源> --dry-run`,
    en: (a) =>
      `A newer version ${a.newer} is known (${a.where === 'builtin' ? 'shipped with ledger' : a.where}): ledger catalog update <source> --dry-run`,
  }),
  'catalog.update.header': msg<'from' | 'to'>({ zh: (a) => `${a.from} → ${a.to}`, en: (a) => `${a.from} → ${a.to}` }),
  'catalog.update.none': fixed('指标和材料没有变化。', 'No indicator or material changed.'),
  'catalog.update.added': msg<never, 'ids'>({
    zh: (a) => `新增指标：${joinList(a.ids, 'zh')}`,
    en: (a) => `Indicators added: ${joinList(a.ids, 'en')}`,
  }),
  'catalog.update.removed': msg<never, 'ids'>({
    zh: (a) => `删除指标：${joinList(a.ids, 'zh')}`,
    en: (a) => `Indicators removed: ${joinList(a.ids, 'en')}`,
  }),
  'catalog.update.renumbered': msg<'from' | 'to'>({
    zh: (a) => `指标 ${a.from} 改编号为 ${a.to}`,
    en: (a) => `Indicator ${a.from} renumbered ${a.to}`,
  }),
  'catalog.update.reworded': msg<never, 'ids'>({
    zh: (a) => `指标内容措辞改动：${joinList(a.ids, 'zh')}`,
    en: (a) => `Indicator wording changed: ${joinList(a.ids, 'en')}`,
  }),
  'catalog.update.fields': msg<'id', 'fields'>({
    zh: (a) => `指标 ${a.id} 的其他字段改动：${joinList(a.fields, 'zh')}`,
    en: (a) => `Indicator ${a.id}, other fields changed: ${joinList(a.fields, 'en')}`,
  }),
  'catalog.update.materials': msg<'id' | 'detail'>({
    zh: (a) => `指标 ${a.id} 的材料：${a.detail}`,
    en: (a) => `Indicator ${a.id} materials: ${a.detail}`,
  }),
  'catalog.update.m-added': msg<never, 'nos'>({ zh: (a) => `新增 ${joinList(a.nos, 'zh')}`, en: (a) => `added ${joinList(a.nos, 'en')}` }),
  'catalog.update.m-removed': msg<never, 'nos'>({
    zh: (a) => `删除 ${joinList(a.nos, 'zh')}`,
    en: (a) => `removed ${joinList(a.nos, 'en')}`,
  }),
  'catalog.update.m-reworded': msg<never, 'nos'>({
    zh: (a) => `措辞改动 ${joinList(a.nos, 'zh')}`,
    en: (a) => `reworded ${joinList(a.nos, 'en')}`,
  }),
  'catalog.update.m-moved': msg<'from' | 'to'>({ zh: (a) => `${a.from} 改为 ${a.to}`, en: (a) => `${a.from} now ${a.to}` }),
  'catalog.update.effects': fixed(
    '对本工作区的影响（证据文件不会被移动或删除）：',
    'What this does to this workspace (no evidence file is moved or deleted):',
  ),
  'catalog.update.no-effects': fixed(
    '对本工作区的证据、责任分工、台账和审核没有影响。',
    "Nothing in this workspace's evidence, responsibilities, ledgers or reviews is affected.",
  ),
  'catalog.update.folder-removed': msg<'folder' | 'id' | 'files'>({
    zh: (a) => `  evidence/${a.folder}：所属指标 ${a.id} 在新版中已删除（${a.files} 个文件保留原处，请处理）`,
    en: (a) =>
      `  evidence/${a.folder}: its indicator ${a.id} is removed in the new version (${a.files} files kept where they are; deal with them)`,
  }),
  'catalog.update.folder-renumbered': msg<'folder' | 'id' | 'to' | 'files'>({
    zh: (a) => `  evidence/${a.folder}：指标 ${a.id} 改为 ${a.to}，请把文件夹改名（git mv），${a.files} 个文件`,
    en: (a) => `  evidence/${a.folder}: indicator ${a.id} is now ${a.to}; rename the folder (git mv), ${a.files} files`,
  }),
  'catalog.update.material-removed': msg<'folder' | 'material' | 'files'>({
    zh: (a) => `  evidence/${a.folder}：材料 ${a.material} 在新版中已删除，${a.files} 个文件不再对应任何材料`,
    en: (a) => `  evidence/${a.folder}: material ${a.material} is removed; ${a.files} files no longer match a material`,
  }),
  'catalog.update.material-moved': msg<'folder' | 'material' | 'to' | 'files'>({
    zh: (a) => `  evidence/${a.folder}：材料 ${a.material} 改为 ${a.to}，${a.files} 个文件需要改名`,
    en: (a) => `  evidence/${a.folder}: material ${a.material} is now ${a.to}; ${a.files} files need renaming`,
  }),
  'catalog.update.responsibility': msg<'id' | 'to'>({
    zh: (a) => `  responsibilities.yaml：指标 ${a.id}${a.to ? ` 改为 ${a.to}` : ' 已删除'}`,
    en: (a) => `  responsibilities.yaml: indicator ${a.id}${a.to ? ` is now ${a.to}` : ' is removed'}`,
  }),
  'catalog.update.status': msg<'unit' | 'id' | 'status' | 'to'>({
    zh: (a) => `  assignments/${a.unit}.yaml：指标 ${a.id}（${a.status}）${a.to ? ` 改为 ${a.to}` : ' 已删除'}`,
    en: (a) => `  assignments/${a.unit}.yaml: indicator ${a.id} (${a.status})${a.to ? ` is now ${a.to}` : ' is removed'}`,
  }),
  'catalog.update.review': msg<'folder' | 'material'>({
    zh: (a) => `  evidence/${a.folder}/index.yaml：材料 ${a.material} 的初评是按旧措辞做的，需重新审核`,
    en: (a) => `  evidence/${a.folder}/index.yaml: the review of material ${a.material} was made against the old wording; review it again`,
  }),
  'catalog.update.uncarried': msg<never, 'ids'>({
    zh: (a) => `  新增指标尚无单位承担：${joinList(a.ids, 'zh')}（ledger assign）`,
    en: (a) => `  New indicators no unit carries yet: ${joinList(a.ids, 'en')} (ledger assign)`,
  }),
  'catalog.update.write': msg<'file'>({ zh: (a) => `写入 ${a.file}`, en: (a) => `write ${a.file}` }),
  'catalog.update.dry-run': fixed('（--dry-run：没有写入任何文件）', '(--dry-run: nothing written)'),
  'catalog.update.current': msg<'id'>({
    zh: (a) => `工作区已固定 ${a.id}，无需更新。`,
    en: (a) => `The workspace already pins ${a.id}: nothing to update.`,
  }),
  'catalog.update.done': msg<'id'>({
    zh: (a) => `已固定 ${a.id}。运行 ledger check 查看新版目录下的情况。`,
    en: (a) => `Now pinned: ${a.id}. Run ledger check to see the workspace under it.`,
  }),
  'catalog.update.other-name': msg<'pinned' | 'source'>({
    zh: (a) => `来源中的目录 ${a.source} 与工作区固定的 ${a.pinned} 不是同一个目录，不能切换。`,
    en: (a) => `The source holds ${a.source}, another catalog than the pinned ${a.pinned}: not switched.`,
  }),
  'catalog.update.older': msg<'pinned' | 'source'>({
    zh: (a) => `来源中的 ${a.source} 比工作区固定的 ${a.pinned} 旧，不能退回。`,
    en: (a) => `The source's ${a.source} is older than the pinned ${a.pinned}: not moved back.`,
  }),
  'catalog.update.copy-differs': msg<'folder'>({
    zh: (a) => `${a.folder} 已存在且内容不同：不会覆盖。请先核对它（可能被改动过），必要时删除后重试。`,
    en: (a) =>
      `${a.folder} exists with other content: not overwritten. Check it (it may have been edited); remove it and retry if need be.`,
  }),
  'catalog.update.upgrade-first': fixed(
    '这个工作区是早期布局（indicators/ 中有目录副本）：先运行 ledger upgrade。',
    'This workspace has the earlier layout (a catalog copy in indicators/): run ledger upgrade first.',
  ),
  'catalog.source.unknown': msg<'source'>({
    zh: (a) => `“${a.source}”不是发布的目录文件夹（含 catalog.json）、git 地址，也不是 builtin。`,
    en: (a) => `"${a.source}" is not a published catalog folder (with catalog.json), a git URL, or builtin.`,
  }),
  'catalog.source.packet': msg<'source'>({
    zh: (a) => `${a.source} 是报送包：报送包只记录目录的名称、版本和 SHA-256，不含目录本身。请用上级发布的目录文件夹或 git 地址。`,
    en: (a) =>
      `${a.source} is a report packet: it records the catalog's name, version and SHA-256, not the catalog. Use the published catalog folder or git URL.`,
  }),
  'catalog.source.failed': msg<'source' | 'reason' | 'detail'>({
    zh: (a) => `无法从 ${a.source} 读取目录（${a.reason}）：${a.detail}`,
    en: (a) => `Cannot read a catalog from ${a.source} (${a.reason}): ${a.detail}`,
  }),
  'catalog.source.no-git': fixed('没有找到 git：读取 git 地址需要安装 git。', 'git was not found: reading a git URL needs git installed.'),
  'help.init.rollup': fixed(
    '建立汇总仓库（各单位以拉取请求提交 reports/<单位>/<年-月>.ledger.zip，CI 核验并生成全市汇总），而不是工作区；需要 --org',
    'scaffold the submission repository (organisations add reports/<org>/<YYYY-MM>.ledger.zip by pull request; ' +
      'CI verifies and publishes the roll-up) instead of a workspace; needs --org',
  ),
  'help.init.ci': fixed(
    '汇总仓库的 CI：github、gitlab 或 gitea（默认三者都写）',
    "the submission repository's CI: github, gitlab or gitea (default: all three)",
  ),
  'rollup-repo.org-required': fixed(
    '建立汇总仓库需要 --org <名称>（汇总的单位，如 许昌市依法治市办）。',
    'A submission repository needs --org <name> (who rolls up, e.g. 许昌市依法治市办).',
  ),
  'rollup-repo.ci-unknown': msg<'ci'>({
    zh: (a) => `未知的 CI 平台“${a.ci}”：可选 github、gitlab、gitea。`,
    en: (a) => `Unknown CI host "${a.ci}": choose github, gitlab or gitea.`,
  }),
  'rollup-repo.replaced': msg<'file'>({ zh: (a) => `  重新生成 ${a.file}`, en: (a) => `  regenerated ${a.file}` }),
  'rollup-repo.organisations-invalid': fixed(
    'organisations.yaml 无法使用（格式见文件开头的说明），CODEOWNERS 未重新生成。',
    'organisations.yaml is unusable (see the comment at its top); CODEOWNERS was not regenerated.',
  ),
  'rollup-repo.next': msg<'dir'>({
    zh: (a) => `下一步：在 ${a.dir}/organisations.yaml 中登记各单位，再运行一次本命令生成 CODEOWNERS，然后提交并推送到代码托管平台。`,
    en: (a) =>
      `Next: list the organisations in ${a.dir}/organisations.yaml, run this command again to generate CODEOWNERS, then commit and push.`,
  }),
} satisfies Record<string, AnyMessage>;
