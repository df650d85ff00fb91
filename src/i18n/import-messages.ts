import { msg, type AnyMessage, type MessageArgs as Args } from './lang.js';

const at = (a: Args): string => [a.file, a.sheet, a.cell].filter((x) => x !== undefined && x !== '').join(' › ');
const hintZh = (a: Args): string => (a.hint ? `（是否应为“${a.hint}”？）` : '');
const hintEn = (a: Args): string => (a.hint ? ` (did you mean "${a.hint}"?)` : '');
const FILL_ZH = '请填写“已完成：具体完成情况”“未完成：正在推进情况”或“不涉及：原因”';
const FILL_EN = 'write "已完成：<what was done>", "未完成：<what is under way>" or "不涉及：<reason>"';
const FIELD_ZH: Args = { status: '状态', progress: '完成进度', contact: '责任人及联系方式' };
const FIELD_EN: Args = { status: 'status', progress: 'progress', contact: 'contact' };
const valueZh = (v: unknown): string => (v === '' || v === undefined ? '（空）' : `“${String(v)}”`);
const valueEn = (v: unknown): string => (v === '' || v === undefined ? '(empty)' : `"${String(v)}"`);

/** What is wrong with a workbook that cannot be read, by `XlsxFault` (src/excel/import/xlsx-guard.ts). */
const FAULT_ZH: Record<string, string> = {
  'not-file': '它不是普通文件',
  'not-zip': '文件开头不是 .xlsx 的格式（可能是改了扩展名的其他文件）',
  directory: '文件末尾的目录缺失或损坏（文件可能在下载或复制时被截断）',
  'too-many-parts': `其中的部分超过 1000 个`,
  duplicate: '有两个同名的部分',
  encrypted: '该部分被加密',
  method: '该部分使用了不支持的压缩方式',
  inflate: '该部分解压失败，数据已损坏',
  size: '该部分的实际大小与目录记载不符',
  damaged: '该部分已损坏',
  missing: '缺少该部分',
  xml: '该部分不是格式正确的 XML',
  'sheet-name': '该部分中有表格程序不会写出的工作表名称',
  content: '表格内容无法识别',
};
const FAULT_EN: Record<string, string> = {
  'not-file': 'it is not a regular file',
  'not-zip': 'it does not start as an .xlsx does (perhaps another kind of file renamed)',
  directory: 'the table of contents at its end is missing or damaged (the file may have been cut short in a download or copy)',
  'too-many-parts': 'it has more than 1,000 parts',
  duplicate: 'two parts have this name',
  encrypted: 'the part is encrypted',
  method: 'the part is packed in a way spreadsheet programs do not use',
  inflate: 'the part cannot be unpacked: its data is damaged',
  size: 'the part unpacks to a size other than the one recorded for it',
  damaged: 'the part is damaged',
  missing: 'the part is missing',
  xml: 'the part is not well-formed XML',
  'sheet-name': 'the part names a sheet as no spreadsheet program would',
  content: 'its content could not be understood',
};
const faultZh = (a: Args): string =>
  a.fault === undefined ? '' : `：${a.part === undefined ? '' : `其中的 ${a.part}：`}${FAULT_ZH[a.fault] ?? a.fault}`;
const faultEn = (a: Args): string =>
  a.fault === undefined ? '' : `: ${a.part === undefined ? '' : `${a.part}: `}${FAULT_EN[a.fault] ?? a.fault}`;

