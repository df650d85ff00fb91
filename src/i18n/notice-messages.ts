import { fixed, joinList, msg } from './lang.js';

/**
 * The draft 通报 (`ledger notice`): its title, sections and the sentences of facts per unit, and
 * what the command says. Dates in the body come already written for the language (2026年11月4日).
 */
export const NOTICE_TEXT = {
  'notice.masthead': msg<'org'>({ zh: (a) => `${a.org}文件`, en: (a) => `${a.org}` }),
  'notice.title': msg<'month'>({
    zh: (a) => `关于${a.month}法治政府建设示范创建工作推进情况的通报`,
    en: (a) => `Notice on the progress of the rule-of-law government demonstration work, ${a.month}`,
  }),
  'notice.addressee': msg<'to'>({ zh: (a) => `${a.to}：`, en: (a) => `To: ${a.to}` }),
  'notice.addressee.default': fixed('各单位', 'all units'),
  'notice.intro': msg<'month'>({
    zh: (a) => `按照法治政府建设示范创建工作方案“督导推进机制”的要求，现将${a.month}各单位创建工作推进情况通报如下。`,
    en: (a) => `As the work plan's supervision mechanism requires, this notice reports each unit's progress in ${a.month}.`,
  }),
  'notice.h.overall': fixed('一、总体情况', '1. Overall'),
  'notice.h.lagging': fixed('二、进展滞后的单位', '2. Units lagging behind'),
  'notice.h.requirements': fixed('三、工作要求', '3. What is required'),
  'notice.overall': msg<'broken' | 'complete' | 'covered' | 'date' | 'indicators' | 'ledgerDone' | 'percent' | 'required' | 'toSubmit'>({
    zh: (a) =>
      `截至${a.date}，${a.indicators}项指标应报送材料${a.required}项，已报送${a.covered}项（${a.percent}），尚待报送${a.toSubmit}项；` +
      `材料齐全的指标${a.complete}项，台账已完成${a.ledgerDone}项；材料有误、不合规或整改逾期${a.broken}个。`,
    en: (a) =>
      `As of ${a.date}, the ${a.indicators} indicators require ${a.required} materials: ${a.covered} filed (${a.percent}), ` +
      `${a.toSubmit} still to submit; ${a.complete} indicators complete, ${a.ledgerDone} ledger rows done; ${a.broken} broken, wrong or overdue.`,
  }),
  'notice.returns': msg<'late' | 'missing' | 'month' | 'onTime'>({
    zh: (a) => `${a.month}工作台账按时报送${a.onTime}个单位，逾期报送${a.late}个，未报送${a.missing}个。`,
    en: (a) => `Ledgers of ${a.month}: ${a.onTime} unit(s) on time, ${a.late} late, ${a.missing} not returned.`,
  }),
  'notice.returns.open': msg<'due' | 'month' | 'pending' | 'returned'>({
    zh: (a) => `${a.month}工作台账报送期限为${a.due}，已报送${a.returned}个单位，待报送${a.pending}个。`,
    en: (a) => `Ledgers of ${a.month} are due ${a.due}: ${a.returned} unit(s) returned, ${a.pending} to come.`,
  }),
  'notice.returns.unrecorded': msg<'month'>({
    zh: (a) => `${a.month}工作台账的回收情况未记录（台账回收自第一次导入起记录）。`,
    en: (a) => `No record of the ledgers returned in ${a.month} (returns are recorded from the first import on).`,
  }),
  'notice.lagging': msg<'count' | 'date', 'names'>({
    zh: (a) => `经核查，以下${a.count}个单位自${a.date}以来材料、台账和整改均无进展，工作滞后，予以通报：${joinList(a.names, 'zh')}。`,
    en: (a) =>
      `The following ${a.count} unit(s) made no progress in materials, ledger or 整改 since ${a.date} and are named in this notice: ` +
      `${joinList(a.names, 'en')}.`,
  }),
  'notice.lagging.none': msg<'date'>({
    zh: (a) => `经核查，自${a.date}以来各单位均有进展，本月没有列入通报的单位。`,
    en: (a) => `Every unit has made progress since ${a.date}: no unit is named in this notice this month.`,
  }),
  'notice.lagging.unknown': msg<'date'>({
    zh: (a) => `工作区没有可用的 git 历史，无法判断各单位自${a.date}以来是否有进展，本草稿未列出进展滞后的单位，请核实后补充。`,
    en: (a) =>
      `The workspace has no usable git history: progress since ${a.date} cannot be told, so this draft names no unit. Check and add them by hand.`,
  }),
  'notice.wrote.unknown': fixed(
    '工作区没有可用的 git 历史，无法判断“无进展”：草稿未列出任何单位。请在 git 仓库中使用 ledger，或在草稿中手工补充。',
    'No usable git history, so 无进展 cannot be told: the draft names no unit. Use ledger in a git repository, or add the units by hand.',
  ),
  'notice.col.no': fixed('序号', 'No.'),
  'notice.col.unit': fixed('单位', 'Unit'),
  'notice.col.materials': fixed('已报/应报材料', 'Materials filed'),
  'notice.col.to-submit': fixed('待提交', 'To do'),
  'notice.col.broken': fixed('有问题', 'Faulty'),
  'notice.col.ledger': msg<'month'>({ zh: (a) => `${a.month}台账`, en: (a) => `Ledger ${a.month}` }),
  'notice.col.overdue': fixed('逾期整改问题', 'Overdue problems'),
  'notice.col.change': fixed('较上月', 'Since last month'),
  'notice.cell.on-time': msg<'date'>({ zh: (a) => `按时（${a.date}）`, en: (a) => `on time (${a.date})` }),
  'notice.cell.late': msg<'date'>({ zh: (a) => `逾期（${a.date}）`, en: (a) => `late (${a.date})` }),
  'notice.cell.missing': fixed('未报送', 'not returned'),
  'notice.cell.pending': fixed('待报送', 'to come'),
  'notice.cell.unrecorded': fixed('未记录', 'no record'),
  'notice.cell.change': msg<'covered' | 'ledgerDone'>({
    zh: (a) => `材料+${a.covered}，台账+${a.ledgerDone}`,
    en: (a) => `materials +${a.covered}, ledger +${a.ledgerDone}`,
  }),
  'notice.cell.unknown': fixed('—', '—'),
  'notice.cell.no-change': fixed('无变化', 'none'),
  'notice.unit.lead': msg<'name' | 'no'>({ zh: (a) => `（${a.no}）${a.name}。`, en: (a) => `(${a.no}) ${a.name}. ` }),
  'notice.unit.materials': msg<'broken' | 'covered' | 'indicators' | 'percent' | 'required' | 'toSubmit'>({
    zh: (a) =>
      `承担指标${a.indicators}项，应报送材料${a.required}项，已报送${a.covered}项（${a.percent}），尚待报送${a.toSubmit}项，` +
      `材料有误、不合规或整改逾期${a.broken}个。`,
    en: (a) =>
      `Carries ${a.indicators} indicators with ${a.required} materials: ${a.covered} filed (${a.percent}), ${a.toSubmit} still to submit, ` +
      `${a.broken} broken, wrong or overdue. `,
  }),
  'notice.unit.ledger.on-time': msg<'date' | 'month'>({
    zh: (a) => `${a.month}工作台账于${a.date}按时报送。`,
    en: (a) => `Its ledger of ${a.month} came back on time (${a.date}). `,
  }),
  'notice.unit.ledger.late': msg<'date' | 'month'>({
    zh: (a) => `${a.month}工作台账于${a.date}逾期报送。`,
    en: (a) => `Its ledger of ${a.month} came back late (${a.date}). `,
  }),
  'notice.unit.ledger.missing': msg<'month'>({
    zh: (a) => `${a.month}工作台账未报送。`,
    en: (a) => `Its ledger of ${a.month} was not returned. `,
  }),
  'notice.unit.ledger.pending': msg<'month'>({
    zh: (a) => `${a.month}工作台账尚未报送（报送期限未到）。`,
    en: (a) => `Its ledger of ${a.month} has not come back yet (not yet due). `,
  }),
  'notice.unit.ledger.unrecorded': msg<'month'>({
    zh: (a) => `${a.month}工作台账回收情况未记录。`,
    en: (a) => `No record of its ledger of ${a.month}. `,
  }),
  'notice.unit.overdue.none': fixed('无逾期未整改的问题。', 'No problem is overdue. '),
  'notice.unit.overdue': msg<'count', 'items'>({
    zh: (a) => `逾期未整改的问题${a.count}个：${a.items.join('；')}。`,
    en: (a) => `${a.count} problem(s) overdue: ${a.items.join('; ')}. `,
  }),
  'notice.unit.overdue.item': msg<'days' | 'description' | 'due' | 'id' | 'indicator'>({
    zh: (a) => `${a.id}（第${a.indicator}项指标，${a.description}，整改时限${a.due}，已逾期${a.days}天）`,
    en: (a) => `${a.id} (indicator ${a.indicator}, ${a.description}, due ${a.due}, ${a.days} days overdue)`,
  }),
  'notice.unit.change': msg<'covered' | 'date' | 'ledgerDone'>({
    zh: (a) => `自${a.date}以来新增报送材料${a.covered}项，台账新完成${a.ledgerDone}项，均非本单位所为，本单位无进展。`,
    en: (a) =>
      `Since ${a.date}: ${a.covered} material(s) newly covered and ${a.ledgerDone} ledger row(s) newly done, none by the unit itself.`,
  }),
  'notice.unit.change.none': msg<'date'>({
    zh: (a) => `自${a.date}以来未新增报送材料，台账、整改均无更新。`,
    en: (a) => `Since ${a.date}: no material filed, no change to its ledger or problems.`,
  }),
  'notice.unit.change.unknown': fixed(
    '与上月的变化无法比较（缺少 git 历史）。',
    'The change since last month is unknown (no git history).',
  ),
  'notice.requirements': msg<'date'>({
    zh: (a) =>
      `请被通报单位高度重视，对照材料清单和问题清单逐项整改，于${a.date}前补齐材料、报送工作台账，并将整改情况报领导小组办公室。` +
      `其他单位要引以为戒，对照时间节点，按时保质完成创建任务。`,
    en: (a) =>
      `The units named must treat this seriously, work through the missing materials and the problem list, file the materials and return ` +
      `the ledger by ${a.date}, and report what they did to the leading group's office. Every other unit is to keep to the timetable.`,
  }),
  'notice.requirements.none': msg<'date'>({
    zh: (a) => `请各单位对照时间节点，于${a.date}前报送工作台账和材料，按时保质完成创建任务。`,
    en: (a) => `Every unit is to return its ledger and file its materials by ${a.date}, keeping to the timetable.`,
  }),
  'notice.wrote': msg<'count' | 'file' | 'kb'>({
    zh: (a) => `已写入通报草稿 ${a.file}（${a.kb} KB，列入通报的单位 ${a.count} 个）。请在 WPS 或 Word 中核对、修改后印发。`,
    en: (a) =>
      `Wrote the draft notice ${a.file} (${a.kb} KB, ${a.count} unit(s) named). Check and edit it in WPS or Word before issuing it.`,
  }),
  'notice.wrote.none': fixed(
    '本月没有列入通报的单位：草稿只写总体情况和工作要求。',
    'No unit is named this month: the draft states the overall progress and what is required.',
  ),
  'notice.bad-month': msg<'month'>({
    zh: (a) => `--month ${a.month} 不是有效的月份。请写成 YYYY-MM，例如 --month 2026-11。`,
    en: (a) => `--month ${a.month} is not a month. Write it as YYYY-MM, e.g. --month 2026-11.`,
  }),
  'notice.month-out-of-range': msg<'month' | 'previous' | 'this'>({
    zh: (a) =>
      `通报按工作区当前的状态起草，只能写本月（${a.this}）或上月（${a.previous}），不能写 ${a.month}。` +
      `以前月份的通报请从当时印发的文件中查阅。`,
    en: (a) =>
      `The notice is drafted from the workspace as it is now: only this month (${a.this}) or last month (${a.previous}), not ${a.month}. ` +
      'Look up the notices of earlier months in what was issued then.',
  }),
  'notice.exists': msg<'file'>({
    zh: (a) => `${a.file} 已存在，未覆盖。要替换它，请加 --force；或用 -o 指定另一个文件。`,
    en: (a) => `${a.file} exists and was not replaced. Add --force to replace it, or name another file with -o.`,
  }),
  'notice.unwritable': msg<'detail' | 'file'>({
    zh: (a) => `无法写入 ${a.file}（${a.detail}）。请检查文件夹是否存在、是否有写入权限，或文件是否正在 WPS/Word 中打开。`,
    en: (a) =>
      `Cannot write ${a.file} (${a.detail}). Check that the folder exists and is writable, and that the file is not open in WPS/Word.`,
  }),
  'help.cmd.notice': fixed(
    '起草本月进展滞后单位的通报（.docx，按 GB/T 9704 版式，可在 WPS/Word 中修改）',
    'draft the 通报 of lagging units for a month (.docx, GB/T 9704 layout, editable in WPS/Word)',
  ),
  'help.notice.month': fixed('通报的月份 YYYY-MM（本月或上月）', 'the month of the notice, YYYY-MM (this month or last)'),
  'help.notice.output': fixed('写到这个文件（默认 通报-YYYY-MM.docx）', 'write to this file (default 通报-YYYY-MM.docx)'),
  'help.notice.force': fixed('文件已存在时替换它', 'replace the file when it exists'),
  'help.notice.to': fixed('主送机关（默认“各单位”）', 'the addressees (主送机关; default 各单位)'),
  'help.notice.masthead': fixed('加红色发文机关标志（“××文件”）和红色分隔线', 'add the red masthead (发文机关标志) and the red rule'),
};
