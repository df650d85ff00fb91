/**
 * problems.yaml for a new workspace: an empty list and a commented example, so the coordinator
 * sees every field the moment the 深入整改阶段 starts (拉出问题清单、制定整改方案，对账销号).
 */
export const PROBLEMS_TEMPLATE = `# yaml-language-server: $schema=./schemas/problems.schema.json
# 整改问题清单：全面自查、上级通报、市局初评中发现的问题，逐项整改、对账销号。
# ledger check 报告逾期未销号（错误）、7 天内到期（警告）、已销号缺销号日期或佐证材料（错误）；
# ledger export --problems 导出问题清单（Excel），单位填写整改措施、整改状态、销号日期后用 ledger import 读回；
# ledger status 按单位统计整改中、逾期、已销号的问题。
#
# 每个问题的字段（示例见下方注释）：
#   id           问题编号（序号），不得重复，如 1、2 或 ZG-2024-01
#   found        发现日期 YYYY-MM-DD
#   source       问题来源：全面自查、上级通报、市局初评……
#   indicator    所属指标编号，如 9、B1；material 可选，指该指标的第几项材料
#   unit         责任单位（units.yaml 中的 id、名称或别名）
#   description  问题描述
#   measures     整改措施
#   due          整改时限 YYYY-MM-DD
#   status       整改中 | 已销号
#   closed       销号日期 YYYY-MM-DD（已销号时必填）
#   evidence     整改佐证材料：工作区内的文件路径，一个或一组（已销号时必须存在），建议放在 problems/ 下
#
# problems:
#   - id: 1
#     found: 2024-05-10
#     source: 全面自查
#     indicator: 9
#     material: 2
#     unit: 法规科
#     description: 双随机抽查结果未按时公示
#     measures: 补充公示并建立公示台账
#     due: 2024-06-30
#     status: 已销号
#     closed: 2024-06-20
#     evidence:
#       - problems/1-整改报告.pdf
problems: []
`;
