import { parseYmd } from '../../util/dates.js';
import { BUILTIN_CATALOG, type CatalogId } from '../../model/catalog-identity.js';

/**
 * The plan's cycle started in 2022 (创建每两年为一个创建周期), so cycles start in even years.
 * The current cycle is the one that started in the latest such year.
 */
export function cycleStartYear(todayYmd: string): number {
  const [y] = parseYmd(todayYmd);
  return y - ((((y - 2022) % 2) + 2) % 2);
}

/** ledger.yaml for a new workspace, with the plan's seven stages moved to the current cycle. */
export function ledgerConfigYaml(
  organization: string,
  todayYmd: string,
  start: { profile: string; reviewBody: string } = { profile: 'city-bureau', reviewBody: '市局' },
  catalog: CatalogId = BUILTIN_CATALOG,
): string {
  const y = cycleStartYear(todayYmd);
  const n = y + 1;
  return `# yaml-language-server: $schema=./schemas/ledger.schema.json
# 工作区配置。日期按当前创建周期（${y}—${n}年）由工作方案“三、具体步骤”推算，可按实际修改。
organization: ${JSON.stringify(organization)}
# 初始化时所用的模板（city-bureau 市局、county-bureau 县局、blank 空白）
profile: ${start.profile}
# 指标目录（附件1原文）随 ledger 发布，按名称和版本固定；本单位的责任分工在 responsibilities.yaml
catalog:
  name: ${catalog.name}
  version: ${JSON.stringify(catalog.version)}
# 初评阶段的评审单位，印在封面、台账和总览上（“${start.reviewBody}初评”）
review_body: ${start.reviewBody}

# 示范创建每两年为一个创建周期
cycle:
  start: ${y}-01-01
  end: ${n}-12-31

# 报送材料以2019年以来为主：早于此日期的材料给出警告
evidence_since: 2019-01-01

# 每月4日前，各单位将工作台账连同需报送材料一并提交
monthly_due_day: 4

# 创建工作共分为7个阶段（due 为截止日期）
stages:
  - name: 动员部署阶段
    due: ${y}-08-31 # 8月下旬前
  - name: 全面自查阶段
    due: ${y}-09-30 # 9月底前
  - name: 深入整改阶段
    due: ${y}-12-31 # 12月底前
  - name: 完善提升阶段
    due: ${n}-03-31 # 次年3月底前
  - name: ${start.reviewBody}初评阶段
    start: ${n}-04-01
    due: ${n}-07-31 # 4月—7月
  - name: 集中申报阶段
    due: ${n}-08-31 # 8月底前
  - name: 迎接验收阶段
    start: ${n}-09-01
    due: ${n}-12-31 # 9月—12月底

rules:
  # 单个 PDF 的最大体积（MB）
  max_pdf_mb: 100
  # 情况说明一般600字
  statement_max_chars: 600

# 统筹人员（领导小组办公室）的 git 账号：ledger codeowners 让他们评审全部文件，如
# codeowners: ['@fagui-coordinator']
`;
}
