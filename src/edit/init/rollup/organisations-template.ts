/** organisations.yaml as a new submission repository gets it: one commented example. */
export const ORGANISATIONS_TEMPLATE = `# yaml-language-server: $schema=./schemas/organisations.schema.json
# 报送本仓库的单位。id 是 reports/ 下的文件夹名（小写字母、数字、连字符），name 与该单位 ledger.yaml 的 organization 相同，
# owners 是可以提交该文件夹的 git 账号（@用户、@组织/团队）。改动后运行 ledger init --rollup 重新生成 CODEOWNERS。
organisations: []
# organisations:
#   - id: shichang
#     name: 许昌市市场监督管理局
#     owners: ['@xcsjj-fgk']
`;
