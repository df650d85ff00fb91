/**
 * The wording of the 整改问题清单 workbook. Document content like the plan's forms (form-wording.ts),
 * so Chinese in every `--lang`.
 */
export const PROBLEM_LIST = {
  sheet: '问题清单',
  title: (org: string) => `${org}法治政府建设示范创建整改问题清单`,
  headers: ['序号', '问题来源', '问题描述', '所属指标', '责任单位', '整改措施', '整改时限', '整改状态', '销号日期'] as const,
  unitLine: (unit: string) => `责任单位：${unit}（公章）　　`,
  asOf: (date: string, c: { total: number; open: number; overdue: number; dueSoon: number; closed: number }) =>
    `统计日期：${date}　　共 ${c.total} 个问题：整改中 ${c.open} 个（其中逾期 ${c.overdue} 个、7 天内到期 ${c.dueSoon} 个），已销号 ${c.closed} 个。` +
    '红色的行已超过整改时限，黄色的行 7 天内到期。',
  material: (no: string) => `（材料${no}）`,
  overdue: (days: number) => `已逾期 ${days} 天`,
  dueSoon: (days: number) => (days === 0 ? '今天到期' : `还有 ${days} 天`),
  notes: [
    '说明：1. 由责任单位填写“整改措施”“整改状态”“销号日期”三栏，其他栏目请勿修改（序号用于对账，不能改动）。',
    '2. 整改状态从下拉列表中选择“整改中”或“已销号”；已销号的，填写销号日期（如 2024-06-20），并将整改佐证材料一并报送。',
    '3. 填好后交回领导小组办公室，由 ledger import 读回问题清单（problems.yaml）。',
  ],
  statusPrompt: '请选择“整改中”或“已销号”',
  datePrompt: '请填写日期，如 2024-06-20',
} as const;
