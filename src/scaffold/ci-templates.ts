/** GitHub Actions workflow: check the evidence a pull request touches, as annotations. */
export const GITHUB_WORKFLOW = `# 在每个拉取请求上检查证明材料（ledger check），有错误时阻止合并。
name: ledger check
on:
  pull_request:
  push:
    branches: [main]
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      # LEDGER_PACKAGE: where your bureau keeps the ledger tool (npm name, git URL or tarball).
      - run: npm install --global "\${LEDGER_PACKAGE:-ledger}"
        env:
          LEDGER_PACKAGE: \${{ vars.LEDGER_PACKAGE }}
      - name: ledger check (pull request)
        if: github.event_name == 'pull_request'
        run: ledger check --changed "origin/\${{ github.base_ref }}" --format github
      - name: ledger check (whole workspace)
        if: github.event_name != 'pull_request'
        run: ledger check --format github
`;

/** GitLab CI job: the same on merge requests, with a JUnit report. */
export const GITLAB_CI = `# 在每个合并请求上检查证明材料（ledger check），有错误时流水线失败。
ledger-check:
  image: node:20
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
  variables:
    GIT_DEPTH: 0
  script:
    # LEDGER_PACKAGE: where your bureau keeps the ledger tool (npm name, git URL or tarball).
    - npm install --global "\${LEDGER_PACKAGE:-ledger}"
    - git fetch origin "$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"
    - ledger check --changed "origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME" --format junit > ledger-junit.xml
  artifacts:
    when: always
    reports:
      junit: ledger-junit.xml
`;

export const GITIGNORE = `# ledger: caches and generated files
.*.tmp
.ledger-cache/
exports/
bundles/
`;
