import type { Code } from '../diagnostics/codes.js';
import type { DiagnosticArgs } from '../diagnostics/diagnostic.js';
import type { Entries } from './diagnostic-messages.js';

type ProblemCode = Extract<Code, `problem-${string}`>;

const s = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
const DATE_ZH: Record<string, (a: DiagnosticArgs) => string> = {
  'due-before-found': (a) => `整改时限 ${s(a.date)} 早于发现日期 ${s(a.found)}`,
  'closed-before-found': (a) => `销号日期 ${s(a.date)} 早于发现日期 ${s(a.found)}`,
  'closed-future': (a) => `销号日期 ${s(a.date)} 晚于今天（${s(a.today)}）`,
  'open-but-dated': (a) => `仍为“整改中”，却填写了销号日期 ${s(a.date)}`,
};
const DATE_EN: Record<string, (a: DiagnosticArgs) => string> = {
  'due-before-found': (a) => `the due date ${s(a.date)} is before the day it was found (${s(a.found)})`,
  'closed-before-found': (a) => `closed on ${s(a.date)}, before it was found (${s(a.found)})`,
  'closed-future': (a) => `closed on ${s(a.date)}, after today (${s(a.today)})`,
  'open-but-dated': (a) => `still 整改中 but has a closing date (${s(a.date)})`,
};

/** The wording of the problem list's findings (problems.yaml), spread into DIAGNOSTIC_MESSAGES. */
export const PROBLEM_DIAGNOSTICS: Entries<ProblemCode> = {
  'problem-duplicate-id': {
    zh: (a) => `问题编号“${s(a.id)}”重复（第 ${s(a.other)} 个问题已使用）`,
    en: (a) => `Problem id "${s(a.id)}" is used twice (problem no. ${s(a.other)} has it already)`,
    fix: {
      zh: '每个问题用不同的编号；导出的问题清单和导入都按编号对应问题。',
      en: 'Give every problem its own id: the exported list and the import match problems by id.',
    },
  },
  'problem-overdue': {
    zh: (a) => `问题 ${s(a.id)} 已超过整改时限 ${s(a.due)}（逾期 ${s(a.days)} 天）仍未销号`,
    en: (a) => `Problem ${s(a.id)} is past its due date ${s(a.due)} (${s(a.days)} day(s) overdue) and still open`,
    fix: {
      zh: '督促责任单位完成整改并销号（status: 已销号，填写 closed 和 evidence）；确需延期的，经领导小组办公室同意后修改 due。',
      en: 'Have the unit finish and close it (status: 已销号 with closed and evidence); if the office agrees to extend it, change due.',
    },
  },
  'problem-due-soon': {
    zh: (a) => `问题 ${s(a.id)} 的整改时限 ${s(a.due)} 还有 ${s(a.days)} 天`,
    en: (a) => `Problem ${s(a.id)} is due on ${s(a.due)}, in ${s(a.days)} day(s)`,
    fix: { zh: '提醒责任单位按期完成整改并提交佐证材料。', en: 'Remind the unit to finish in time and hand in the evidence of the fix.' },
  },
  'problem-closed-undated': {
    zh: (a) => `问题 ${s(a.id)} 已销号，但没有销号日期`,
    en: (a) => `Problem ${s(a.id)} is 已销号 but has no closing date`,
    fix: { zh: '填写 closed: YYYY-MM-DD（对账销号的日期）。', en: 'Add closed: YYYY-MM-DD (the day it was checked off).' },
  },
  'problem-closed-without-evidence': {
    zh: (a) => `问题 ${s(a.id)} 已销号，但没有列出整改佐证材料`,
    en: (a) => `Problem ${s(a.id)} is 已销号 but names no evidence of the fix`,
    fix: {
      zh: '对账销号要有佐证：把整改报告等文件放入工作区（如 problems/），在 evidence 中写出路径。',
      en: 'Checking a problem off needs proof: put the report in the workspace (e.g. problems/) and list its path under evidence.',
    },
  },
  'problem-evidence-missing': {
    zh: (a) => `问题 ${s(a.id)} 的佐证材料 ${s(a.path)} 不存在`,
    en: (a) => `Evidence ${s(a.path)} of problem ${s(a.id)} does not exist`,
    fix: {
      zh: '把文件放到该路径（相对工作区根目录，用 / 分隔），或改正 evidence 中的路径。',
      en: 'Put the file at that path (relative to the workspace root, /-separated) or correct the path under evidence.',
    },
  },
  'problem-evidence-outside': {
    zh: (a) => `问题 ${s(a.id)} 的佐证材料 ${s(a.path)} 在工作区之外（绝对路径、“..”或指向外部的链接）`,
    en: (a) => `Evidence ${s(a.path)} of problem ${s(a.id)} lies outside the workspace (absolute, "..", or a link leading out)`,
    fix: {
      zh: '把文件复制到工作区内（如 problems/），写相对路径；其他人克隆仓库后才能看到。',
      en: 'Copy the file into the workspace (e.g. problems/) and give its relative path, so others who clone the repository see it.',
    },
  },
  'problem-date-invalid': {
    zh: (a) => `问题 ${s(a.id)}：${(DATE_ZH[s(a.reason)] ?? ((x) => `日期有误 ${s(x.date)}`))(a)}`,
    en: (a) => `Problem ${s(a.id)}: ${(DATE_EN[s(a.reason)] ?? ((x) => `wrong date ${s(x.date)}`))(a)}`,
    fix: {
      zh: '核对 found（发现日期）、due（整改时限）、closed（销号日期）和 status。',
      en: 'Check found, due, closed and status against each other.',
    },
  },
  'problem-material-unknown': {
    zh: (a) => `问题 ${s(a.id)}：指标 ${s(a.indicator)} 没有材料 ${s(a.material)}（共 ${s(a.count)} 项材料）`,
    en: (a) => `Problem ${s(a.id)}: indicator ${s(a.indicator)} has no material ${s(a.material)} (it has ${s(a.count)})`,
    fix: {
      zh: '用 `ledger explain <指标>` 查看材料编号；问题不针对某项材料的，删去 material。',
      en: 'See `ledger explain <id>` for the material numbers; leave material out when the problem is not about one.',
    },
  },
};
