/** README.md of a submission repository, for the organisations that hand in packets (Chinese, as they read it). */
export function rollupReadme(org: string): string {
  return `# ${org}：法治政府建设示范创建材料汇总

本仓库收集各单位每月的**报送包**（\`ledger pack\` 生成的 \`.ledger.zip\`），由 CI 核验后汇总成全市的进度页。
报送包只含进度、检查结论和材料清单（文件名、大小、SHA-256），**不含 PDF**：各单位的材料仍在本单位的仓库中。

## 各单位怎样报送

1. 在本单位的工作区运行 \`ledger check\`，确认没有错误；再运行 \`ledger pack\`，得到报送包。
2. 把报送包放到 \`reports/<单位代码>/<年-月>.ledger.zip\`，例如 \`reports/shichang/2026-11.ledger.zip\`。
   单位代码见 \`organisations.yaml\`；每个单位只能改自己的文件夹（\`CODEOWNERS\`）。
3. 提交拉取请求（合并请求）。CI 会核验：路径和文件名、报送包的哈希和签名（\`ledger verify\`）、
   指标目录的版本是否与全市一致。核验通过后由${org}合并。
4. 每月4日前报送；晚于上一个报送截止日的数据会在汇总中被点名。

**不能使用 git 的单位**：把报送包拷到 U 盘交给${org}，由${org}放入 \`reports/<单位代码>/\` 并提交，
提交说明写明“某单位 U 盘报送”。报送包的 SHA-256 可以当面核对（\`ledger verify\` 会显示）。

## 汇总

每次合并后，CI 运行 \`ledger rollup reports/\`，生成汇总页（\`rollup/index.html\`，可离线打开、可打印）和
Markdown 摘要，作为本次运行的附件（GitLab 另发布到 Pages）。在本机也可以运行：

\`\`\`sh
ledger rollup reports/ --html rollup.html
\`\`\`

## 维护

- 新增单位：在 \`organisations.yaml\` 中加一项（代码、名称、可以提交的人），然后运行
  \`ledger init --rollup . --org ${JSON.stringify(org).slice(1, -1)}\` 重新生成 \`CODEOWNERS\`（只替换 ledger 生成且未改动过的文件）。
- 下发新版指标目录：见 ledger 文档“目录下发与汇总仓库”。
`;
}
