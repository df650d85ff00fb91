import type { CatalogEntry } from '../../model/catalog.js';
import type { Carriers } from '../../model/responsibilities.js';

const HEADER = [
  '# yaml-language-server: $schema=./schemas/responsibilities.schema.json',
  '# 责任分工：本单位（组织）自己的数据——每项指标由哪些单位承担。指标目录本身（附件1原文）随 ledger 发布，',
  '# 在 ledger.yaml 的 catalog 中按名称和版本固定，不在工作区中复制或修改。',
  '# lead: 牵头（或单独承担）的单位 id；cooperate: 配合单位的 id 或 units.yaml 中的分组名（各有关单位）。',
  '# 某项材料另有承担单位时，可在该指标下写 materials: {"2": {lead: [...]}}。',
  '# 单位的增减、合并、改名请用 `ledger unit add|rename|merge|remove`，不要手工改这里的 id。',
  '# 注释为附件1印制的“责任单位”原文。',
];

/** A flow list of ids, quoted only where YAML needs it. */
function flow(items: string[]): string {
  return `[${items.map((s) => (/^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u.test(s) && !/^\d/.test(s) ? s : JSON.stringify(s))).join(', ')}]`;
}

/**
 * responsibilities.yaml for a new workspace: one line per indicator of the catalog, in catalog
 * order, with the printed 责任单位 as a comment; `note` (per id) says why an indicator has no unit.
 */
export function responsibilitiesYaml(
  entries: readonly CatalogEntry[],
  carriers: ReadonlyMap<string, Carriers>,
  note: (entry: CatalogEntry, carried: boolean) => string = (_e, carried) => (carried ? '' : '待分配'),
): string {
  const lines = [...HEADER, 'indicators:'];
  for (const e of entries) {
    const c = carriers.get(e.id) ?? { lead: [], cooperate: [] };
    const parts: string[] = [];
    if (c.lead.length) parts.push(`lead: ${flow(c.lead)}`);
    if (c.cooperate.length) parts.push(`cooperate: ${flow(c.cooperate)}`);
    const raw = e.responsibleRaw.replace(/\s+/g, ' ').trim() || '（未印制）';
    const why = note(e, parts.length > 0);
    const comment = why ? `${raw}——${why}` : raw;
    // No padding inside the braces: the form the yaml library writes back, so edits by command change only their line.
    lines.push(`  ${JSON.stringify(e.id)}: {${parts.join(', ')}} # ${comment}`);
  }
  return `${lines.join('\n')}\n`;
}
