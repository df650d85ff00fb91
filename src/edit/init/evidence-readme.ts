import type { CatalogEntry } from '../../model/catalog.js';
import { folderIdFor } from '../../model/indicator-id.js';
import { circled as mark } from '../../model/material-numbers.js';

/** README.md of an evidence folder: what to file here, how to name it, who is responsible. */
export function evidenceReadme(entry: CatalogEntry, merged: CatalogEntry[], carriers: string[]): string {
  const also = merged.length ? `（与第 ${merged.map((m) => m.id).join('、')} 项合并报送）` : '';
  const lines = [
    `# 指标 ${entry.id} 证明材料${also}`,
    '',
    `> ${entry.text}`,
    ...merged.map((m) => `>\n> ${m.id} ${m.text}`),
    '',
    `- 一级指标：${entry.area}`,
    `- 二级指标：${entry.group}`,
    `- 测评方式：${entry.methods.join('、') || '—'}`,
    `- 牵头单位：${entry.leadDepartments.join('、') || '—'}`,
    `- 责任单位：${entry.responsibleRaw || '—'}`,
    `- 承担单位：${carriers.join('、') || '尚未分配（由领导小组办公室在 assignments/ 中分配）'}`,
    '',
    '## 报送材料',
    '',
    '| 编号 | 材料 |',
    '| --- | --- |',
    ...entry.materials.map((m) => `| ${mark(m.no)} | ${m.text.replace(/\|/g, '\\|')} |`),
    '',
    '## 如何放置文件',
    '',
    `- 只放 PDF。文件名以材料编号开头：\`1-文件名.pdf\`、\`②文件名.pdf\`，一份文件证明多项时写 \`1+3-文件名.pdf\`；`,
    '  也可以建编号子文件夹（`2/`、`2-典型案例/`），里面放任意多个 PDF。',
    '- 情况说明可写成 `N-情况说明.md`（一般不超过600字），`ledger bundle` 会把它排成 PDF。',
    '- 不涉及、涉密（不上传，实地核验时提供）或与其他指标相同的材料，写在本文件夹的 `index.yaml`：',
    '',
    '```yaml',
    'materials:',
    '  2:',
    '    not_applicable: 本局不涉及该事项，简要说明……',
    '  3:',
    '    secret: 涉密，实地核验时提供',
    '  4:',
    '    same_as: "47/1"',
    '```',
    '',
    `文件夹：\`evidence/${folderIdFor(entry.id)}\`。本文件由 \`ledger init\` 生成，可以修改。`,
    '',
  ];
  return lines.join('\n');
}
