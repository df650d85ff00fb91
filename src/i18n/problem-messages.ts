import { fixed, msg, type AnyMessage, type MessageArgs as Args } from './lang.js';

const at = (a: Args): string => [a.file, a.sheet, a.cell].filter((x) => x !== undefined && x !== '').join(' › ');
const rowZh = (a: Args): string => `${at(a)}（第 ${a.row} 行）`;
const rowEn = (a: Args): string => `${at(a)} (row ${a.row})`;
const FIELD_ZH: Args = { measures: '整改措施', status: '整改状态', closed: '销号日期' };
const FIELD_EN: Args = { measures: 'measures', status: 'status', closed: 'closing date' };
const valueZh = (v: unknown): string => (v === '' || v === undefined ? '（空）' : `“${String(v)}”`);
const valueEn = (v: unknown): string => (v === '' || v === undefined ? '(empty)' : `"${String(v)}"`);

/** What status, export and import say about the 整改 problem list (problems.yaml), in both languages. */
export const PROBLEM_TEXT = {
  'status.problems.title': fixed('整改问题清单', 'Problem list (整改)'),
  'status.problems.summary': msg<'closed' | 'dueSoon' | 'open' | 'overdue' | 'total'>({
    zh: (a) => `共 ${a.total} 个问题：整改中 ${a.open} 个（其中逾期 ${a.overdue} 个、7 天内到期 ${a.dueSoon} 个），已销号 ${a.closed} 个`,
    en: (a) => `${a.total} problem(s): ${a.open} open (${a.overdue} overdue, ${a.dueSoon} due within 7 days), ${a.closed} closed`,
  }),
  'status.problems.col.total': fixed('问题', 'Problems'),
  'status.problems.col.open': fixed('整改中', 'Open'),
  'status.problems.col.overdue': fixed('逾期', 'Overdue'),
  'status.problems.col.due-soon': fixed('7天内到期', 'Due ≤7 days'),
  'status.problems.col.closed': fixed('已销号', 'Closed'),
  'status.problems.overdue': msg<'count'>({ zh: (a) => `逾期未销号（${a.count} 个）`, en: (a) => `Overdue and still open (${a.count})` }),
  'status.problems.overdue-item': msg<'days' | 'description' | 'due' | 'id' | 'indicator' | 'unit'>({
    zh: (a) => `问题 ${a.id}（${a.unit}，指标 ${a.indicator}，时限 ${a.due}，逾期 ${a.days} 天）：${a.description}`,
    en: (a) => `Problem ${a.id} (${a.unit}, indicator ${a.indicator}, due ${a.due}, ${a.days} day(s) overdue): ${a.description}`,
  }),
  'help.export.problems': fixed(
    '导出整改问题清单（与 --unit 合用只导出该单位的问题，与 --all 合用另为每个有问题的单位各导出一份；不导出工作台账）',
    "the 整改 problem list (with --unit that unit's problems only; with --all also one list per unit with problems; no ledgers)",
  ),
  'export.wrote.problems': msg<'file' | 'overdue' | 'problems' | 'unit'>({
    zh: (a) => `已导出 ${a.file}（${a.unit ? `${a.unit}的` : ''}整改问题清单：${a.problems} 个问题，逾期 ${a.overdue} 个）`,
    en: (a) => `Wrote ${a.file} (${a.unit ? `${a.unit}'s ` : ''}problem list: ${a.problems} problem(s), ${a.overdue} overdue)`,
  }),
  'export.no-problems': msg<'file'>({
    zh: (a) => `工作区没有 ${a.file}，无法导出问题清单。运行 ledger init 可生成带说明的模板（不会覆盖已有文件）。`,
    en: (a) =>
      `The workspace has no ${a.file}; there is no problem list to export. ledger init writes a template with notes (it overwrites nothing).`,
  }),
  'export.problems-broken': msg<'file'>({
    zh: (a) => `${a.file} 无法读取或不符合格式，未导出任何文件。请先运行 ledger check 修正。`,
    en: (a) => `${a.file} cannot be read or does not match its schema; nothing exported. Run ledger check and fix it first.`,
  }),
  'export.problems-next': {
    zh: () => '下一步：把问题清单发给责任单位，填写整改措施、整改状态、销号日期后交回，再用 ledger import <文件…> 读回。',
    en: () =>
      'Next: send the list to the units; when it comes back with 整改措施, 整改状态 and 销号日期 filled in, read it with ledger import <files…>.',
  },
  'import.no-problems-file': msg<'file' | 'yaml'>({
    zh: (a) => `${a.file} 是整改问题清单，但工作区没有 ${a.yaml}，无法导入。`,
    en: (a) => `${a.file} is a problem list, but the workspace has no ${a.yaml}; cannot import.`,
  }),
  'import.problems-broken': msg<'file' | 'yaml'>({
    zh: (a) => `${a.yaml} 无法读取或不符合格式，无法导入 ${a.file}。请先运行 ledger check 修正。`,
    en: (a) => `${a.yaml} cannot be read or does not match its schema, so ${a.file} cannot be imported. Run ledger check and fix it first.`,
  }),
  'import.problems-no-snapshot': msg<'file' | 'yaml'>({
    zh: (a) =>
      `${a.file} 没有导出快照（另存时被其他程序丢弃，或不是 ledger export --problems 导出的），无法区分单位新填的内容和旧副本：` +
      `只填入 ${a.yaml} 中仍为空白或“整改中”的项目，其他不一致之处视为冲突。`,
    en: (a) =>
      `${a.file} carries no export snapshot (dropped by the program that saved it, or not made by ledger export --problems), ` +
      `so edits cannot be told from an older copy: only values still empty or 整改中 in ${a.yaml} are filled in; any other difference is a conflict.`,
  }),
  'import.problem-no-id': msg<string>({
    zh: (a) => `${rowZh(a)}：这一行没有序号。序号用于对账，请填回导出时的序号；多余的行请删除。`,
    en: (a) => `${rowEn(a)}: this row has no 序号 (problem id). Put back the id it was exported with, or delete the row.`,
  }),
  'import.problem-unknown': msg<string>({
    zh: (a) => `${rowZh(a)}：${a.yaml} 中没有序号为“${a.id}”的问题。新问题请由领导小组办公室加入 ${a.yaml}；请核对序号。`,
    en: (a) => `${rowEn(a)}: ${a.yaml} has no problem "${a.id}". New problems are added to ${a.yaml} by the office; check the id.`,
  }),
  'import.problem-other-unit': msg<string>({
    zh: (a) => `${rowZh(a)}：问题 ${a.id} 不属于这份清单的责任单位。请删除此行，或使用该单位自己的问题清单。`,
    en: (a) =>
      `${rowEn(a)}: problem ${a.id} does not belong to the unit this list was made for. Delete the row or use that unit's own list.`,
  }),
  'import.problem-status-invalid': msg<string>({
    zh: (a) => `${rowZh(a)}：问题 ${a.id} 的整改状态“${a.text}”无法识别。请从下拉列表中选择“整改中”或“已销号”。`,
    en: (a) => `${rowEn(a)}: the status of problem ${a.id} ("${a.text}") is neither 整改中 nor 已销号. Pick one from the cell's list.`,
  }),
  'import.problem-date-invalid': msg<string>({
    zh: (a) => `${rowZh(a)}：问题 ${a.id} 的销号日期“${a.text}”不是有效日期。请写成 2024-06-20 这样的格式。`,
    en: (a) => `${rowEn(a)}: the closing date of problem ${a.id} ("${a.text}") is not a date. Write it as 2024-06-20.`,
  }),
  'import.problem-duplicate': msg<'first' | 'id' | 'second'>({
    zh: (a) => `问题 ${a.id} 出现两次且内容不同：${a.first} 行与 ${a.second} 行。请删除其中一行，或把两行改成一致。`,
    en: (a) => `Problem ${a.id} appears twice with different values: ${a.first} and ${a.second}. Delete one row or make them agree.`,
  }),
  'import.problem-conflict': msg<string>({
    zh: (a) =>
      `${rowZh(a)}：问题 ${a.id} 的${FIELD_ZH[a.field as string]}两边都改了——导出时为${valueZh(a.base)}，工作簿改为${valueZh(a.theirs)}，` +
      `${a.yaml} 已改为${valueZh(a.ours)}。请决定保留哪一个，修改工作簿中的这一格或 ${a.yaml} 使两者一致，再重新导入。`,
    en: (a) =>
      `${rowEn(a)}: the ${FIELD_EN[a.field as string]} of problem ${a.id} changed on both sides — exported as ${valueEn(a.base)}, ` +
      `the workbook says ${valueEn(a.theirs)}, ${a.yaml} now says ${valueEn(a.ours)}. Decide which to keep, make them agree, and import again.`,
  }),
  'import.problem-conflict-no-snapshot': msg<string>({
    zh: (a) =>
      `${rowZh(a)}：问题 ${a.id} 的${FIELD_ZH[a.field as string]}：工作簿为${valueZh(a.theirs)}，${a.yaml} 中为${valueZh(a.ours)}。` +
      `此工作簿没有导出快照，无法判断是单位新填的还是旧副本，为免覆盖已有内容未导入。请核对后使两者一致，再重新导入。`,
    en: (a) =>
      `${rowEn(a)}: the ${FIELD_EN[a.field as string]} of problem ${a.id} is ${valueEn(a.theirs)} in the workbook and ${valueEn(a.ours)} in ${a.yaml}. ` +
      'The workbook has no export snapshot, so an edit cannot be told from an older copy; nothing was taken. Make them agree and import again.',
  }),
  'import.problem-closed-undated': msg<'id' | 'yaml'>({
    zh: (a) => `问题 ${a.id} 标为已销号，但没有销号日期：导入后 ledger check 会报错，请在 ${a.yaml} 中补上 closed。`,
    en: (a) => `Problem ${a.id} is marked 已销号 without a closing date: ledger check will report it; add closed in ${a.yaml}.`,
  }),
  'import.problem-change': msg<'field' | 'from' | 'id' | 'to'>({
    zh: (a) => `  问题 ${a.id}  ${FIELD_ZH[a.field as string]}：${a.from} → ${a.to}`,
    en: (a) => `  problem ${a.id}  ${FIELD_EN[a.field as string]}: ${a.from} → ${a.to}`,
  }),
  'import.problems-header': msg<'sources' | 'yaml'>({
    zh: (a) => `${a.yaml}（整改问题清单，来自 ${a.sources}）`,
    en: (a) => `${a.yaml} (problem list, from ${a.sources})`,
  }),
} satisfies Record<string, AnyMessage>;
