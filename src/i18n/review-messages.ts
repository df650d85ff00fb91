import { fixed, joinList, msg, type AnyMessage } from './lang.js';

/** Everything `ledger review` says (the 初评 verdicts), in both languages. */
export const REVIEW_TEXT = {
  'help.cmd.review': fixed(
    '记录初评结论（通过或退回）及所评审文件的 SHA-256，写入 evidence/<指标>/index.yaml',
    'record the 初评 verdict (pass or return) with the SHA-256 of the files reviewed, in evidence/<id>/index.yaml',
  ),
  'help.review.targets': fixed(
    '指标/材料编号，如 9/2；只写指标（如 9）表示它的全部材料；可写多个',
    'indicator/material, e.g. 9/2; an indicator alone (9) means all its materials; several allowed',
  ),
  'help.review.pass': fixed('评审通过', 'the material passes'),
  'help.review.return': fixed('退回，并写明原因（如“缺少盖章页”）', 'return it, with the reason ("缺少盖章页")'),
  'help.review.by': fixed('评审人姓名', "the reviewer's name"),
  'help.review.date': fixed('评审日期 YYYY-MM-DD（默认今天）', 'date of the review, YYYY-MM-DD (default: today)'),
  'help.review.note': fixed('通过时附加的说明', 'a remark with --pass'),
  'review.target': msg<'id' | 'no'>({ zh: (a) => `指标 ${a.id} 材料${a.no}`, en: (a) => `indicator ${a.id} material ${a.no}` }),
  'review.bad-target': msg<'target'>({
    zh: (a) => `“${a.target}”无效：应写成 指标/材料编号（如 9/2），或只写指标编号（如 9）表示它的全部材料。`,
    en: (a) => `"${a.target}" is not valid: write indicator/material (9/2), or an indicator alone (9) for all its materials.`,
  }),
  'review.verdict-needed': fixed(
    '请用 --pass（通过）或 --return <原因>（退回）给出结论。',
    'Give the verdict: --pass or --return <reason>.',
  ),
  'review.verdict-both': fixed('--pass 与 --return 只能选一个。', 'Use either --pass or --return, not both.'),
  'review.reason-empty': fixed(
    '--return 需要写明退回原因，如 --return "缺少盖章页"。',
    '--return needs the reason, e.g. --return "缺少盖章页".',
  ),
  'review.note-with-return': fixed(
    '--note 只用于 --pass；退回的原因写在 --return 后面。',
    '--note goes with --pass; a return states its reason after --return.',
  ),
  'review.by-empty': fixed('--by 需要写评审人姓名。', '--by needs the reviewer’s name.'),
  'review.bad-date': msg<'date'>({
    zh: (a) => `日期“${a.date}”无效，应为 YYYY-MM-DD，例如 2026-11-28。`,
    en: (a) => `Date "${a.date}" is not a real YYYY-MM-DD date (e.g. 2026-11-28).`,
  }),
  'review.merged': msg<'file' | 'id' | 'owner'>({
    zh: (a) => `指标 ${a.id} 与第 ${a.owner} 项合并报送材料，初评结论记在第 ${a.owner} 项（${a.file}）。`,
    en: (a) => `Indicator ${a.id} shares its materials with ${a.owner}; the verdict is recorded there (${a.file}).`,
  }),
  'review.no-coverage': msg<'id' | 'material'>({
    zh: (a) => `指标 ${a.id} 的材料 ${a.material} 没有检查结果。`,
    en: (a) => `The check has no result for indicator ${a.id} material ${a.material}.`,
  }),
  'review.pass-missing': fixed(
    '该材料还没有任何证明（文件、情况说明或 index.yaml 中的例外），不能评为通过；可以 --return 退回。',
    'nothing evidences this material yet (no file, statement or index.yaml exception): it cannot pass; --return is possible.',
  ),
  'review.pass-unusable': msg<never, 'rejected'>({
    zh: (a) => `该材料的文件都不能计入（${joinList(a.rejected, 'zh')}，原因见 ledger check），不能评为通过；可以 --return 退回。`,
    en: (a) => `none of its files can count (${joinList(a.rejected, 'en')}; see ledger check): it cannot pass; --return is possible.`,
  }),
  'review.unreadable': msg<'detail' | 'file'>({
    zh: (a) => `无法读取 ${a.file}（${a.detail}），不能计算其 SHA-256。`,
    en: (a) => `cannot read ${a.file} (${a.detail}) to compute its SHA-256.`,
  }),
  'review.refused': msg<'count'>({
    zh: (a) => `以下 ${a.count} 项材料不能记录，未写入任何结论：`,
    en: (a) => `${a.count} material(s) cannot be recorded; no verdict was written:`,
  }),
  'review.refused.item': msg<'reason' | 'target'>({ zh: (a) => `  ${a.target}：${a.reason}`, en: (a) => `  ${a.target}: ${a.reason}` }),
  'review.index-broken': msg<'file'>({
    zh: (a) => `${a.file} 有语法或格式错误，未写入任何结论。请先按 ledger check 的提示修正该文件。`,
    en: (a) => `${a.file} has syntax or schema errors; no verdict was written. Fix it first (see ledger check).`,
  }),
  'review.index-outside': msg<'file'>({
    zh: (a) => `${a.file} 是符号链接或位于工作区之外，未写入任何结论。请换成普通文件。`,
    en: (a) => `${a.file} is a symbolic link or lies outside the workspace; no verdict was written. Make it a regular file.`,
  }),
  'review.concurrent-edit': msg<'file'>({
    zh: (a) => `${a.file} 一直在被其他程序（另一个 ledger review？）修改，多次重读后仍未能写入；本次的评审结论均未记录。请稍后重新运行。`,
    en: (a) =>
      `${a.file} kept being changed by another program (another ledger review?); ` +
      'after reading it again several times nothing was recorded. Run again in a moment.',
  }),
  'review.write-failed': msg<'detail' | 'file'>({
    zh: (a) => `无法写入 ${a.file}（${a.detail}）：请确认文件夹可写。`,
    en: (a) => `Cannot write ${a.file} (${a.detail}): check that the folder is writable.`,
  }),
  'review.recorded.pass': msg<'by' | 'count' | 'date' | 'file' | 'target'>({
    zh: (a) => `已记录 ${a.target} 初评通过（${a.by}，${a.date}），评审文件 ${a.count} 个 → ${a.file}`,
    en: (a) => `Recorded ${a.target}: passed (${a.by}, ${a.date}), ${a.count} file(s) reviewed → ${a.file}`,
  }),
  'review.recorded.return': msg<'by' | 'date' | 'file' | 'note' | 'target'>({
    zh: (a) => `已记录 ${a.target} 初评退回：${a.note}（${a.by}，${a.date}）→ ${a.file}`,
    en: (a) => `Recorded ${a.target}: returned, ${a.note} (${a.by}, ${a.date}) → ${a.file}`,
  }),
  'review.recorded.file': msg<'file'>({ zh: (a) => `    ${a.file}`, en: (a) => `    ${a.file}` }),
  'review.replaced': msg<'by' | 'date' | 'verdict'>({
    zh: (a) => `  （取代 ${a.date} ${a.by} 的“${a.verdict}”）`,
    en: (a) => `  (replaces "${a.verdict}" by ${a.by} on ${a.date})`,
  }),
  'review.returned-note': fixed(
    '退回的材料在重新评审通过前不计入“已提供”；补正后运行 ledger review … --pass。',
    'A returned material does not count until it passes a new review; once fixed, run ledger review … --pass.',
  ),
  'explain.review.passed': msg<'by' | 'date' | 'note'>({
    zh: (a) => `初评：通过（${a.by}，${a.date}）${a.note ? `：${a.note}` : ''}`,
    en: (a) => `初评 review: passed (${a.by}, ${a.date})${a.note ? `: ${a.note}` : ''}`,
  }),
  'explain.review.stale': msg<'by' | 'changed' | 'date'>({
    zh: (a) => `初评：通过（${a.by}，${a.date}），之后文件有变动，待复核：${a.changed}`,
    en: (a) => `初评 review: passed (${a.by}, ${a.date}), files changed since, to be reviewed again: ${a.changed}`,
  }),
  'explain.review.returned': msg<'by' | 'date' | 'note'>({
    zh: (a) => `初评：退回（${a.by}，${a.date}）：${a.note}；重新评审通过前不计入`,
    en: (a) => `初评 review: returned (${a.by}, ${a.date}): ${a.note}; does not count until it passes a new review`,
  }),
  'review.index-header': msg<'id'>({
    zh: (a) => `指标 ${a.id} 的材料例外、新闻链接和初评记录（初评结论由 ledger review 写入）`,
    en: (a) => `Indicator ${a.id}: per-material exceptions, news links and 初评 reviews (verdicts written by ledger review)`,
  }),
} satisfies Record<string, AnyMessage>;
