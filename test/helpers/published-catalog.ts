import fs from 'node:fs';
import path from 'node:path';
import { BUILTIN_INDICATORS_DIR, catalogFromTexts } from '../../src/load/load-catalog.js';
import { catalogDigest } from '../../src/model/catalog-identity.js';
import { tempDir } from './cli.js';

/**
 * A published catalog (catalog.json + indicator files) made from the shipped one with `edit`
 * applied to each file's text: version 2021.2 of the same catalog unless told otherwise.
 */
export function publishCatalog(
  edit: (name: string, text: string) => string,
  version = '2021.2',
  name = '法治政府建设示范指标体系',
): string {
  const dir = tempDir('ledger-published-catalog-');
  const files = fs
    .readdirSync(BUILTIN_INDICATORS_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  const texts: [string, string][] = files.map((f) => [f, edit(f, fs.readFileSync(path.join(BUILTIN_INDICATORS_DIR, f), 'utf8'))]);
  for (const [f, text] of texts) fs.writeFileSync(path.join(dir, f), text);
  const sha256 = catalogDigest(catalogFromTexts(texts, 'x').catalog.entries);
  fs.writeFileSync(path.join(dir, 'catalog.json'), `${JSON.stringify({ format: 1, name, version, sha256, files }, null, 2)}\n`);
  return dir;
}

/** Version 2021.2 as the tests use it: 11 removed, 115 renumbered 116, 30 gains a material, 31's first material reworded. */
export function catalog2021v2(): string {
  return publishCatalog((name, text) => {
    let t = text;
    if (name === 'area-01.yaml') t = removeIndicator(t, '11');
    if (name === 'area-10.yaml') t = t.replace('- id: "115"', '- id: "116"');
    if (name === 'area-02.yaml') {
      t = t.replace(
        '          - 本级政府(本部门)开展的行政规范性文件有关专家论证的情况说明及佐证材料\n',
        '          - 本级政府(本部门)开展的行政规范性文件有关专家论证的情况说明及佐证材料\n          - 行政规范性文件清理结果\n',
      );
      t = t.replace(
        '          - 本级政府（本部门）对颁布的涉及公民、企业权利义务的行政规范性文件进行合法性审核的情况说明及佐证材料',
        '          - 合法性审核的情况说明及佐证材料（2021.2 措辞）',
      );
    }
    if (['area-01.yaml', 'area-02.yaml', 'area-10.yaml'].includes(name) && t === text)
      throw new Error(`catalog edit of ${name} changed nothing`);
    return t;
  });
}

/** The indicator's block (from its `- id:` line to the next one or the group's end) cut out. */
function removeIndicator(text: string, id: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.trim() === `- id: "${id}"`);
  if (start < 0) throw new Error(`no indicator ${id}`);
  const indent = lines[start]!.indexOf('-');
  let end = start + 1;
  while (end < lines.length && !(lines[end]!.trim() !== '' && lines[end]!.search(/\S/) <= indent)) end++;
  return [...lines.slice(0, start), ...lines.slice(end)].join('\n');
}
