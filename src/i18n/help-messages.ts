import { fixed, msg, type AnyMessage } from './lang.js';

/** Descriptions of commands and options in `--help`, in both languages. */
export const HELP_TEXT = {
  'help.program': fixed(
    '法治政府建设示范创建证明材料台账工具：检查材料完整性、导出导入工作台账',
    'Evidence ledger for the 法治政府建设示范创建 assessment: completeness checks, Annex 2 work ledgers',
  ),
  'help.opt.workspace': fixed(
    '工作区目录（默认：从当前目录向上查找含 ledger.yaml 的目录）',
    'workspace folder (default: the nearest folder upward holding ledger.yaml)',
  ),
  'help.opt.lang': fixed('界面语言，也可用环境变量 LEDGER_LANG 设置', 'interface language, also set by LEDGER_LANG'),
  'help.opt.verbose': fixed('出错时显示技术细节', 'show technical details on failure'),
  'help.cmd.init': fixed('从内置指标体系创建工作区（不覆盖已有文件）', 'scaffold a workspace from the built-in catalog (never overwrites)'),
  'help.cmd.check': fixed('检查全部配置与证明材料', 'validate everything and report findings'),
  'help.cmd.explain': fixed('查看指标、材料、责任单位与完成情况', 'show indicators with materials, units and coverage'),
  'help.cmd.schema': fixed('写出 YAML 文件的 JSON Schema', 'write the JSON Schemas of the YAML files'),
  'help.check.unit': fixed('只检查该单位承担的指标（id、名称或别名）', 'only the indicators of this unit (id, name or alias)'),
  'help.check.indicator': fixed('只检查这些指标', 'only these indicators'),
  'help.check.changed': fixed(
    '只检查自该 git 引用以来有改动的指标的材料（YAML 始终全部检查）',
    'evidence checks only for indicators changed since this git ref (YAML always whole)',
  ),
  'help.opt.format': fixed('输出格式', 'output format'),
  'help.check.online': fixed(
    '访问每个新闻链接，报告无法打开的链接（需联网，供 CI 使用；默认不联网）',
    'fetch every news link and report dead ones (network; meant for CI; off by default)',
  ),
  'help.check.online-timeout': fixed('--online 时每个链接的超时秒数（默认 10）', 'seconds each link may take with --online (default 10)'),
  'help.check.no-cache': fixed('不使用也不更新 .ledger-cache 缓存', 'neither use nor update the .ledger-cache cache'),
  'help.schema.out': fixed('输出目录（默认：工作区的 schemas/）', "output folder (default: the workspace's schemas/)"),
  'help.init.org': fixed('单位名称（写入 ledger.yaml）', 'organisation name (written to ledger.yaml)'),
  'help.cmd.export': fixed(
    '导出 Excel：各单位月度工作台账（附件2）、汇总表、附件1 责任分工表',
    'write Excel: monthly unit ledgers (Annex 2), the overview, the Annex 1 table',
  ),
  'help.export.unit': fixed('导出该单位的工作台账（id、名称或别名）', "this unit's ledger (id, name or alias)"),
  'help.export.all': fixed('导出每个单位的工作台账及汇总表', "every unit's ledger and the overview"),
  'help.export.annex1': fixed('导出附件1 指标体系责任分工表', 'the Annex 1 responsibility table'),
  'help.export.month': fixed(
    '台账月份 YYYY-MM（默认：下一个月度报送截止日所在月）',
    'ledger month YYYY-MM (default: month of the next monthly due date)',
  ),
  'help.export.out': fixed('输出目录（默认：工作区的 exports/）', "output folder (default: the workspace's exports/)"),
  'help.export.force': fixed('覆盖已存在的文件', 'overwrite existing files'),
  'help.cmd.import': fixed('读回各单位填好的工作台账，更新 assignments/', 'read filled-in ledgers back into assignments/'),
  'help.import.dry-run': fixed('只显示将要做的改动，不写入', 'show the changes, write nothing'),
  'help.opt.help': fixed('显示帮助', 'display help for command'),
  'help.opt.version': fixed('显示版本号', 'print the version'),
  'help.cmd.help': fixed('显示某个命令的帮助', 'display help for command'),
} satisfies Record<string, AnyMessage>;

/** commander's own words: help headings, option details and its parse errors. */
export const COMMANDER_TEXT = {
  'commander.title.usage': fixed('用法：', 'Usage:'),
  'commander.title.options': fixed('选项：', 'Options:'),
  'commander.title.commands': fixed('命令：', 'Commands:'),
  'commander.title.arguments': fixed('参数：', 'Arguments:'),
  'commander.title.global-options': fixed('全局选项：', 'Global Options:'),
  'commander.usage.options': fixed('[选项]', '[options]'),
  'commander.usage.command': fixed('[命令]', '[command]'),
  'commander.choices': msg<'choices'>({ zh: (a) => `可选：${a.choices}`, en: (a) => `choices: ${a.choices}` }),
  'commander.default': msg<'value'>({ zh: (a) => `默认：${a.value}`, en: (a) => `default: ${a.value}` }),
  'commander.unknown-option': msg<'hint' | 'option'>({
    zh: (a) => `未知的选项 ${a.option}${a.hint ? `（是否应为 ${a.hint}？）` : ''}`,
    en: (a) => `unknown option ${a.option}${a.hint ? ` (did you mean ${a.hint}?)` : ''}`,
  }),
  'commander.unknown-command': msg<'command' | 'hint'>({
    zh: (a) => `未知的命令 ${a.command}${a.hint ? `（是否应为 ${a.hint}？）` : ''}`,
    en: (a) => `unknown command ${a.command}${a.hint ? ` (did you mean ${a.hint}?)` : ''}`,
  }),
  'commander.missing-argument': msg<'name'>({ zh: (a) => `缺少参数 ${a.name}`, en: (a) => `missing required argument ${a.name}` }),
  'commander.missing-option': msg<'option'>({
    zh: (a) => `缺少必需的选项 ${a.option}`,
    en: (a) => `required option ${a.option} not specified`,
  }),
  'commander.option-missing-argument': msg<'option'>({
    zh: (a) => `选项 ${a.option} 缺少取值`,
    en: (a) => `option ${a.option} needs a value`,
  }),
  'commander.invalid-choice': msg<'choices' | 'option' | 'value'>({
    zh: (a) => `选项 ${a.option} 的取值“${a.value}”无效，可选：${a.choices}`,
    en: (a) => `option ${a.option}: "${a.value}" is not allowed; choose one of ${a.choices}`,
  }),
  'commander.excess-arguments': msg<'command' | 'expected' | 'received'>({
    zh: (a) => `参数过多：${a.command} 最多接受 ${a.expected} 个参数，实际给了 ${a.received} 个`,
    en: (a) => `too many arguments for ${a.command}: expected ${a.expected}, got ${a.received}`,
  }),
  'commander.other': msg<'detail'>({ zh: (a) => `参数错误：${a.detail}`, en: (a) => `usage error: ${a.detail}` }),
  'commander.see-help': msg<'command'>({ zh: (a) => `用 ${a.command} --help 查看用法。`, en: (a) => `See ${a.command} --help.` }),
} satisfies Record<string, AnyMessage>;
