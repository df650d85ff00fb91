import { stringify } from 'yaml';
import type { Workspace } from '../../model/workspace.js';
import { BUILTIN_CATALOG } from '../../model/catalog-identity.js';
import type { Catalog } from '../../model/catalog.js';
import type { Carriers } from '../../model/responsibilities.js';
import { editYaml } from '../yaml/yaml-edit.js';
import { responsibilitiesYaml } from '../init/responsibilities-yaml.js';
import { addedComments, catalogDifferences } from './catalog-differences.js';

export interface UpgradeWrite {
  path: string;
  /** null: delete the file */
  content: string | null;
}

export interface UpgradePlan {
  /** false when the workspace already has the current layout */
  needed: boolean;
  writes: UpgradeWrite[];
  /** indicators whose copied text differed, now in catalog-notes.yaml */
  noted: string[];
  /** indicators only in the copy (not in the pinned catalog): reported, their text kept in catalog-notes.yaml comments */
  onlyLocal: string[];
  /** indicators the copy lacked */
  onlyShipped: string[];
  /** comment lines someone wrote in the copy, kept as comments of catalog-notes.yaml */
  comments: string[];
}

export interface UpgradeInput {
  ws: Workspace;
  shipped: Catalog;
  /** the text of ledger.yaml */
  ledgerText: string;
  /** indicators/*.yaml of the workspace and of the shipped catalog, by file name, as text */
  localFiles: ReadonlyMap<string, string>;
  shippedFiles: ReadonlyMap<string, string>;
  /** the schema files a current workspace has (written when the workspace has schemas/) */
  schemas: ReadonlyMap<string, string> | null;
}

/**
 * `ledger upgrade`: a workspace of the earlier layout (the catalog copied into indicators/ with
 * `responsible` in it) becomes the current one — the catalog pinned in ledger.yaml, who carries
 * what in responsibilities.yaml, any edit of the copied text in catalog-notes.yaml — losing nothing.
 * Writes nothing itself.
 */
export function planUpgrade(input: UpgradeInput): UpgradePlan {
  const { ws, shipped } = input;
  const none: UpgradePlan = { needed: false, writes: [], noted: [], onlyLocal: [], onlyShipped: [], comments: [] };
  if (!ws.catalogIsLocal) return none;
  const local = ws.catalog.entries;
  const writes: UpgradeWrite[] = [];

  const carriers = new Map<string, Carriers>(local.map((e) => [e.id, e.responsible]));
  // In the shipped order; an indicator only in the copy keeps its units at the end (check then reports it).
  const localOnlyEntries = local.filter((e) => !shipped.byId.has(e.id));
  writes.push({ path: 'responsibilities.yaml', content: responsibilitiesYaml([...shipped.entries, ...localOnlyEntries], carriers) });

  const diff = catalogDifferences(local, shipped.byId);
  const comments = addedComments(input.localFiles, input.shippedFiles);
  if (diff.differences.length || diff.onlyLocal.length || comments.length) {
    writes.push({ path: 'catalog-notes.yaml', content: notesYaml(diff.differences, localOnlyEntries, comments) });
  }

  writes.push({ path: 'ledger.yaml', content: pinCatalog(input.ledgerText, ws) });
  for (const name of input.localFiles.keys()) writes.push({ path: `indicators/${name}`, content: null });
  for (const [name, text] of input.schemas ?? []) writes.push({ path: `schemas/${name}`, content: text });
  return {
    needed: true,
    writes,
    noted: diff.differences.map((d) => d.id),
    onlyLocal: diff.onlyLocal,
    onlyShipped: diff.onlyShipped,
    comments,
  };
}

/** ledger.yaml with `catalog` (and `review_body` 市局, what the earlier release printed) after `organization`. */
function pinCatalog(text: string, ws: Workspace): string {
  let out = text;
  if (!ws.config.review_body) out = editYaml(out, [{ path: ['review_body'], value: '市局', after: 'organization' }]);
  if (!ws.config.catalog) {
    const block = `catalog:\n  name: ${BUILTIN_CATALOG.name}\n  version: ${JSON.stringify(BUILTIN_CATALOG.version)}\n`;
    const lines = out.split('\n');
    const at = lines.findIndex((l) => /^organization:/.test(l));
    const comment = '# 指标目录（附件1原文）随 ledger 发布，按名称和版本固定（ledger upgrade 写入）';
    lines.splice(at + 1, 0, comment, ...block.trimEnd().split('\n'));
    out = lines.join('\n');
  }
  return out;
}

function notesYaml(
  differences: ReturnType<typeof catalogDifferences>['differences'],
  onlyLocal: Workspace['catalog']['entries'],
  comments: string[],
): string {
  const indicators: Record<string, { note?: string; materials?: Record<string, string> }> = {};
  for (const d of differences) {
    const n: { note?: string; materials?: Record<string, string> } = {};
    if (d.note) n.note = d.note;
    if (Object.keys(d.materials).length) n.materials = d.materials;
    indicators[d.id] = n;
  }
  const head = [
    '# yaml-language-server: $schema=./schemas/catalog-notes.schema.json',
    '# 本单位对固定版本指标目录的注释（ledger upgrade 由旧版 indicators/ 副本中的改动生成）。',
    '# 目录原文不变；这里记录本地的说明或改写，ledger check 核对其指标和材料编号。',
  ];
  const tail: string[] = [];
  if (onlyLocal.length) {
    tail.push('', '# 旧副本中有、固定版本目录中没有的指标（无法作为注释，原样保留如下）：');
    for (const e of onlyLocal)
      tail.push(
        ...stringify(e, { lineWidth: 0 })
          .trimEnd()
          .split('\n')
          .map((l) => `#   ${l}`),
      );
  }
  if (comments.length) {
    tail.push('', '# 旧副本 indicators/ 中添加的注释（原样保留）：');
    for (const c of comments) tail.push(`#   ${c}`);
  }
  const body = stringify({ catalog: { ...BUILTIN_CATALOG }, indicators }, { lineWidth: 0 });
  return `${[...head, body.trimEnd(), ...tail].join('\n')}\n`;
}
