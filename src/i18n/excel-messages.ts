import { msg, type AnyMessage } from './lang.js';

/** Every sentence `ledger export` prints, in both languages (import's are in import-messages.ts). */
export const EXCEL_TEXT = {
  'export.no-target': {
    zh: () =>
      '请指定要导出的内容：--unit <单位>（一个单位）、--all（全部单位及汇总表）、--annex1（附件1 责任分工表）或 --problems（整改问题清单）。',
    en: () =>
      'Say what to export: --unit <unit> (one unit), --all (every unit and the summary), --annex1 (the Annex 1 table) ' +
      'or --problems (the problem list).',
  },
  'export.unit-and-all': { zh: () => '--unit 与 --all 只能选一个。', en: () => 'Use either --unit or --all, not both.' },
  'export.bad-month': msg<'month'>({
    zh: (a) => `月份“${a.month}”格式不对，应为 YYYY-MM，例如 2024-06。`,
    en: (a) => `Month "${a.month}" is not YYYY-MM (e.g. 2024-06).`,
  }),
  'export.no-assignments': msg<'file' | 'unit'>({
    zh: (a) => `单位“${a.unit}”没有工作台账文件 ${a.file}，无法导出。请在 assignments/ 中为该单位建立文件（可参照其他单位的文件）。`,
    en: (a) =>
      `Unit "${a.unit}" has no ledger file ${a.file}; nothing to export. Create it in assignments/ (copy another unit's file as a model).`,
  }),
  'export.assignments-broken': msg<'file'>({
    zh: (a) => `${a.file} 无法读取或不符合格式，未导出任何文件。请先运行 ledger check 修正。`,
    en: (a) => `${a.file} cannot be read or does not match its schema; nothing exported. Run ledger check and fix it first.`,
  }),
  'export.exists': msg<'count' | 'files'>({
    zh: (a) =>
      `以下 ${a.count} 个文件已存在，未做任何改动（单位可能已经在上面填写）：\n  ${a.files}\n确需覆盖请加 --force，或用 -o 指定其他目录。`,
    en: (a) =>
      `${a.count} file(s) already exist; nothing was changed (a unit may have filled them in already):\n  ${a.files}\n` +
      'Add --force to overwrite, or choose another folder with -o.',
  }),
  'export.cell-too-long': msg<'max' | 'cells'>({
    zh: (a) =>
      `未导出任何文件：以下单元格的文字达到或超过 Excel 单元格的上限 ${a.max} 个字符（— 后为字符数），Excel 打开时会截断：\n  ${a.cells}\n` +
      '请在 assignments/<单位>.yaml（完成进度、责任人及联系方式）或 problems.yaml 中把这段文字缩短到上限以内' +
      '（较长的说明可写成“情况说明”放入证据文件夹），然后重新导出。',
    en: (a) =>
      `Nothing exported: these cells reach or pass the ${a.max} characters an Excel cell can hold ` +
      `(the number after — is the length); Excel would cut them:\n  ${a.cells}\n` +
      'Shorten the text in assignments/<unit>.yaml (progress, contact) or problems.yaml to fit ' +
      '(a long account belongs in a 情况说明 in the evidence folder), then export again.',
  }),
  'export.out-not-dir': msg<'dir'>({
    zh: (a) => `输出位置 ${a.dir} 是一个文件，不是文件夹。请用 -o 指定一个文件夹。`,
    en: (a) => `Output ${a.dir} is a file, not a folder. Point -o at a folder.`,
  }),
  'export.write-failed': msg<'detail' | 'file'>({
    zh: (a) => `无法写入 ${a.file}（${a.detail}）。请检查该文件夹是否可写，或文件是否正在 Excel/WPS 中打开。`,
    en: (a) => `Cannot write ${a.file} (${a.detail}). Check that the folder is writable and the file is not open in Excel/WPS.`,
  }),
  'export.wrote.ledger': msg<'file' | 'indicators' | 'missing' | 'unit'>({
    zh: (a) => `已导出 ${a.file}（${a.unit}：${a.indicators} 项指标，缺少材料 ${a.missing} 项）`,
    en: (a) => `Wrote ${a.file} (${a.unit}: ${a.indicators} indicator(s), ${a.missing} material(s) missing)`,
  }),
  'export.wrote.summary': msg<'file'>({
    zh: (a) => `已导出 ${a.file}（各单位汇总表）`,
    en: (a) => `Wrote ${a.file} (overview of all units)`,
  }),
  'export.wrote.annex1': msg<'file'>({
    zh: (a) => `已导出 ${a.file}（附件1 指标体系责任分工表）`,
    en: (a) => `Wrote ${a.file} (Annex 1 responsibility table)`,
  }),
  'export.next': {
    zh: () => '下一步：把工作台账发给各单位，填写“完成进度”“责任人及联系方式”后交回，再用 ledger import <文件…> 读回。',
    en: () =>
      'Next: send the ledgers to the units; when they come back with 完成进度 and 责任人及联系方式 filled in, read them with ledger import <files…>.',
  },
} satisfies Record<string, AnyMessage>;
