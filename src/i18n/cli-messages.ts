import { msg, type AnyMessage } from './lang.js';

/** Every sentence the CLI prints that is neither a diagnostic nor about Excel, in both languages. */
export const CLI_TEXT = {
  'severity.error': { zh: () => '错误', en: () => 'error' },
  'severity.warning': { zh: () => '警告', en: () => 'warning' },
  'severity.info': { zh: () => '提示', en: () => 'info' },
  'heading.workspace': { zh: () => '工作区配置', en: () => 'Workspace configuration' },
  'heading.indicator': msg<'id'>({ zh: (a) => `指标 ${a.id}`, en: (a) => `Indicator ${a.id}` }),
  'summary.line': msg<'complete' | 'incomplete' | 'indicators' | 'ledgerDone' | 'withoutMaterials'>({
    zh: (a) =>
      `共 ${a.indicators} 项指标：材料齐全 ${a.complete} 项，缺材料 ${a.incomplete} 项` +
      `${Number(a.withoutMaterials) ? `，无需报送材料 ${a.withoutMaterials} 项` : ''}；台账已完成 ${a.ledgerDone} 项`,
    en: (a) =>
      `${a.indicators} indicators: ${a.complete} with all materials, ${a.incomplete} missing materials` +
      `${Number(a.withoutMaterials) ? `, ${a.withoutMaterials} without materials` : ''}; ${a.ledgerDone} reported done in the ledgers`,
  }),
  'summary.materials': msg<'covered' | 'percent' | 'required'>({
    zh: (a) => `材料 ${a.covered}/${a.required} 项已有证明（${a.percent}%）`,
    en: (a) => `${a.covered}/${a.required} materials evidenced (${a.percent}%)`,
  }),
  'summary.unassigned': msg<'count' | 'covered' | 'required'>({
    zh: (a) => `；${a.count} 项指标尚未分配给任何单位（材料 ${a.covered}/${a.required}）`,
    en: (a) => `; ${a.count} indicator(s) carried by no unit (materials ${a.covered}/${a.required})`,
  }),
  'summary.findings': msg<'errors' | 'warnings'>({
    zh: (a) => `错误 ${a.errors} 个，警告 ${a.warnings} 个`,
    en: (a) => `${a.errors} error(s), ${a.warnings} warning(s)`,
  }),
  'summary.findings-split': msg<'broken' | 'toSubmit'>({
    zh: (a) => `其中尚待报送材料 ${a.toSubmit} 项；有误、不合规或逾期 ${a.broken} 个`,
    en: (a) => `of these, ${a.toSubmit} material(s) still to submit; ${a.broken} broken, wrong or overdue`,
  }),
  'summary.changed': msg<'ref'>({
    zh: (a) => `只评判本次改动（自 ${a.ref} 以来）：改动造成的问题是错误；所涉指标仍缺的材料只作提示`,
    en: (a) => `Judging the change since ${a.ref}: problems it causes are errors; what its indicators still lack is information`,
  }),
  'units.heading': {
    zh: () => '单位|指标|牵头|台账已完成|材料齐全|材料已有/应报|待提交|有问题',
    en: () => 'Unit|Ind.|Lead|Ledger done|Complete|Materials|To do|Faulty',
  },
  'unassigned.line': msg<'count' | 'ids'>({
    zh: (a) =>
      `${a.count} 项指标有报送材料但没有单位承担：${a.ids}。用 ledger assign <指标…> --unit <单位> 分配给承担的单位` +
      `（ledger check --verbose 列出每项可选的单位）。`,
    en: (a) =>
      `${a.count} indicator(s) take materials but no unit carries them: ${a.ids}. Assign them with ledger assign <id…> --unit <unit>` +
      ` (ledger check --verbose lists the units each may go to).`,
  }),
  'problems.heading': msg<'count'>({ zh: (a) => `需要处理的问题（${a.count}）`, en: (a) => `Problems to fix (${a.count})` }),
  'missing.heading': msg<'count'>({ zh: (a) => `缺少的材料（${a.count} 项指标）`, en: (a) => `Missing materials (${a.count} indicators)` }),
  'missing.line': msg<'marks' | 'title' | 'units'>({
    zh: (a) => `${a.title}：缺 ${a.marks}${a.units ? `（${a.units}）` : ''}`,
    en: (a) => `${a.title}: missing ${a.marks}${a.units ? ` (${a.units})` : ''}`,
  }),
  'missing.more': {
    zh: () => '加 --verbose 可看每项材料的全文；ledger explain <指标> 显示材料、文件和负责单位。',
    en: () => 'Add --verbose for every material in full; ledger explain <id> shows materials, files and units.',
  },
  'fix.prefix': { zh: () => '→ ', en: () => '→ ' },
  'summary.deadline': msg<'date' | 'days'>({
    zh: (a) => `下次月度报送截止：${a.date}（${Number(a.days) === 0 ? '就是今天' : `还有 ${a.days} 天`}）`,
    en: (a) => `Next monthly deadline: ${a.date} (${Number(a.days) === 0 ? 'today' : `${a.days} day(s) left`})`,
  }),
  'summary.stage': msg<'due' | 'name'>({
    zh: (a) => `当前阶段：${a.name}（截至 ${a.due}）`,
    en: (a) => `Current stage: ${a.name} (until ${a.due})`,
  }),
  'summary.stage.after': { zh: () => '创建周期各阶段均已结束', en: () => 'All stages of the cycle are over' },
  'summary.clean': { zh: () => '没有发现问题。', en: () => 'No problems found.' },
  'error.init-profile': msg<'profile'>({
    zh: (a) => `未知的模板“${a.profile}”：可选 city-bureau、county-bureau、blank。`,
    en: (a) => `Unknown profile "${a.profile}": choose city-bureau, county-bureau or blank.`,
  }),
  'error.init-org': msg<'profile'>({
    zh: (a) => `--profile ${a.profile} 需要用 --org 给出单位名称（如 --org 禹州市市场监督管理局），它会印在所有标题、封面和台账上。`,
    en: (a) =>
      `--profile ${a.profile} needs the organisation's name in --org (e.g. --org 禹州市市场监督管理局); it is printed on every title, cover and sheet.`,
  }),
  'error.no-workspace': msg<'dir'>({
    zh: (a) => `${a.dir} 不是 ledger 工作区（找不到 ledger.yaml）。用 \`ledger init\` 创建，或用 --workspace 指定目录。`,
    en: (a) => `${a.dir} is not a ledger workspace (no ledger.yaml). Create one with \`ledger init\` or point --workspace at it.`,
  }),
  'error.output-not-folder': msg<'dir'>({
    zh: (a) => `${a.dir} 是符号链接或文件，不是文件夹：ledger 不会通过它写入（它可能指向工作区之外）。删除它，或用 -o 指定输出目录。`,
    en: (a) =>
      `${a.dir} is a symbolic link or a file, not a folder: ledger does not write through it ` +
      '(it may point outside the workspace). Remove it or choose a folder with -o.',
  }),
  'error.config-invalid': {
    zh: () => 'ledger.yaml 无法使用，请先修正上面的问题。',
    en: () => 'ledger.yaml is unusable; fix the problems above first.',
  },
  'error.bad-format': msg<'choices' | 'format'>({
    zh: (a) => `不支持的输出格式“${a.format}”，可选：${a.choices}`,
    en: (a) => `Unsupported format "${a.format}"; choose one of ${a.choices}`,
  }),
  'error.unknown-unit': msg<'hint' | 'unit'>({
    zh: (a) => `未知的单位“${a.unit}”${a.hint ? `（是否应为“${a.hint}”？）` : ''}`,
    en: (a) => `Unknown unit "${a.unit}"${a.hint ? ` (did you mean "${a.hint}"?)` : ''}`,
  }),
  'error.unknown-indicator': msg<'hint' | 'id'>({
    zh: (a) => `未知的指标“${a.id}”${a.hint ? `（是否应为“${a.hint}”？）` : ''}。指标编号为 1–115、B1–B2（加分项）、V1–V2（否决项）。`,
    en: (a) =>
      `Unknown indicator "${a.id}"${a.hint ? ` (did you mean "${a.hint}"?)` : ''}. Indicators are 1–115, B1–B2 (bonus), V1–V2 (veto).`,
  }),
  'error.usage': msg<'detail'>({ zh: (a) => `参数错误：${a.detail}`, en: (a) => `Usage error: ${a.detail}` }),
  'error.internal': msg<'detail'>({
    zh: (a) => `内部错误：${a.detail}（这是 ledger 的缺陷，请附上 --verbose 的输出报告）`,
    en: (a) => `Internal error: ${a.detail} (a bug in ledger; please report it with the --verbose output)`,
  }),
  'error.git': msg<'detail'>({ zh: (a) => `无法执行 git：${a.detail}`, en: (a) => `Cannot run git: ${a.detail}` }),
  'error.git-ref': msg<'ref'>({
    zh: (a) =>
      `找不到 git 引用“${a.ref}”。在 CI 中请取回完整历史（actions/checkout 设 fetch-depth: 0），` +
      `或先运行 git fetch origin <目标分支>，再用 --changed origin/<目标分支>。`,
    en: (a) =>
      `Git ref "${a.ref}" does not resolve. In CI fetch the history (actions/checkout with fetch-depth: 0) ` +
      `or run git fetch origin <target branch> first, then use --changed origin/<target branch>.`,
  }),
  'init.created': msg<'count'>({ zh: (a) => `已创建 ${a.count} 个文件`, en: (a) => `Created ${a.count} file(s)` }),
  'init.kept': msg<'count'>({ zh: (a) => `已存在、未改动 ${a.count} 个文件`, en: (a) => `Left ${a.count} existing file(s) untouched` }),
  'init.kept.item': msg<'file'>({ zh: (a) => `  保留 ${a.file}`, en: (a) => `  kept ${a.file}` }),
  'init.created.item': msg<'file'>({ zh: (a) => `  新建 ${a.file}`, en: (a) => `  created ${a.file}` }),
  'init.next': msg<'dir'>({
    zh: (a) => `下一步：cd ${a.dir} && git add -A && git commit -m "建立证明材料台账" && ledger check`,
    en: (a) => `Next: cd ${a.dir} && git add -A && git commit -m "Set up the evidence ledger" && ledger check`,
  }),
  'init.git.created': {
    zh: () => '已在此目录建立 git 仓库（CI 和 ledger check --changed 需要它）。',
    en: () => 'Created a git repository here (CI and ledger check --changed need one).',
  },
  'init.git.exists': { zh: () => '此目录已在一个 git 仓库中。', en: () => 'This folder is already in a git repository.' },
  'init.git.missing': {
    zh: () => '没有找到 git：请安装 git 后在此目录运行 git init（CI 和 ledger check --changed 需要它）。',
    en: () => 'git was not found: install it and run git init here (CI and ledger check --changed need it).',
  },
  'schema.written': msg<'file'>({ zh: (a) => `已写入 ${a.file}`, en: (a) => `Wrote ${a.file}` }),
  'schema.unchanged': msg<'file'>({ zh: (a) => `未变化 ${a.file}`, en: (a) => `Unchanged ${a.file}` }),
  'explain.builtin': msg<'dir'>({
    zh: (a) => `${a.dir} 不在 ledger 工作区中：显示内置指标体系（没有覆盖情况和承担单位）。`,
    en: (a) => `${a.dir} is not in a ledger workspace: showing the built-in catalog (no coverage, no carrying units).`,
  }),
  'explain.methods': { zh: () => '测评方式', en: () => 'Evaluation methods' },
  'explain.materials': { zh: () => '报送材料', en: () => 'Materials' },
  'explain.materials.none': { zh: () => '（无需报送材料）', en: () => '(no materials to submit)' },
  'explain.materials.from': msg<'folder' | 'id'>({
    zh: (a) => `（与第 ${a.id} 项合并报送，材料放在 ${a.folder}）`,
    en: (a) => `(merged with indicator ${a.id}; evidence goes in ${a.folder})`,
  }),
  'explain.lead': { zh: () => '牵头单位', en: () => 'City lead departments' },
  'explain.responsible': { zh: () => '责任单位', en: () => 'Responsible units' },
  'explain.units': { zh: () => '承担单位', en: () => 'Carried by' },
  'explain.contact': { zh: () => '联系人', en: () => 'Contact' },
  'explain.status': { zh: () => '进度', en: () => 'Status' },
  'explain.folder': { zh: () => '证据文件夹', en: () => 'Evidence folder' },
  'explain.covered': { zh: () => '已有证明', en: () => 'evidenced' },
  'explain.missing': { zh: () => '缺少', en: () => 'missing' },
  'explain.exception': msg<'kind'>({ zh: (a) => `例外：${a.kind}`, en: (a) => `exception: ${a.kind}` }),
  'explain.link': msg<'meta' | 'title' | 'url'>({
    zh: (a) => `新闻链接：${a.title} ${a.url}${a.meta ? `（${a.meta}）` : ''}`,
    en: (a) => `news link: ${a.title} ${a.url}${a.meta ? ` (${a.meta})` : ''}`,
  }),
  'exception.not_applicable': { zh: () => '不涉及', en: () => 'not applicable' },
  'exception.secret': { zh: () => '涉密（实地核验时提供）', en: () => 'classified (shown on site)' },
  'exception.same_as': { zh: () => '同', en: () => 'same as' },
  'exception.statement': { zh: () => '情况说明', en: () => 'statement' },
  'role.lead': { zh: () => '牵头', en: () => 'lead' },
  'role.cooperate': { zh: () => '配合', en: () => 'cooperating' },
  'role.group': { zh: () => '分组成员', en: () => 'group member' },
  'progress.label': { zh: () => '检查 PDF', en: () => 'Checking PDFs' },
} satisfies Record<string, AnyMessage>;