/** Every sentence `ledger import` prints, in both languages. */
export const IMPORT_TEXT = {
  'import.file-missing': msg<'file'>({ zh: (a) => `找不到文件 ${a.file}。`, en: (a) => `File not found: ${a.file}.` }),
  'import.not-xlsx': msg<string>({
    zh: (a) =>
      `${a.file} 不是可读取的 Excel 工作簿（文件不是 .xlsx 格式，或已损坏、不完整）${faultZh(a)}。请在 Excel/WPS 中打开并“另存为”.xlsx 格式后再导入。`,
    en: (a) =>
      `${a.file} is not a readable Excel workbook (not .xlsx, or damaged or incomplete)${faultEn(a)}. Open it in Excel/WPS, save it as .xlsx and import again.`,
  }),
  'import.detail': msg<'detail'>({ zh: (a) => `  技术细节：${a.detail}`, en: (a) => `  Details: ${a.detail}` }),
  'import.old-format': msg<'file'>({
    zh: (a) =>
      `${a.file} 是 Excel 97–2003（.xls）或 WPS（.et）格式，或设置了打开密码。请在 Excel/WPS 中去掉密码，“另存为”.xlsx 格式后再导入。`,
    en: (a) =>
      `${a.file} is an Excel 97–2003 (.xls) or WPS (.et) file, or has an open password. Remove the password, save it as .xlsx in Excel/WPS and import again.`,
  }),
  'import.file-unreadable': msg<'file'>({
    zh: (a) => `无法读取 ${a.file}。请检查文件权限，或关闭正在打开它的程序后重试。`,
    en: (a) => `Cannot read ${a.file}. Check its permissions, or close the program that has it open, and try again.`,
  }),
  'import.xlsx-too-big': msg<'file' | 'limit' | 'mb'>({
    zh: (a) =>
      `${a.file} 有 ${a.mb} MB，超过工作簿大小上限 ${a.limit} MB（真实的工作台账不到 100 KB）。请删除表中粘贴的图片或多余的工作表后再导入。`,
    en: (a) =>
      `${a.file} is ${a.mb} MB, over the ${a.limit} MB limit for a workbook (a real ledger is under 100 KB). ` +
      'Remove pasted pictures or extra sheets and import again.',
  }),
  'import.xlsx-bomb': msg<'file' | 'part' | 'partMb' | 'ratio' | 'totalMb'>({
    zh: (a) =>
      `${a.file} 中的 ${a.part} 解压后超过上限（每个部分 ${a.partMb} MB、合计 ${a.totalMb} MB、压缩比 ${a.ratio}:1），` +
      '不像真实的工作台账（不到 100 KB），未读取。请用 ledger export 重新导出，让单位在新表上填写。',
    en: (a) =>
      `${a.file}: ${a.part} unpacks beyond the limits (${a.partMb} MB per part, ${a.totalMb} MB in all, a ratio of ${a.ratio}:1); ` +
      'no real ledger does (they are under 100 KB), so it was not read. Export a fresh ledger with ledger export for the unit to fill in.',
  }),
  'import.cell-at-limit': msg<string>({
    zh: (a) =>
      `${at(a)}：这个单元格的文字达到了 Excel 单元格的上限（${a.max} 个字符），内容很可能被 Excel 截断了。` +
      '请核对原文，把它缩短到上限以内（较长的说明可写成“情况说明”放入证据文件夹）后再导入。',
    en: (a) =>
      `${at(a)}: this cell's text has reached the most an Excel cell can hold (${a.max} characters), so Excel has probably cut it. ` +
      'Check it against the original, shorten it (a long account belongs in a 情况说明 in the evidence folder) and import again.',
  }),
  'import.not-ledger': msg<'file'>({
    zh: (a) => `${a.file} 不是工作台账：没有含“三级指标”“完成进度”表头的工作表。请导入由 ledger export 导出的工作台账。`,
    en: (a) => `${a.file} is not a work ledger: no sheet has the 三级指标 and 完成进度 headers. Import a ledger made by ledger export.`,
  }),
  'import.unit-conflict': msg<string>({
    zh: (a) => `${at(a)}：表头的责任单位是“${a.header}”，但此工作簿是为“${a.recorded}”导出的。请改正表头，或使用该单位自己的工作台账。`,
    en: (a) =>
      `${at(a)}: the header names unit "${a.header}", but the workbook was exported for "${a.recorded}". Correct the header or use that unit's own ledger.`,
  }),
  'import.unit-unknown': msg<string>({
    zh: (a) => `${at(a)}：不认识的责任单位“${a.unit}”${hintZh(a)}。请写 units.yaml 中的单位名称，或在 units.yaml 中为它添加别名。`,
    en: (a) => `${at(a)}: unknown unit "${a.unit}"${hintEn(a)}. Use a unit name from units.yaml, or add this spelling there as an alias.`,
  }),
  'import.unit-missing': msg<string>({
    zh: (a) => `${at(a)}：看不出是哪个单位的台账（“责任单位：”后为空）。请在该单元格填写单位名称。`,
    en: (a) => `${at(a)}: cannot tell whose ledger this is (nothing after 责任单位：). Write the unit's name in that cell.`,
  }),
  'import.no-assignments': msg<'file' | 'unit' | 'yaml'>({
    zh: (a) => `${a.file}：单位“${a.unit}”没有 ${a.yaml}，无法导入。`,
    en: (a) => `${a.file}: unit "${a.unit}" has no ${a.yaml}; cannot import.`,
  }),
  'import.assignments-broken': msg<'file' | 'yaml'>({
    zh: (a) => `${a.yaml} 无法读取或不符合格式，无法导入 ${a.file}。请先运行 ledger check 修正。`,
    en: (a) => `${a.yaml} cannot be read or does not match its schema, so ${a.file} cannot be imported. Run ledger check and fix it first.`,
  }),
  'import.no-indicator-id': msg<string>({
    zh: (a) => `${at(a)}：找不到指标编号（“${a.text}”）。三级指标一栏应以编号开头，如“31 行政规范性文件……”。`,
    en: (a) => `${at(a)}: no indicator number ("${a.text}"). The 三级指标 cell must start with the number, e.g. "31 行政规范性文件…".`,
  }),
  'import.indicator-unknown': msg<string>({
    zh: (a) => `${at(a)}：没有编号为 ${a.id} 的指标。请核对三级指标开头的编号。`,
    en: (a) => `${at(a)}: there is no indicator ${a.id}. Check the number at the start of the 三级指标 cell.`,
  }),
  'import.indicator-not-carried': msg<string>({
    zh: (a) => `${at(a)}：指标 ${a.id} 不在${a.unit}的工作台账中。如确由该单位承担，请先在其 assignments 文件中添加；否则删除此行。`,
    en: (a) =>
      `${at(a)}: indicator ${a.id} is not in ${a.unit}'s ledger. If the unit does carry it, add it to its assignments file first; otherwise delete the row.`,
  }),
  'import.status-empty': msg<string>({
    zh: (a) => `${at(a)}：指标 ${a.id} 的完成进度是空的。${FILL_ZH}。`,
    en: (a) => `${at(a)}: 完成进度 of indicator ${a.id} is empty; ${FILL_EN}.`,
  }),
  'import.status-unknown': msg<string>({
    zh: (a) => `${at(a)}：指标 ${a.id} 的完成进度“${a.text}”看不出是否完成。请以“已完成”“未完成”或“不涉及”开头。`,
    en: (a) =>
      `${at(a)}: 完成进度 of indicator ${a.id} ("${a.text}") does not say whether it is done. Start it with 已完成, 未完成 or 不涉及.`,
  }),
  'import.status-ambiguous': msg<string>({
    zh: (a) => `${at(a)}：指标 ${a.id} 的完成进度“${a.text}”同时写了两种状态。请只保留一种。`,
    en: (a) => `${at(a)}: 完成进度 of indicator ${a.id} ("${a.text}") gives two statuses. Keep one.`,
  }),
  'import.duplicate-conflict': msg<'first' | 'id' | 'second' | 'unit'>({
    zh: (a) => `指标 ${a.id}（${a.unit}）出现两次且内容不同：${a.first} 与 ${a.second}。请删除其中一行，或把两行改成一致。`,
    en: (a) =>
      `Indicator ${a.id} (${a.unit}) appears twice with different values: ${a.first} and ${a.second}. Delete one row or make them agree.`,
  }),
  'import.yaml-edit-failed': msg<'yaml'>({
    zh: (a) => `无法在不改动其他内容的情况下更新 ${a.yaml}（这是 ledger 的缺陷，请报告）。`,
    en: (a) => `Cannot update ${a.yaml} without changing other content (a bug in ledger; please report it).`,
  }),
  'import.concurrent-edit': msg<'yaml'>({
    zh: (a) => `${a.yaml} 在导入过程中被其他程序修改，未写入任何文件。请重新运行导入。`,
    en: (a) => `${a.yaml} changed on disk during the import; nothing was written. Run the import again.`,
  }),
  'import.write-failed': msg<'detail' | 'files'>({
    zh: (a) => `无法写入 ${a.files}（${a.detail}），已全部还原，没有修改任何文件。请检查磁盘空间和文件夹权限后重新导入。`,
    en: (a) =>
      `Cannot write ${a.files} (${a.detail}); everything was put back and no file was changed. Check disk space and permissions, then import again.`,
  }),
  'import.restore-failed': msg<'detail' | 'files'>({
    zh: (a) => `写入失败（${a.detail}），且以下文件未能还原；原内容保存在旁边的文件中，请手工改回：\n  ${a.files}`,
    en: (a) =>
      `Writing failed (${a.detail}) and these files could not be put back; their old content is beside them, move it back by hand:\n  ${a.files}`,
  }),
  'import.refused': msg<'count'>({
    zh: (a) => `发现 ${a.count} 个问题，未修改任何文件。改正后请重新导入全部文件。`,
    en: (a) => `${a.count} problem(s) found; no file was changed. Fix them and import all the files again.`,
  }),
  'import.file-header': msg<'months' | 'sources' | 'unit' | 'yaml'>({
    zh: (a) => `${a.yaml}（${a.unit}，${a.months ? `${a.months} 台账，` : ''}来自 ${a.sources}）`,
    en: (a) => `${a.yaml} (${a.unit}, ${a.months ? `ledger of ${a.months}, ` : ''}from ${a.sources})`,
  }),
  'import.change': msg<'field' | 'from' | 'id' | 'to'>({
    zh: (a) => `  指标 ${a.id}  ${a.field}：${a.from} → ${a.to}`,
    en: (a) => `  indicator ${a.id}  ${a.field}: ${a.from} → ${a.to}`,
  }),
  'import.change.default': msg<'field' | 'from' | 'to'>({
    zh: (a) => `  单位默认${a.field}：${a.from} → ${a.to}`,
    en: (a) => `  unit default ${a.field}: ${a.from} → ${a.to}`,
  }),
  'import.unchanged': msg<'unit' | 'yaml'>({
    zh: (a) => `${a.yaml}（${a.unit}）：没有变化`,
    en: (a) => `${a.yaml} (${a.unit}): no changes`,
  }),
  'field.status': { zh: () => '状态', en: () => 'status' },
  'field.progress': { zh: () => '完成进度', en: () => 'progress' },
  'field.contact': { zh: () => '责任人及联系方式', en: () => 'contact' },
  'value.empty': { zh: () => '（空）', en: () => '(empty)' },
  'value.default': { zh: () => '（同单位默认）', en: () => '(unit default)' },
  'import.done': msg<'changes' | 'files'>({
    zh: (a) => `已更新 ${a.files} 个文件，共 ${a.changes} 处改动。`,
    en: (a) => `Updated ${a.files} file(s), ${a.changes} change(s).`,
  }),
  'import.dry-run': msg<'changes'>({
    zh: (a) => `试运行：以上 ${a.changes} 处改动均未写入（去掉 --dry-run 即写入）。`,
    en: (a) => `Dry run: none of the ${a.changes} change(s) above was written (run without --dry-run to write them).`,
  }),
  'import.nothing': msg<'ledgers'>({
    zh: (a) => `没有需要更新的内容：${a.ledgers} 份台账与 assignments 一致。`,
    en: (a) => `Nothing to update: ${a.ledgers} ledger(s) match assignments.`,
  }),
  'import.row-skipped': msg<string>({
    zh: (a) =>
      `${at(a)}：这一行没有指标编号，也没有填写完成状态（“${a.text}”），按备注跳过。如果它是一项指标，请在三级指标一栏开头写上编号。`,
    en: (a) =>
      `${at(a)}: this row has no indicator number and no status ("${a.text}"); skipped as a remark. ` +
      'If it is an indicator, start its 三级指标 cell with the number.',
  }),
  'import.no-snapshot': msg<'file' | 'yaml'>({
    zh: (a) =>
      `${a.file} 没有导出快照（由旧版本导出，或另存时被其他程序丢弃），无法区分单位新填的内容和旧副本：` +
      `只填入 ${a.yaml} 中仍为空白或“未完成”的项目，其他不一致之处视为冲突。`,
    en: (a) =>
      `${a.file} carries no export snapshot (exported by an older version, or dropped by the program that saved it), ` +
      'so edits cannot be told from an older copy: ' +
      `only values still empty or 未完成 in ${a.yaml} are filled in; any other difference is a conflict.`,
  }),
  'import.status-reverted': msg<string>({
    zh: (a) => `${at(a)}：指标 ${a.id} 由“已完成”改为“${a.to}”。如果这是旧副本而不是单位的新填报，请不要导入这个文件。`,
    en: (a) =>
      `${at(a)}: indicator ${a.id} goes from 已完成 back to ${a.to}. If this is an old copy rather than the unit's new ledger, do not import it.`,
  }),
  'import.conflict': msg<string>({
    zh: (a) =>
      `${at(a)}：指标 ${a.id} 的${FIELD_ZH[a.field as string]}两边都改了——导出时为${valueZh(a.base)}，工作簿改为${valueZh(a.theirs)}，` +
      `${a.yaml} 已改为${valueZh(a.ours)}。请决定保留哪一个，修改工作簿中的这一格或 ${a.yaml} 使两者一致，再重新导入。`,
    en: (a) =>
      `${at(a)}: the ${FIELD_EN[a.field as string]} of indicator ${a.id} changed on both sides — exported as ${valueEn(a.base)}, ` +
      `the workbook says ${valueEn(a.theirs)}, ${a.yaml} now says ${valueEn(a.ours)}. ` +
      `Decide which to keep, make the cell or ${a.yaml} agree, and import again.`,
  }),
  'import.conflict-no-snapshot': msg<string>({
    zh: (a) =>
      `${at(a)}：指标 ${a.id} 的${FIELD_ZH[a.field as string]}：工作簿为${valueZh(a.theirs)}，${a.yaml} 中为${valueZh(a.ours)}。` +
      `此工作簿没有导出快照，无法判断是单位新填的还是旧副本，为免覆盖已有内容未导入。请核对后修改工作簿中的这一格或 ${a.yaml} 使两者一致，再重新导入。`,
    en: (a) =>
      `${at(a)}: the ${FIELD_EN[a.field as string]} of indicator ${a.id} is ${valueEn(a.theirs)} in the workbook and ${valueEn(a.ours)} in ${a.yaml}. ` +
      'The workbook has no export snapshot, so an edit cannot be told from an older copy; nothing was taken. ' +
      `Make the cell or ${a.yaml} agree and import again.`,
  }),
} satisfies Record<string, AnyMessage>;
