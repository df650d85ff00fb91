import type { OrganisationsFile } from '../../../model/schemas/organisations.js';

/**
 * CODEOWNERS of a submission repository: each organisation owns its reports/<id>/ folder; the rest
 * (CI, organisations.yaml) is the coordinator's, who reviews every pull request anyway.
 */
export function rollupCodeowners(file: OrganisationsFile | null): string {
  const lines = [
    '# 每个单位只能改自己的报送文件夹；由 organisations.yaml 生成（ledger init --rollup），请改 organisations.yaml 后重新生成。',
  ];
  for (const o of file?.organisations ?? []) {
    lines.push(
      o.owners.length ? `/reports/${o.id}/ ${o.owners.join(' ')}` : `# /reports/${o.id}/ （${o.name}：organisations.yaml 中还没有 owners）`,
    );
  }
  return `${lines.join('\n')}\n`;
}
