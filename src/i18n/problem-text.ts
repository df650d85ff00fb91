import { fixed, type Message } from './lang.js';

/** What status, export and import say about the 整改 problem list (problems.yaml), in both languages. */
export const PROBLEM_TEXT = {
  'status.problems.title': fixed('整改问题清单', 'Problem list (整改)'),
  'status.problems.summary': {
    zh: (a) => `共 ${a.total} 个问题：整改中 ${a.open} 个（其中逾期 ${a.overdue} 个、7 天内到期 ${a.dueSoon} 个），已销号 ${a.closed} 个`,
    en: (a) => `${a.total} problem(s): ${a.open} open (${a.overdue} overdue, ${a.dueSoon} due within 7 days), ${a.closed} closed`,
  },
  'status.problems.col.total': fixed('问题', 'Problems'),
  'status.problems.col.open': fixed('整改中', 'Open'),
  'status.problems.col.overdue': fixed('逾期', 'Overdue'),
  'status.problems.col.due-soon': fixed('7天内到期', 'Due ≤7 days'),
  'status.problems.col.closed': fixed('已销号', 'Closed'),
  'status.problems.overdue': { zh: (a) => `逾期未销号（${a.count} 个）`, en: (a) => `Overdue and still open (${a.count})` },
  'status.problems.overdue-item': {
    zh: (a) => `问题 ${a.id}（${a.unit}，指标 ${a.indicator}，时限 ${a.due}，逾期 ${a.days} 天）：${a.description}`,
    en: (a) => `Problem ${a.id} (${a.unit}, indicator ${a.indicator}, due ${a.due}, ${a.days} day(s) overdue): ${a.description}`,
  },
  'help.export.problems': fixed(
    '导出整改问题清单（与 --unit 合用只导出该单位的问题，与 --all 合用另为每个有问题的单位各导出一份；不导出工作台账）',
    "the 整改 problem list (with --unit that unit's problems only; with --all also one list per unit with problems; no ledgers)",
  ),
  'export.wrote.problems': {
    zh: (a) => `已导出 ${a.file}（${a.unit ? `${a.unit}的` : ''}整改问题清单：${a.problems} 个问题，逾期 ${a.overdue} 个）`,
    en: (a) => `Wrote ${a.file} (${a.unit ? `${a.unit}'s ` : ''}problem list: ${a.problems} problem(s), ${a.overdue} overdue)`,
  },
  'export.no-problems': {
    zh: (a) => `工作区没有 ${a.file}，无法导出问题清单。运行 ledger init 可生成带说明的模板（不会覆盖已有文件）。`,
    en: (a) =>
      `The workspace has no ${a.file}; there is no problem list to export. ledger init writes a template with notes (it overwrites nothing).`,
  },
  'export.problems-broken': {
    zh: (a) => `${a.file} 无法读取或不符合格式，未导出任何文件。请先运行 ledger check 修正。`,
    en: (a) => `${a.file} cannot be read or does not match its schema; nothing exported. Run ledger check and fix it first.`,
  },
  'export.problems-next': {
    zh: () => '下一步：把问题清单发给责任单位，填写整改措施、整改状态、销号日期后交回，再用 ledger import <文件…> 读回。',
    en: () =>
      'Next: send the list to the units; when it comes back with 整改措施, 整改状态 and 销号日期 filled in, read it with ledger import <files…>.',
  },
} satisfies Record<string, Message>;
