import { CI_FILE, type CiHost } from '../ci/ci-hosts.js';
import { indent, installScript, type ErrorPrefix } from '../ci/shell-steps.js';

/** Where each host reads the submission repository's CI (beside a workspace's ledger.yml, never in its place). */
export const ROLLUP_CI_FILE: Record<CiHost, string> = {
  github: '.github/workflows/rollup.yml',
  gitlab: CI_FILE.gitlab,
  gitea: '.gitea/workflows/rollup.yml',
};

/**
 * Validate every packet under reports/: its path (`reports/<id>/<YYYY-MM>.ledger.zip`, the id listed
 * in organisations.yaml), `ledger verify` (hashes, signature), and one catalog version across all
 * (`ledger rollup --format json` names sources on another catalog and packets it could not read).
 */
export function verifyScript(err: ErrorPrefix): string {
  return `status=0
find reports -type f ! -name .gitkeep | sort > packets.txt
while IFS= read -r f; do
  case "$f" in
    reports/*/[0-9][0-9][0-9][0-9]-[0-1][0-9].ledger.zip) ;;
    *) echo "${err}$f：报送包应放在 reports/<单位代码>/<年-月>.ledger.zip"; status=1; continue ;;
  esac
  id=$(basename "$(dirname "$f")")
  if ! grep -Eq "^[[:space:]]*-[[:space:]]*id:[[:space:]]*['\\"]?$id['\\"]?[[:space:]]*$" organisations.yaml; then
    echo "${err}$f：单位代码 $id 不在 organisations.yaml 中"; status=1
  fi
  ledger verify "$f" || status=1
done < packets.txt
if [ -s packets.txt ]; then
  ledger rollup reports --format json > rollup.json || status=1
  node -e '
    const r = require("./rollup.json");
    for (const m of r.mismatched ?? []) console.log("${err}" + m.source + "：指标目录 " + m.catalog.name + "@" + m.catalog.version + " 与全市不一致");
    for (const x of r.rejected ?? []) console.log("${err}" + x.source + "：" + x.reason + " " + x.detail);
    process.exit((r.mismatched ?? []).length + (r.rejected ?? []).length ? 1 : 0);
  ' || status=1
fi
exit $status
`;
}

/** The roll-up published after a merge: the offline HTML page and the Markdown summary, in `dir`. */
export function publishScript(dir: string): string {
  return `mkdir -p ${dir}
ledger rollup reports --html ${dir}/index.html --format markdown > ${dir}/rollup.md
`;
}

/** GitHub Actions or Gitea Actions: verify on pull requests and pushes; publish after a push to the default branch. */
export function rollupWorkflow(flavour: 'github' | 'gitea', branch: string): string {
  const gitea = flavour === 'gitea';
  const where = gitea ? '仓库设置 → Actions → 变量' : 'Settings → Secrets and variables → Actions → Variables';
  const container = gitea ? '    container:\n      image: node:22 # 内网无法访问 Docker Hub 时，改为内网镜像仓库中的 node:22\n' : '';
  const node = gitea ? '' : '\n      - uses: actions/setup-node@v7\n        with:\n          node-version: 22';
  const install = `      - name: 安装 ledger
        env:
          LEDGER_PACKAGE: \${{ vars.LEDGER_PACKAGE }}
        run: |
${indent(installScript(true, '::error::', '仓库变量', where), 10)}`;
  const steps = `      - uses: actions/checkout@v7${node}
${install}`;
  return `# 汇总仓库的 CI（ledger init --rollup 生成）：核验每个报送包（路径、哈希与签名、指标目录版本），
# 合并到 ${branch} 后生成全市汇总页（本次运行的 rollup 附件）。
name: rollup
on:
  pull_request:
  push:
    branches: [${branch}]
  workflow_dispatch:
permissions:
  contents: read
jobs:
  verify:
    runs-on: ubuntu-latest
${container}    steps:
${steps}
      - name: 核验报送包
        run: |
${indent(verifyScript('::error::'), 10)}
  publish:
    needs: verify
    if: github.event_name != 'pull_request'
    runs-on: ubuntu-latest
${container}    steps:
${steps}
      - name: 生成汇总
        run: |
${indent(publishScript('rollup'), 10)}
      - uses: actions/upload-artifact@${gitea ? 'v4 # Gitea 1.22 起支持 v4；更早的版本请用 v3' : 'v7'}
        with:
          name: rollup
          path: rollup/
`;
}

/** GitLab CI: verify on merge requests and pushes; on the default branch publish to Pages (and as an artifact). */
export function rollupGitlabCi(): string {
  const install = indent(installScript(true, '', ' CI/CD 变量', 'Settings → CI/CD → Variables'), 6);
  return `# 汇总仓库的 CI（ledger init --rollup 生成）：核验每个报送包（路径、哈希与签名、指标目录版本），
# 合并到默认分支后生成全市汇总页（GitLab Pages 与本次流水线的附件）。
default:
  image: node:22

rollup-verify:
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
    - if: $CI_PIPELINE_SOURCE == "push" && $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
  script:
    - |
${install}
    - |
${indent(verifyScript(''), 6)}

pages:
  needs: [rollup-verify]
  rules:
    - if: $CI_PIPELINE_SOURCE == "push" && $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
  script:
    - |
${install}
    - |
${indent(publishScript('public'), 6)}
  artifacts:
    paths:
      - public
`;
}

/** The CI files of a submission repository for the hosts asked. */
export function rollupCiFiles(hosts: readonly CiHost[], branch: string): { path: string; content: string }[] {
  return hosts.map((h) => ({
    path: ROLLUP_CI_FILE[h],
    content: h === 'gitlab' ? rollupGitlabCi() : rollupWorkflow(h, branch),
  }));
}
