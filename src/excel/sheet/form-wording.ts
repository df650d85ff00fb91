/**
 * The wording of the printed forms. This is document content (Annex 1 and Annex 2 of the work
 * plan), not interface text, so it is Chinese in every `--lang`.
 */

/** Annex 2 (附件2) — the monthly work ledger. */
export const ANNEX2 = {
  sheet: '工作台账',
  titleSuffix: '法治政府建设示范市创建工作台账',
  unitLabel: '责任单位：',
  seal: '（公章）',
  monthLabel: '报送月份：',
  filledOn: '填表时间：____年__月__日',
  headers: ['三级指标', '测评方法', '上报材料', '完成进度', '责任人及联系方式'] as const,
  notesLabel: '说明：',
  /**
   * 说明 1 as the plan prints it (`说明: 1. 每月 4 日前, 各单位…`), with two judgement calls: the
   * day comes from ledger.yaml (4 in the plan), and the extraction's half-width `, ` and the
   * spaces around the digit are written as the form's own full-width punctuation.
   */
  note1: (dueDay: number) => `1. 每月${dueDay}日前，各单位将工作台账连同需报送材料一并提交。`,
  /**
   * 说明 2 VERBATIM from the plan (line 337 of the source text), including the 。 inside the
   * closing quote. An earlier version believed the line lost in extraction and printed a rewrite;
   * the line is there, and a form the units receive must say what the plan says. `ledger import`
   * reads cells written this way (`已完成+…`): the status from the first words, the text kept whole.
   */
  note2: '2. 完成进度填写“已完成+具体完成情况”或者“未完成+正在推进情况。”',
  roleMark: { lead: '【牵头】', cooperate: '【配合】' },
  /** The 完成进度 cell as export writes it; import removes exactly this prefix again. */
  progressCell: (status: string, progress: string) => `${status}：${progress}`,
  mergedMaterials: (owner: string) => `与第${owner}项合并报送：`,
  noMaterials: '（无需报送材料）',
} as const;

/** Sheet 2 — what evidence the workspace holds for the unit's indicators. */
export const MATERIALS_SHEET = {
  sheet: '材料核查',
  title: (unit: string) => `${unit}上报材料核查表`,
  asOf: (date: string, covered: number, required: number, reviewBody = '市局') =>
    `核查日期：${date}　　应报材料 ${required} 项，已提供 ${covered} 项，缺少 ${required - covered} 项。` +
    '红色的行需要补交或更换文件，黄色的行另有文件有问题；问题和处理办法见“已提供文件（页数）或说明”一栏，' +
    `${reviewBody}初评结论见最后一栏。`,
  headers: ['三级指标', '序号', '上报材料', '状态', '已提供文件（页数）或说明', '初评'] as const,
  status: {
    file: '已提供',
    statement: '已提供（情况说明）',
    link: '已提供（新闻链接）',
    not_applicable: '不涉及',
    secret: '涉密',
    missing: '缺少',
    /** files are there, but none can count */
    unusable: '文件不可用',
    none: '无需报送',
    /** evidenced, but returned by the 初评 review */
    returned: '初评退回',
  },
  /** the 初评 column */
  review: {
    passed: '通过',
    returned: (note: string) => (note ? `退回：${note}` : '退回'),
    stale: '待复核（通过后文件有变动）',
    none: '未评审',
  },
  /** a news link that counts, on the 材料核查 sheet */
  link: (title: string, url: string) => `新闻链接：${title} ${url}`,
  /** the row for files that name no material of the indicator */
  unplaced: '未编号或放错位置的文件',
  problemMark: '【问题】',
  warningMark: '【提示】',
  fixMark: '【处理】',
  sameAsStatus: (target: string) => `同第${target.replace('/', '项材料')}`,
  sameAs: (target: string) => {
    const [id, no] = target.split('/');
    return `与第${id}项材料${no}为同一文件`;
  },
  missingHint: (folder: string, no: number) => `请将 PDF 放入 evidence/${folder}/，文件名以“${no}-”开头`,
  secretHint: '涉密材料不上传，实地核验时提供',
  mergedWith: (owner: string) => `（与第${owner}项合并报送）`,
  /** a shared indicator: where this unit files its own part (docs/工作区-组织与职责.md) */
  unitFolder: (path: string) => `本单位的材料放入 ${path}`,
} as const;

/**
 * The coordinator's monthly overview across units. Two words are kept apart, as in `ledger check`:
 * 材料齐全 (every material evidenced) and 台账已完成 (the unit's ledger says 已完成).
 */
export const SUMMARY = {
  sheet: '汇总',
  title: (org: string, month: string) => `${org}法治政府建设示范市创建工作台账汇总（${month}）`,
  asOf: (date: string) => `统计日期：${date}`,
  headers: [
    '责任单位',
    '承担指标',
    '其中牵头',
    '其中配合',
    '台账已完成',
    '材料齐全',
    '已提供材料',
    '应报材料',
    '材料完成率',
    '待提交',
    '有问题',
    '备注',
  ] as const,
  unassigned: '未分配（无单位承担）',
  withoutMaterials: '无需报送材料的指标',
  total: '合计（全部指标）',
  // A space after each 、: LibreOffice and Excel do not break a line between 、 and a digit, and cut 33 in two instead.
  idList: (ids: string[]) => `指标 ${ids.join('、 ')}`,
  totalNote: (c: { complete: number; incomplete: number; withoutMaterials: number; unassigned: { indicators: number } }) =>
    `材料齐全 ${c.complete} 项，缺材料 ${c.incomplete} 项，无需报送材料 ${c.withoutMaterials} 项；其中未分配 ${c.unassigned.indicators} 项。` +
    '合计按指标计，几个单位共同承担的指标只计一次，不是上面各行之和。',
  notes: [
    '说明：1. 材料齐全：该指标每项上报材料都有可用的证明文件（或在 index.yaml 中登记为不涉及、涉密、同第×项材料）。',
    '2. 台账已完成：单位在工作台账“完成进度”中填报“已完成”。两者分别统计；台账已完成而材料不齐的，ledger check 会逐项指出。',
    '3. 待提交：还没有证明文件的材料，是要做的工作；有问题：文件有误、不合规或整改逾期，需要改正。',
    '4. 未分配：有上报材料、但还没有任何单位的台账承担的指标，需由领导小组办公室用 ledger assign <指标> --unit <单位> 分配给承担的单位。',
  ],
} as const;

/** Annex 1 (附件1) — the responsibility table. */
export const ANNEX1 = {
  sheet: '指标体系责任分工表',
  titleSuffix: '法治政府建设示范市创建指标体系责任分工表',
  headers: ['一级指标', '二级指标', '三级指标', '测评方式', '报送材料', '牵头单位', '责任单位'] as const,
  notes: [
    '说明：1. 报送材料以2019年以来为主，必要时需提供2019年以前情况；',
    '2. 报送材料中的情况说明是指开展该工作的情况介绍，应简明扼要、清晰具体，一般600字，明确字数要求的除外；',
    '3. 报送材料中明确本级政府的，不需提供职能部门和下级政府情况；明确本地区的，需提供本地区各行政机关情况；不涉及本地区的指标简要说明，不作评价。',
    '4. 涉密材料不上传示范创建系统，在实地核验时提供。',
    '5. 本责任分工表根据2021年全国法治政府建设示范市指标体系制定，并根据上级精神及时调整。',
  ],
} as const;

/** `2024-06` → `2024年6月` */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-');
  return `${y}年${Number(m)}月`;
}
