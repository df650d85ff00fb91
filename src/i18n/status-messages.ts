import { fixed, msg, type AnyMessage } from './lang.js';

/** Everything `ledger status` says, in the terminal, Markdown and the HTML page. */
export const STATUS_TEXT = {
  'status.title': msg<'org'>({ zh: (a) => `${a.org} 法治政府建设示范创建月度概况`, en: (a) => `${a.org}: monthly overview` }),
  'status.as-of': msg<'date'>({ zh: (a) => `截至 ${a.date}`, en: (a) => `as of ${a.date}` }),
  'status.stage': msg<'days' | 'due' | 'name'>({
    zh: (a) => `当前阶段：${a.name}（截至 ${a.due}，还有 ${a.days} 天）`,
    en: (a) => `Current stage: ${a.name} (until ${a.due}, ${a.days} day(s) left)`,
  }),
  'status.next-stage': msg<'due' | 'name' | 'start'>({
    zh: (a) => `下一阶段：${a.name}（${a.start} 至 ${a.due}）`,
    en: (a) => `Next stage: ${a.name} (${a.start} to ${a.due})`,
  }),
  'status.totals': msg<'broken' | 'complete' | 'covered' | 'indicators' | 'ledgerDone' | 'percent' | 'required' | 'toSubmit' | 'warnings'>({
    zh: (a) =>
      `材料 ${a.covered}/${a.required} 项已有证明（${a.percent}%）；材料齐全 ${a.complete} 项、台账已完成 ${a.ledgerDone} 项` +
      `（共 ${a.indicators} 项指标）；尚待报送材料 ${a.toSubmit} 项；有误、不合规或逾期 ${a.broken} 个，警告 ${a.warnings} 个`,
    en: (a) =>
      `${a.covered}/${a.required} materials evidenced (${a.percent}%); ${a.complete} indicators complete, ${a.ledgerDone} reported done ` +
      `(of ${a.indicators}); ${a.toSubmit} material(s) still to submit; ${a.broken} broken, wrong or overdue, ${a.warnings} warning(s)`,
  }),
  'status.units': fixed('各单位（进展滞后的在前）', 'Units (lagging first)'),
  'status.col.unit': fixed('单位', 'Unit'),
  'status.col.roles': fixed('牵头/配合', 'Lead/coop'),
  'status.col.ledger': fixed('台账已完成', 'Reported done'),
  'status.col.complete': fixed('材料齐全', 'Complete'),
  'status.col.materials': fixed('材料', 'Materials'),
  'status.col.percent': fixed('覆盖率', 'Covered'),
  'status.col.errors': fixed('错误', 'Errors'),
  'status.col.to-submit': fixed('待提交', 'To do'),
  'status.col.broken': fixed('有问题', 'Faulty'),
  /** the terminal's narrower header of 台账已完成: eleven columns in 100 */
  'status.col.ledger-short': fixed('台账已完成', 'Done'),
  'status.col.changed': fixed('最近更新', 'Last change'),
  'status.col.progress': fixed('本月进展', 'Progress'),
  'status.col.progress-short': fixed('进展', 'Progress'),
  'status.col.coverage': fixed('材料覆盖', 'Materials'),
  'status.col.contact': fixed('联系人', 'Contact'),
  'status.col.area': fixed('领域（一级指标）', 'Area'),
  'status.col.indicators': fixed('指标', 'Indicators'),
  'status.col.indicator': fixed('指标', 'Indicator'),
  'status.col.material': fixed('材料', 'Material'),
  'status.col.rejected': fixed('已提交但不计入', 'Filed but not counted'),
  'status.total': fixed('合计', 'Total'),
  'status.stalled': fixed('无进展', 'stalled'),
  'status.progress.covered': msg<'n'>({ zh: (a) => `材料+${a.n}`, en: (a) => `+${a.n} materials` }),
  'status.progress.ledger': msg<'n'>({ zh: (a) => `台账+${a.n}`, en: (a) => `+${a.n} done` }),
  'status.stalled.note': msg<'date'>({
    zh: (a) => `“无进展”：自上次报送日 ${a.date} 以来材料和台账都没有进展（按 git 历史中的文件名计），列入通报。`,
    en: (a) =>
      `"stalled": no new material and no new 已完成 row since the last due date ${a.date} (file names in git history); named in the notice.`,
  }),
  'status.stalled.count': msg<'units'>({ zh: (a) => `列入通报的单位：${a.units}`, en: (a) => `Units for the notice: ${a.units}` }),
  'status.areas': fixed('各领域材料覆盖', 'Coverage per area'),
  'status.unassigned': msg<'count' | 'covered' | 'ids' | 'required'>({
    zh: (a) => `没有单位承担的指标（${a.count} 项，材料 ${a.covered}/${a.required}）：${a.ids}`,
    en: (a) => `Indicators no unit carries (${a.count}, materials ${a.covered}/${a.required}): ${a.ids}`,
  }),
  'status.unassigned.none': fixed('需报送材料的指标都已有单位承担。', 'Every indicator with materials is carried by a unit.'),
  'status.without-materials': msg<'ids'>({
    zh: (a) => `无需报送材料的指标：${a.ids}`,
    en: (a) => `Indicators without materials: ${a.ids}`,
  }),
  'status.reviews': msg<'passed' | 'returned' | 'stale' | 'total' | 'unreviewed'>({
    zh: (a) =>
      `初评（${a.total} 项材料）：通过 ${a.passed} 项，退回 ${a.returned} 项，通过后文件有变动待复核 ${a.stale} 项，未评审 ${a.unreviewed} 项`,
    en: (a) =>
      `初评 review (${a.total} materials): ${a.passed} passed, ${a.returned} returned, ${a.stale} to review again (files changed), ` +
      `${a.unreviewed} not reviewed`,
  }),
  'status.reviews.none': fixed(
    '初评：尚未记录任何评审结论（用 ledger review 记录）。',
    'No 初评 verdict recorded yet (ledger review records them).',
  ),
  'status.reviews.unit': msg<'name' | 'passed' | 'returned' | 'stale' | 'unreviewed'>({
    zh: (a) => `  ${a.name}：通过 ${a.passed}，退回 ${a.returned}，待复核 ${a.stale}，未评审 ${a.unreviewed}`,
    en: (a) => `  ${a.name}: ${a.passed} passed, ${a.returned} returned, ${a.stale} stale, ${a.unreviewed} not reviewed`,
  }),
  'status.reviews.title': msg<'body'>({ zh: (a) => `${a.body}初评`, en: () => 'The 初评 review' }),
  'status.col.passed': fixed('通过', 'Passed'),
  'status.col.returned': fixed('退回', 'Returned'),
  'status.col.stale': fixed('待复核', 'Stale'),
  'status.col.unreviewed': fixed('未评审', 'Not reviewed'),
  'status.trend': fixed(
    '月度趋势（每个报送日前的最后一次提交，按文件名计；今天一行即上面检查的数字）',
    'Monthly trend (last commit before each due date, by file name; the row for today is the check above)',
  ),
  'status.trend.now': fixed('今天', 'now'),
  'status.trend.empty': fixed('本创建周期内还没有报送日之前的提交。', 'No commit before a due date of this cycle yet.'),
  'status.history.not-a-repository': msg<'detail'>({
    zh: (a) => `工作区不是 git 仓库（${a.detail}），只显示今天的情况：没有月度趋势、最近更新日期和进展。`,
    en: (a) => `The workspace is not a git repository (${a.detail}): today only, no trend, last changes or progress.`,
  }),
  'status.history.no-git': fixed(
    '找不到 git 命令，只显示今天的情况：没有月度趋势、最近更新日期和进展。',
    'git is not installed: today only, no trend, last changes or progress.',
  ),
  'status.history.no-commits': fixed('git 仓库还没有任何提交，只显示今天的情况。', 'The git repository has no commit yet: today only.'),
  'status.history.git-failed': msg<'detail'>({
    zh: (a) => `读取 git 历史失败（${a.detail}），只显示今天的情况。`,
    en: (a) => `Reading the git history failed (${a.detail}): today only.`,
  }),
  'status.history.shallow': msg<'since'>({
    zh: (a) => `这是浅克隆，${a.since} 之前的历史不可见（CI 中请设 fetch-depth: 0）；趋势从这里开始，最早一次提交不计入最近更新。`,
    en: (a) =>
      `Shallow clone: no history before ${a.since} (set fetch-depth: 0 in CI); the trend starts there and its first commit dates no change.`,
  }),
  'status.unit.missing': msg<'count'>({ zh: (a) => `缺少的材料（${a.count} 项）`, en: (a) => `Missing materials (${a.count})` }),
  'status.unit.none-missing': fixed('材料已齐全。', 'Every material is in.'),
  'status.unit.findings': msg<'count'>({
    zh: (a) => `文件与台账问题（${a.count} 个）`,
    en: (a) => `File and ledger problems (${a.count})`,
  }),
  'status.unit.rejected': msg<'files'>({ zh: (a) => `（不计入：${a.files}）`, en: (a) => ` (not counted: ${a.files})` }),
  'status.missing': fixed('各单位缺少的材料', 'Missing materials per unit'),
  'status.stages': fixed('创建阶段', 'Stages of the cycle'),
  'status.chart.units': fixed('各单位材料覆盖', 'Materials covered per unit'),
  'status.chart.trend': fixed('各单位月度趋势（材料覆盖率）', 'Monthly trend per unit (materials covered)'),
  'status.chart.all': fixed('全局', 'All units'),
  'status.next-due.card': fixed('下次月度报送', 'Next monthly due date'),
  'status.days-left': msg<'days'>({
    zh: (a) => (Number(a.days) === 0 ? '就是今天' : `还有 ${a.days} 天`),
    en: (a) => (Number(a.days) === 0 ? 'today' : `${a.days} day(s) left`),
  }),
  'status.card.materials': fixed('材料覆盖', 'Materials covered'),
  'status.card.complete': fixed('材料齐全的指标', 'Indicators complete'),
  'status.card.errors': fixed('有误/逾期', 'Broken / overdue'),
  'status.card.to-submit': fixed('尚待报送', 'Still to submit'),
  'status.footer': msg<'date'>({
    zh: (a) =>
      `由 ledger status 生成于 ${a.date}。数字与 ledger check、ledger explain 和汇总表一致；趋势按 git 历史中的文件名计，不打开 PDF。`,
    en: (a) =>
      `Made by ledger status on ${a.date}. The numbers are those of ledger check, explain and the summary workbook; ` +
      'the trend counts files by name in git history.',
  }),
  'status.html-unwritable': msg<'detail' | 'file'>({
    zh: (a) => `无法写入 ${a.file}（${a.detail}）：请确认文件夹存在且可写。`,
    en: (a) => `Cannot write ${a.file} (${a.detail}): check that the folder exists and is writable.`,
  }),
  'status.wrote-html': msg<'file' | 'kb'>({ zh: (a) => `已写入 ${a.file}（${a.kb} KB）`, en: (a) => `Wrote ${a.file} (${a.kb} KB)` }),
  'help.cmd.status': fixed(
    '月度概况：各单位进度、各领域覆盖、未分配指标、报送日与阶段、git 历史趋势',
    'the monthly overview: units, areas, unassigned indicators, deadlines, the trend from git',
  ),
  'help.status.unit': fixed('只看该单位：缺少的材料和文件问题（id、名称或别名）', "one unit's detail: missing materials and file problems"),
  'help.status.html': fixed('另写出一个可离线打开、可打印的 HTML 页面', 'also write one self-contained HTML page (offline, prints on A4)'),
} satisfies Record<string, AnyMessage>;
