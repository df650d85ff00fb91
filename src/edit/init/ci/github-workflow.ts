import type { CiOptions } from './ci-hosts.js';
import { checkScript, indent, installScript, monthlyScript } from './shell-steps.js';

/**
 * GitHub Actions and Gitea/Forgejo Actions (GitHub syntax). Gitea differs in three places: jobs run
 * in a `node` container (an intranet runner cannot download Node), there is no `gh` to comment on
 * a pull request, and findings go to the log (Gitea shows no annotations).
 */
export function githubWorkflow(opts: CiOptions, flavour: 'github' | 'gitea'): string {
  const gitea = flavour === 'gitea';
  const where = gitea ? '仓库设置 → Actions → 变量' : 'Settings → Secrets and variables → Actions → Variables';
  const setup = gitea
    ? `    container:
      image: node:${opts.node} # 内网无法访问 Docker Hub 时，改为内网镜像仓库中的 node:${opts.node}`
    : '';
  const node = gitea
    ? ''
    : `
      - uses: actions/setup-node@v7
        with:
          node-version: ${opts.node}`;
  const checkout = (depth: boolean) =>
    depth
      ? `      - uses: actions/checkout@v7
        with:
          fetch-depth: 0 # --changed 需要比较的历史`
      : '      - uses: actions/checkout@v7';
  const install = `      - name: 安装 ledger
        env:
          LEDGER_PACKAGE: \${{ vars.LEDGER_PACKAGE }}
        run: |
${indent(installScript(opts.registry, '::error::', '仓库变量', where), 10)}`;
  const report = gitea
    ? ['cat ledger-report.md', 'ledger check --changed "$BASE"']
    : ['ledger check --changed "$BASE" --format github', 'cat ledger-report.md >> "$GITHUB_STEP_SUMMARY"'];
  const comment = gitea
    ? ''
    : `
      - name: 在拉取请求上留言
        # 来自其他仓库（fork）的拉取请求没有留言权限，只看摘要即可
        if: >-
          always() && github.event_name == 'pull_request' && hashFiles('ledger-report.md') != '' &&
          github.event.pull_request.head.repo.full_name == github.repository
        env:
          GH_TOKEN: \${{ github.token }}
          PR: \${{ github.event.pull_request.number }}
        run: gh pr comment "$PR" --body-file ledger-report.md --edit-last || gh pr comment "$PR" --body-file ledger-report.md`;
  const intro = gitea
    ? `# Gitea / Forgejo Actions（与 GitHub Actions 语法相同）。内网的 Gitea 无法访问 github.com 时，请管理员把
# actions/checkout 与 actions/upload-artifact 镜像到内网（app.ini 的 [actions] DEFAULT_ACTIONS_URL）。
`
    : '';
  return `# ledger：在每个拉取请求和每次推送到 ${opts.branch} 时检查证明材料；每月1日生成月度报告。
# 只评判本次改动：改动造成的问题（坏文件、错误的 YAML、不合规的文件名、被删掉的材料）使检查失败；
# 所涉指标仍缺的材料只作提示，不会阻止合并。改动了规则（ledger.yaml、units.yaml、指标体系）时按目标分支的规则评判。
# 安装：优先使用仓库中 .ledger/ 下的离线安装包（ledger ci --kit 放入，按 SHA-256 核对），不访问软件源。
${intro}name: ledger
on:
  pull_request:
  push:
    branches: [${opts.branch}] # ledger init 建立的默认分支；改了默认分支时请同步修改
  schedule:
    - cron: '0 1 1 * *' # 每月1日 09:00（北京时间），在每月4日报送截止之前
  workflow_dispatch:
permissions:
  contents: read
jobs:
  check:
    if: github.event_name == 'pull_request' || github.event_name == 'push'
    runs-on: ubuntu-latest
${setup ? `${setup}\n` : ''}    permissions:
      contents: read
      pull-requests: write # 在拉取请求上留言；不需要留言时可删去此行和最后一步
    steps:
${checkout(true)}${node}
${install}
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
${indent(checkScript(report), 10)}${comment}
  monthly:
    # 每月报告：检查新闻链接是否仍可访问（--online），生成给领导看的进度页（下载本次运行的 ledger-status 附件）
    if: github.event_name == 'schedule' || github.event_name == 'workflow_dispatch'
    runs-on: ubuntu-latest
${setup ? `${setup}\n` : ''}    steps:
${checkout(false)}${node}
${install}
      - name: 月度检查与进度页
        run: |
${indent(monthlyScript(gitea ? ['cat ledger-monthly.md'] : ['cat ledger-monthly.md >> "$GITHUB_STEP_SUMMARY"']), 10)}
      - uses: actions/upload-artifact@${gitea ? 'v4 # Gitea 1.22 起支持 v4；更早的版本请用 v3' : 'v7'}
        if: always()
        with:
          name: ledger-status
          path: |
            ledger-status.html
            ledger-monthly.md
`;
}
