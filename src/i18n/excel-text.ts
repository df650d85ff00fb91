import type { Message, MessageArgs as Args } from './lang.js';

const at = (a: Args): string => [a.file, a.sheet, a.cell].filter((x) => x !== undefined && x !== '').join(' › ');
const hintZh = (a: Args): string => (a.hint ? `（是否应为“${a.hint}”？）` : '');
const hintEn = (a: Args): string => (a.hint ? ` (did you mean "${a.hint}"?)` : '');
const FILL_ZH = '请填写“已完成：具体完成情况”“未完成：正在推进情况”或“不涉及：原因”';
const FILL_EN = 'write "已完成：<what was done>", "未完成：<what is under way>" or "不涉及：<reason>"';

/** Every sentence `ledger export` and `ledger import` print, in both languages. */
export const EXCEL_TEXT = {
  'export.no-target': {
    zh: () => '请指定要导出的内容：--unit <单位>（一个单位）、--all（全部单位及汇总表）或 --annex1（附件1 责任分工表）。',
    en: () => 'Say what to export: --unit <unit> (one unit), --all (every unit and the summary) or --annex1 (the Annex 1 table).',
  },
  'export.unit-and-all': { zh: () => '--unit 与 --all 只能选一个。', en: () => 'Use either --unit or --all, not both.' },
  'export.bad-month': {
    zh: (a) => `月份“${a.month}”格式不对，应为 YYYY-MM，例如 2024-06。`,
    en: (a) => `Month "${a.month}" is not YYYY-MM (e.g. 2024-06).`,
  },
  'export.no-assignments': {
    zh: (a) => `单位“${a.unit}”没有工作台账文件 ${a.file}，无法导出。请在 assignments/ 中为该单位建立文件（可参照其他单位的文件）。`,
    en: (a) =>
      `Unit "${a.unit}" has no ledger file ${a.file}; nothing to export. Create it in assignments/ (copy another unit's file as a model).`,
  },
  'export.assignments-broken': {
    zh: (a) => `${a.file} 无法读取或不符合格式，未导出任何文件。请先运行 ledger check 修正。`,
    en: (a) => `${a.file} cannot be read or does not match its schema; nothing exported. Run ledger check and fix it first.`,
  },
  'export.exists': {
    zh: (a) =>
      `以下 ${a.count} 个文件已存在，未做任何改动（单位可能已经在上面填写）：\n  ${a.files}\n确需覆盖请加 --force，或用 -o 指定其他目录。`,
    en: (a) =>
      `${a.count} file(s) already exist; nothing was changed (a unit may have filled them in already):\n  ${a.files}\n` +
      'Add --force to overwrite, or choose another folder with -o.',
  },
  'export.out-not-dir': {
    zh: (a) => `输出位置 ${a.dir} 是一个文件，不是文件夹。请用 -o 指定一个文件夹。`,
    en: (a) => `Output ${a.dir} is a file, not a folder. Point -o at a folder.`,
  },
  'export.write-failed': {
    zh: (a) => `无法写入 ${a.file}（${a.detail}）。请检查该文件夹是否可写，或文件是否正在 Excel/WPS 中打开。`,
    en: (a) => `Cannot write ${a.file} (${a.detail}). Check that the folder is writable and the file is not open in Excel/WPS.`,
  },
  'export.wrote.ledger': {
    zh: (a) => `已导出 ${a.file}（${a.unit}：${a.indicators} 项指标，缺少材料 ${a.missing} 项）`,
    en: (a) => `Wrote ${a.file} (${a.unit}: ${a.indicators} indicator(s), ${a.missing} material(s) missing)`,
  },
  'export.wrote.summary': { zh: (a) => `已导出 ${a.file}（各单位汇总表）`, en: (a) => `Wrote ${a.file} (overview of all units)` },
  'export.wrote.annex1': {
    zh: (a) => `已导出 ${a.file}（附件1 指标体系责任分工表）`,
    en: (a) => `Wrote ${a.file} (Annex 1 responsibility table)`,
  },
  'export.next': {
    zh: () => '下一步：把工作台账发给各单位，填写“完成进度”“责任人及联系方式”后交回，再用 ledger import <文件…> 读回。',
    en: () =>
      'Next: send the ledgers to the units; when they come back with 完成进度 and 责任人及联系方式 filled in, read them with ledger import <files…>.',
  },

  'import.file-missing': { zh: (a) => `找不到文件 ${a.file}。`, en: (a) => `File not found: ${a.file}.` },
  'import.not-xlsx': {
    zh: (a) => `${a.file} 不是可读取的 Excel 工作簿（${a.detail}）。请在 Excel/WPS 中“另存为”.xlsx 格式后再导入。`,
    en: (a) => `${a.file} is not a readable Excel workbook (${a.detail}). Save it as .xlsx in Excel/WPS and import again.`,
  },
  'import.not-ledger': {
    zh: (a) => `${a.file} 不是工作台账：没有含“三级指标”“完成进度”表头的工作表。请导入由 ledger export 导出的工作台账。`,
    en: (a) => `${a.file} is not a work ledger: no sheet has the 三级指标 and 完成进度 headers. Import a ledger made by ledger export.`,
  },
  'import.unit-conflict': {
    zh: (a) => `${at(a)}：表头的责任单位是“${a.header}”，但此工作簿是为“${a.recorded}”导出的。请改正表头，或使用该单位自己的工作台账。`,
    en: (a) =>
      `${at(a)}: the header names unit "${a.header}", but the workbook was exported for "${a.recorded}". Correct the header or use that unit's own ledger.`,
  },
  'import.unit-unknown': {
    zh: (a) => `${at(a)}：不认识的责任单位“${a.unit}”${hintZh(a)}。请写 units.yaml 中的单位名称，或在 units.yaml 中为它添加别名。`,
    en: (a) => `${at(a)}: unknown unit "${a.unit}"${hintEn(a)}. Use a unit name from units.yaml, or add this spelling there as an alias.`,
  },
  'import.unit-missing': {
    zh: (a) => `${at(a)}：看不出是哪个单位的台账（“责任单位：”后为空）。请在该单元格填写单位名称。`,
    en: (a) => `${at(a)}: cannot tell whose ledger this is (nothing after 责任单位：). Write the unit's name in that cell.`,
  },
  'import.no-assignments': {
    zh: (a) => `${a.file}：单位“${a.unit}”没有 ${a.yaml}，无法导入。`,
    en: (a) => `${a.file}: unit "${a.unit}" has no ${a.yaml}; cannot import.`,
  },
  'import.assignments-broken': {
    zh: (a) => `${a.yaml} 无法读取或不符合格式，无法导入 ${a.file}。请先运行 ledger check 修正。`,
    en: (a) => `${a.yaml} cannot be read or does not match its schema, so ${a.file} cannot be imported. Run ledger check and fix it first.`,
  },
  'import.no-indicator-id': {
    zh: (a) => `${at(a)}：找不到指标编号（“${a.text}”）。三级指标一栏应以编号开头，如“31 行政规范性文件……”。`,
    en: (a) => `${at(a)}: no indicator number ("${a.text}"). The 三级指标 cell must start with the number, e.g. "31 行政规范性文件…".`,
  },
  'import.indicator-unknown': {
    zh: (a) => `${at(a)}：没有编号为 ${a.id} 的指标。请核对三级指标开头的编号。`,
    en: (a) => `${at(a)}: there is no indicator ${a.id}. Check the number at the start of the 三级指标 cell.`,
  },
  'import.indicator-not-carried': {
    zh: (a) => `${at(a)}：指标 ${a.id} 不在${a.unit}的工作台账中。如确由该单位承担，请先在其 assignments 文件中添加；否则删除此行。`,
    en: (a) =>
      `${at(a)}: indicator ${a.id} is not in ${a.unit}'s ledger. If the unit does carry it, add it to its assignments file first; otherwise delete the row.`,
  },
  'import.status-empty': {
    zh: (a) => `${at(a)}：指标 ${a.id} 的完成进度是空的。${FILL_ZH}。`,
    en: (a) => `${at(a)}: 完成进度 of indicator ${a.id} is empty; ${FILL_EN}.`,
  },
  'import.status-unknown': {
    zh: (a) => `${at(a)}：指标 ${a.id} 的完成进度“${a.text}”看不出是否完成。请以“已完成”“未完成”或“不涉及”开头。`,
    en: (a) =>
      `${at(a)}: 完成进度 of indicator ${a.id} ("${a.text}") does not say whether it is done. Start it with 已完成, 未完成 or 不涉及.`,
  },
  'import.status-ambiguous': {
    zh: (a) => `${at(a)}：指标 ${a.id} 的完成进度“${a.text}”同时写了两种状态。请只保留一种。`,
    en: (a) => `${at(a)}: 完成进度 of indicator ${a.id} ("${a.text}") gives two statuses. Keep one.`,
  },
  'import.duplicate-conflict': {
    zh: (a) => `指标 ${a.id}（${a.unit}）出现两次且内容不同：${a.first} 与 ${a.second}。请删除其中一行，或把两行改成一致。`,
    en: (a) =>
      `Indicator ${a.id} (${a.unit}) appears twice with different values: ${a.first} and ${a.second}. Delete one row or make them agree.`,
  },
  'import.yaml-edit-failed': {
    zh: (a) => `无法在不改动其他内容的情况下更新 ${a.yaml}（这是 ledger 的缺陷，请报告）。`,
    en: (a) => `Cannot update ${a.yaml} without changing other content (a bug in ledger; please report it).`,
  },
  'import.concurrent-edit': {
    zh: (a) => `${a.yaml} 在导入过程中被其他程序修改，未写入任何文件。请重新运行导入。`,
    en: (a) => `${a.yaml} changed on disk during the import; nothing was written. Run the import again.`,
  },
  'import.refused': {
    zh: (a) => `发现 ${a.count} 个问题，未修改任何文件。改正后请重新导入全部文件。`,
    en: (a) => `${a.count} problem(s) found; no file was changed. Fix them and import all the files again.`,
  },
  'import.file-header': {
    zh: (a) => `${a.yaml}（${a.unit}，${a.months ? `${a.months} 台账，` : ''}来自 ${a.sources}）`,
    en: (a) => `${a.yaml} (${a.unit}, ${a.months ? `ledger of ${a.months}, ` : ''}from ${a.sources})`,
  },
  'import.change': {
    zh: (a) => `  指标 ${a.id}  ${a.field}：${a.from} → ${a.to}`,
    en: (a) => `  indicator ${a.id}  ${a.field}: ${a.from} → ${a.to}`,
  },
  'import.change.default': {
    zh: (a) => `  单位默认${a.field}：${a.from} → ${a.to}`,
    en: (a) => `  unit default ${a.field}: ${a.from} → ${a.to}`,
  },
  'import.unchanged': { zh: (a) => `${a.yaml}（${a.unit}）：没有变化`, en: (a) => `${a.yaml} (${a.unit}): no changes` },
  'field.status': { zh: () => '状态', en: () => 'status' },
  'field.progress': { zh: () => '完成进度', en: () => 'progress' },
  'field.contact': { zh: () => '责任人及联系方式', en: () => 'contact' },
  'value.empty': { zh: () => '（空）', en: () => '(empty)' },
  'value.default': { zh: () => '（同单位默认）', en: () => '(unit default)' },
  'import.done': {
    zh: (a) => `已更新 ${a.files} 个文件，共 ${a.changes} 处改动。`,
    en: (a) => `Updated ${a.files} file(s), ${a.changes} change(s).`,
  },
  'import.dry-run': {
    zh: (a) => `试运行：以上 ${a.changes} 处改动均未写入（去掉 --dry-run 即写入）。`,
    en: (a) => `Dry run: none of the ${a.changes} change(s) above was written (run without --dry-run to write them).`,
  },
  'import.nothing': {
    zh: (a) => `没有需要更新的内容：${a.ledgers} 份台账与 assignments 一致。`,
    en: (a) => `Nothing to update: ${a.ledgers} ledger(s) match assignments.`,
  },
} satisfies Record<string, Message>;
