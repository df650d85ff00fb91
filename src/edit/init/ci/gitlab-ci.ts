import type { CiOptions } from './ci-hosts.js';
import { checkScript, indent, installScript, monthlyScript } from './shell-steps.js';

/**
 * GitLab CI: merge requests and pushes to the default branch (`$CI_DEFAULT_BRANCH`), a Code
 * Quality report so findings show in the merge request, a JUnit report, an optional merge-request
 * note, and the monthly job of a pipeline schedule.
 */
export function gitlabCi(opts: CiOptions): string {
  const install = indent(installScript(opts.registry, '', ' CI/CD 变量', 'Settings → CI/CD → Variables'), 6);
  const base = `if [ -n "$CI_MERGE_REQUEST_TARGET_BRANCH_NAME" ]; then
  git fetch --no-tags origin "$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"
  BASE="origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"
elif [ -n "$CI_COMMIT_BEFORE_SHA" ] && git cat-file -e "$CI_COMMIT_BEFORE_SHA^{commit}" 2>/dev/null; then
  BASE="$CI_COMMIT_BEFORE_SHA"
else
  BASE="HEAD^"
fi`;
  const note = `# 合并请求留言：CI_JOB_TOKEN 没有留言权限。需要留言时，建一个只有 api 权限的项目访问令牌（Reporter 即可），
# 以 Masked 变量 LEDGER_NOTE_TOKEN 保存；未设置时不留言，结果仍在 Code Quality 报告和任务日志中。
if [ -n "$LEDGER_NOTE_TOKEN" ] && [ -n "$CI_MERGE_REQUEST_IID" ]; then
  curl --silent --show-error --fail --request POST --header "PRIVATE-TOKEN: $LEDGER_NOTE_TOKEN" \\
    --data-urlencode "body@ledger-report.md" \\
    "$CI_API_V4_URL/projects/$CI_PROJECT_ID/merge_requests/$CI_MERGE_REQUEST_IID/notes" > /dev/null || echo "留言失败（检查 LEDGER_NOTE_TOKEN 的权限）"
fi`;
  const check = checkScript([
    'ledger check --changed "$BASE" --format junit > ledger-junit.xml',
    'ledger check --changed "$BASE" --format codequality > gl-code-quality-report.json',
    'cat ledger-report.md',
    note,
  ]);
  return `# ledger：在每个合并请求和每次推送到默认分支时检查证明材料；按计划每月生成月度报告。
# 只评判本次改动：改动造成的问题使流水线失败；所涉指标仍缺的材料只作提示。改动了规则时按目标分支的规则评判。
# 安装：优先使用仓库中 .ledger/ 下的离线安装包（ledger ci --kit 放入，按 SHA-256 核对），不访问软件源。
# 内网无法访问 Docker Hub 时，把 image 改为内网镜像仓库中的 node:${opts.node}。
# 月度报告：在 Build → Pipeline schedules 中新建计划，Cron 填 0 9 1 * *（每月1日9点，在4日报送截止之前）。
default:
  image: node:${opts.node}

ledger-check:
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
    - if: $CI_PIPELINE_SOURCE == "push" && $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
  variables:
    GIT_DEPTH: 0 # --changed 需要比较的历史
  script:
    - |
${install}
    - |
${indent(base, 6)}
${indent(check, 6)}
  artifacts:
    when: always
    paths:
      - ledger-report.md
    reports:
      junit: ledger-junit.xml
      codequality: gl-code-quality-report.json

ledger-monthly:
  rules:
    - if: $CI_PIPELINE_SOURCE == "schedule"
    - if: $CI_PIPELINE_SOURCE == "web"
  script:
    - |
${install}
    - |
${indent(monthlyScript(['cat ledger-monthly.md']), 6)}
  artifacts:
    when: always
    paths:
      - ledger-status.html
      - ledger-monthly.md
`;
}
