/**
 * CI files `ledger init` writes. Both judge a change by what it changed (`--changed`): on a pull or
 * merge request against its target branch, on a push against the commit before it. Values from
 * the event reach the shell through environment variables only, never interpolated into a command.
 */
export const GITHUB_WORKFLOW = `# ledger：在每个拉取请求和每次推送到 main 时检查证明材料。
# 只评判本次改动：改动造成的问题（坏文件、错误的 YAML、不合规的文件名、被删掉的材料）使检查失败；
# 所涉指标仍缺的材料只作提示，不会阻止合并。结果写入本次运行的摘要，并在拉取请求上留言。
name: ledger check
on:
  pull_request:
  push:
    branches: [main]
permissions:
  contents: read
  pull-requests: write # 在拉取请求上留言；不需要留言时可删去此行和最后一步
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0 # --changed 需要比较的历史
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      # 在仓库的 Settings → Secrets and variables → Actions → Variables 中添加变量 LEDGER_PACKAGE：
      # 本工具的安装来源，例如 npm 包名 fazhi-ledger、git 地址或 .tgz 文件地址。
      - name: 安装 ledger
        env:
          LEDGER_PACKAGE: \${{ vars.LEDGER_PACKAGE }}
        run: |
          if [ -z "$LEDGER_PACKAGE" ]; then
            echo "::error::未设置仓库变量 LEDGER_PACKAGE（ledger 的安装来源，如 fazhi-ledger 或 git 地址）。请在 Settings → Secrets and variables → Actions → Variables 中添加后重新运行。"
            exit 1
          fi
          npm install --global "$LEDGER_PACKAGE"
      - name: 确定比较的基准
        id: base
        env:
          EVENT: \${{ github.event_name }}
          BASE_REF: \${{ github.base_ref }}
          BEFORE: \${{ github.event.before }}
        run: |
          if [ "$EVENT" = "pull_request" ]; then
            git fetch --no-tags origin "$BASE_REF"
            echo "ref=origin/$BASE_REF" >> "$GITHUB_OUTPUT"
          elif [ -n "$BEFORE" ] && git cat-file -e "$BEFORE^{commit}" 2>/dev/null; then
            echo "ref=$BEFORE" >> "$GITHUB_OUTPUT"
          else
            # 新分支的第一次推送：评判最后一次提交
            echo "ref=HEAD^" >> "$GITHUB_OUTPUT"
          fi
      - name: ledger check
        env:
          BASE: \${{ steps.base.outputs.ref }}
        run: |
          set +e
          ledger check --changed "$BASE" --format markdown > ledger-report.md
          code=$?
          ledger check --changed "$BASE" --format github
          cat ledger-report.md >> "$GITHUB_STEP_SUMMARY"
          exit $code
      - name: 在拉取请求上留言
        # 来自其他仓库（fork）的拉取请求没有留言权限，只看摘要即可
        if: >-
          always() && github.event_name == 'pull_request' && hashFiles('ledger-report.md') != '' &&
          github.event.pull_request.head.repo.full_name == github.repository
        env:
          GH_TOKEN: \${{ github.token }}
          PR: \${{ github.event.pull_request.number }}
        run: gh pr comment "$PR" --body-file ledger-report.md --edit-last || gh pr comment "$PR" --body-file ledger-report.md
`;

/** GitLab CI job: the same on merge requests and pushes to the default branch, with a JUnit report. */
export const GITLAB_CI = `# ledger：在每个合并请求和每次推送到默认分支时检查证明材料。
# 只评判本次改动：改动造成的问题使流水线失败；所涉指标仍缺的材料只作提示。
# 在 Settings → CI/CD → Variables 中添加变量 LEDGER_PACKAGE：本工具的安装来源（如 fazhi-ledger、git 地址或 .tgz 地址）。
ledger-check:
  image: node:20
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
  variables:
    GIT_DEPTH: 0 # --changed 需要比较的历史
  script:
    - |
      if [ -z "$LEDGER_PACKAGE" ]; then
        echo "未设置 CI/CD 变量 LEDGER_PACKAGE（ledger 的安装来源，如 fazhi-ledger 或 git 地址）。请在 Settings → CI/CD → Variables 中添加后重新运行。"
        exit 1
      fi
    - npm install --global "$LEDGER_PACKAGE"
    - |
      if [ -n "$CI_MERGE_REQUEST_TARGET_BRANCH_NAME" ]; then
        git fetch --no-tags origin "$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"
        BASE="origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"
      elif [ -n "$CI_COMMIT_BEFORE_SHA" ] && git cat-file -e "$CI_COMMIT_BEFORE_SHA^{commit}" 2>/dev/null; then
        BASE="$CI_COMMIT_BEFORE_SHA"
      else
        BASE="HEAD^"
      fi
      set +e
      ledger check --changed "$BASE" --format markdown > ledger-report.md
      code=$?
      ledger check --changed "$BASE" --format junit > ledger-junit.xml
      cat ledger-report.md
      exit $code
  artifacts:
    when: always
    paths:
      - ledger-report.md
    reports:
      junit: ledger-junit.xml
`;

export const GITIGNORE = `# ledger: caches and generated files
.*.tmp
.ledger-cache/
exports/
bundles/
`;
