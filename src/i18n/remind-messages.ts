import { fixed, joinList, msg, type AnyMessage } from './lang.js';

/** 2026-12 as 2026年12月. */
const zhMonth = (m: string | number): string => String(m).replace(/^(\d{4})-0?(\d{1,2})$/, '$1年$2月');

/** What `ledger remind` writes into a reminder and says about sending it. */
export const REMIND_TEXT = {
  'remind.section.missing': msg<'count'>({ zh: (a) => `缺少的材料（${a.count} 项）`, en: (a) => `Materials missing (${a.count})` }),
  'remind.section.broken': msg<'count'>({ zh: (a) => `需要改正的问题（${a.count} 项）`, en: (a) => `To correct (${a.count})` }),
  'remind.section.returned': msg<'count'>({
    zh: (a) => `初评退回的材料（${a.count} 项）`,
    en: (a) => `Materials returned at the 初评 review (${a.count})`,
  }),
  'remind.section.problems': msg<'count'>({ zh: (a) => `整改问题（${a.count} 项）`, en: (a) => `Problems to fix (${a.count})` }),
  'remind.section.ledger': fixed('月度工作台账', 'Monthly ledger'),
  'remind.missing-item': msg<'indicator' | 'material' | 'text'>({
    zh: (a) => `指标 ${a.indicator} 材料${a.material}：${a.text}`,
    en: (a) => `Indicator ${a.indicator}, material ${a.material}: ${a.text}`,
  }),
  'remind.rejected': msg<never, 'files'>({
    zh: (a) => `已有文件不能作为证明：${joinList(a.files, 'zh')}`,
    en: (a) => `files that cannot count: ${joinList(a.files, 'en')}`,
  }),
  'remind.fix': msg<'fix'>({ zh: (a) => `怎么做：${a.fix}`, en: (a) => `What to do: ${a.fix}` }),
  'remind.returned-item': msg<'by' | 'date' | 'indicator' | 'material' | 'note'>({
    zh: (a) => `指标 ${a.indicator} 材料${a.material}：${a.note || '未写原因'}（${a.by}，${a.date} 退回）`,
    en: (a) => `Indicator ${a.indicator}, material ${a.material}: ${a.note || 'no reason given'} (returned by ${a.by} on ${a.date})`,
  }),
  'remind.problem-overdue': msg<'days' | 'description' | 'due' | 'id' | 'indicator'>({
    zh: (a) => `问题 ${a.id}（指标 ${a.indicator}）${a.description}：整改时限 ${a.due}，已逾期 ${a.days} 天`,
    en: (a) => `Problem ${a.id} (indicator ${a.indicator}) ${a.description}: due ${a.due}, ${a.days} days overdue`,
  }),
  'remind.problem-due-soon': msg<'days' | 'description' | 'due' | 'id' | 'indicator'>({
    zh: (a) => `问题 ${a.id}（指标 ${a.indicator}）${a.description}：整改时限 ${a.due}，还有 ${a.days} 天`,
    en: (a) => `Problem ${a.id} (indicator ${a.indicator}) ${a.description}: due ${a.due}, ${a.days} days left`,
  }),
  'remind.ledger-item': msg<'due' | 'month'>({
    zh: (a) => `${zhMonth(a.month)}工作台账尚未交回：请在 ${a.due} 前填好交回`,
    en: (a) => `The ledger of ${a.month} has not come back: fill it in and return it by ${a.due}`,
  }),
  'remind.stage': msg<'days' | 'due' | 'stage'>({
    zh: (a) => `；当前阶段：${a.stage}，${a.due} 截止（还有 ${a.days} 天）`,
    en: (a) => `; current stage: ${a.stage}, ends ${a.due} (${a.days} days left)`,
  }),
  'remind.summary': msg<'count' | 'quiet'>({
    zh: (a) => `${a.count} 个单位有待办事项，已生成提醒；${a.quiet} 个单位无待办，不发提醒。`,
    en: (a) => `${a.count} units have something to do and got a reminder; ${a.quiet} have nothing to do and get none.`,
  }),
  'remind.template-unknown': msg<'file' | 'line' | 'placeholder', 'known'>({
    zh: (a) =>
      `${a.file} 第 ${a.line} 行：未知的占位符 ${a.placeholder}。可用的占位符：${joinList(a.known, 'zh')}（写作 {{unit}} 的形式）。`,
    en: (a) => `${a.file} line ${a.line}: unknown placeholder ${a.placeholder}. Known: ${joinList(a.known, 'en')} (written as {{unit}}).`,
  }),
  'remind.template-unreadable': msg<'detail' | 'file'>({
    zh: (a) => `无法读取提醒模板 ${a.file}（${a.detail}）。`,
    en: (a) => `Cannot read the reminder template ${a.file} (${a.detail}).`,
  }),
  'remind.days-invalid': msg<'value'>({
    zh: (a) => `--days-before 应为 0 到 365 之间的整数，收到“${a.value}”。`,
    en: (a) => `--days-before takes a whole number from 0 to 365, got "${a.value}".`,
  }),
  'remind.channel.email': fixed('邮件', 'e-mail'),
  'remind.channel.wecom': fixed('企业微信群机器人', 'WeCom group robot'),
  'remind.channel.dingtalk': fixed('钉钉群机器人', 'DingTalk group robot'),
  'remind.sent': msg<'channel' | 'to' | 'unit'>({
    zh: (a) => `已发送：${a.unit} → ${a.to}（${a.channel}）`,
    en: (a) => `Sent: ${a.unit} → ${a.to} (${a.channel})`,
  }),
  'remind.would-send': msg<'channel' | 'to' | 'unit'>({
    zh: (a) => `将发送：${a.unit} → ${a.to}（${a.channel}；试运行，未发送）`,
    en: (a) => `Would send: ${a.unit} → ${a.to} (${a.channel}; dry run, nothing sent)`,
  }),
  'remind.already-sent': msg<'channel' | 'date' | 'month' | 'unit'>({
    zh: (a) => `跳过：${a.unit} 的${zhMonth(a.month)}提醒已于 ${a.date} 通过${a.channel}发送过；要再发一次请加 --resend。`,
    en: (a) => `Skipped: ${a.unit}'s reminder for ${a.month} went out by ${a.channel} on ${a.date}; add --resend to send it again.`,
  }),
  'remind.failed.refused': msg<'detail' | 'to' | 'unit'>({
    zh: (a) => `发送失败：${a.unit} → ${a.to}：邮件服务器拒收（${a.detail}）。请核对该单位在 units.yaml 中的 email 和发件设置。`,
    en: (a) =>
      `Not sent: ${a.unit} → ${a.to}: the mail server refused it (${a.detail}). Check the unit's email in units.yaml and the sender settings.`,
  }),
  'remind.failed.auth': msg<'detail' | 'to' | 'unit'>({
    zh: (a) =>
      `发送失败：${a.unit} → ${a.to}：邮件服务器拒绝登录（${a.detail}）。请检查环境变量 LEDGER_SMTP_USER 和 LEDGER_SMTP_PASSWORD。`,
    en: (a) =>
      `Not sent: ${a.unit} → ${a.to}: the mail server refused the login (${a.detail}). Check LEDGER_SMTP_USER and LEDGER_SMTP_PASSWORD.`,
  }),
  'remind.failed.unreachable': msg<'detail' | 'to' | 'unit'>({
    zh: (a) => `发送失败：${a.unit} → ${a.to}：无法连接服务器（${a.detail}）。请检查网络、ledger.yaml 的 remind.smtp 或机器人地址。`,
    en: (a) =>
      `Not sent: ${a.unit} → ${a.to}: the server cannot be reached (${a.detail}). Check the network, ledger.yaml remind.smtp or the robot's address.`,
  }),
  'remind.failed.errcode': msg<'code' | 'detail' | 'to' | 'unit'>({
    zh: (a) => `发送失败：${a.unit} → ${a.to}：机器人返回错误 errcode=${a.code}（${a.detail}）。请检查机器人地址、密钥和安全设置。`,
    en: (a) =>
      `Not sent: ${a.unit} → ${a.to}: the robot answered errcode=${a.code} (${a.detail}). Check its address, secret and security settings.`,
  }),
  'remind.failed.http': msg<'detail' | 'to' | 'unit'>({
    zh: (a) => `发送失败：${a.unit} → ${a.to}：机器人服务器返回错误（${a.detail}）。`,
    en: (a) => `Not sent: ${a.unit} → ${a.to}: the robot's server answered with an error (${a.detail}).`,
  }),
  'remind.failed.no-email': msg<'unit'>({
    zh: (a) => `发送失败：${a.unit} 在 units.yaml 中没有 email，无法发邮件。请为该单位写上 email 后再发。`,
    en: (a) => `Not sent: ${a.unit} has no email in units.yaml. Add one and send again.`,
  }),
  'remind.send-summary': msg<'failed' | 'sent' | 'skipped'>({
    zh: (a) => `发送 ${a.sent} 条，跳过 ${a.skipped} 条（已发送过），失败 ${a.failed} 条。`,
    en: (a) => `${a.sent} sent, ${a.skipped} skipped (sent before), ${a.failed} failed.`,
  }),
  'remind.recorded': msg<'count' | 'file'>({
    zh: (a) => `已在 ${a.file} 记录 ${a.count} 条发送（同一单位、月份、渠道不再重复发送）。`,
    en: (a) => `Recorded ${a.count} sends in ${a.file} (the same unit, month and channel is not sent again).`,
  }),
  'remind.smtp-missing': fixed(
    'ledger.yaml 没有 remind.smtp 设置，无法发邮件。请写上 host、port、secure、from（用户名和密码只放在环境变量 LEDGER_SMTP_USER、LEDGER_SMTP_PASSWORD 中）。',
    'ledger.yaml has no remind.smtp, so no mail can be sent. Add host, port, secure and from ' +
      '(the user and password go only in LEDGER_SMTP_USER and LEDGER_SMTP_PASSWORD).',
  ),
  'remind.env-missing': msg<'name'>({
    zh: (a) => `环境变量 ${a.name} 未设置，无法发送。机器人地址和密钥只从环境变量读取，不写入仓库。`,
    en: (a) =>
      `The environment variable ${a.name} is not set, so nothing can be sent. ` +
      'Robot addresses and secrets are read from the environment only, never from the repository.',
  }),
  'remind.webhook-insecure': msg<'name'>({
    zh: (a) => `${a.name} 不是 https 地址，拒绝发送（地址中的令牌会被明文传输）。`,
    en: (a) => `${a.name} is not an https address: refused (its token would travel in clear).`,
  }),
  'remind.sent-broken': msg<'line'>({
    zh: (a) => `reminders-sent.yaml 第 ${a.line} 行有误，无法确认哪些提醒已发送过，本次未发送。请修正该文件后重试。`,
    en: (a) =>
      `reminders-sent.yaml is wrong at line ${a.line}: which reminders went out cannot be told, so nothing was sent. Fix the file and try again.`,
  }),
  'remind.record-failed': msg<'detail'>({
    zh: (a) => `提醒已发送，但写入 reminders-sent.yaml 失败（${a.detail}）；下次发送前请手工补记，以免重复发送。`,
    en: (a) =>
      `The reminders went out but reminders-sent.yaml could not be written (${a.detail}); record them by hand before the next run, or they go out again.`,
  }),
  'help.cmd.remind': fixed(
    '各单位在下一个截止日前要做的事：缺少或有问题的材料、初评退回、到期的整改问题、未交的月度台账；可选发送',
    'per unit, what to do before the next deadline: missing or broken materials, 初评 returns, problems due, the ledger not returned; optional sending',
  ),
  'help.remind.unit': fixed('只提醒该单位（id、名称或别名）', 'only this unit (id, name or alias)'),
  'help.remind.format': fixed(
    'text（默认，适合粘贴到政务微信、钉钉或邮件）或 markdown',
    'text (default, for pasting into chats or e-mail) or markdown',
  ),
  'help.remind.days-before': fixed(
    '整改时限在这么多天内的问题也提醒（默认 7）',
    'also name problems due within this many days (default 7)',
  ),
  'help.remind.send': fixed(
    '发送：email（ledger.yaml remind.smtp）、wecom（企业微信群机器人）或 dingtalk（钉钉群机器人）；密钥只从环境变量读取',
    'send: email (ledger.yaml remind.smtp), wecom or dingtalk group robot; secrets from the environment only',
  ),
  'help.remind.dry-run': fixed('只显示将发给谁、发什么，不发送', 'show what would be sent to whom, send nothing'),
  'help.remind.resend': fixed('本月已发送过的也再发一次', 'send again what went out this month already'),
  'remind.robot-cut': msg<'lines' | 'unit'>({
    zh: (a) => `……（消息过长，其余 ${a.lines} 行未显示；完整内容请运行 ledger remind --unit ${a.unit}）`,
    en: (a) => `… (too long: ${a.lines} more lines not shown; run ledger remind --unit ${a.unit} for all of it)`,
  }),
} satisfies Record<string, AnyMessage>;
