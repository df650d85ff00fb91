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
} satisfies Record<string, Message>;
