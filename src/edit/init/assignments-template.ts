import type { CatalogEntry } from '../../model/catalog.js';
import type { Unit } from '../../model/schemas/units.js';
import { assignmentEntryLines, roleWord } from '../../model/assignment-entry.js';

/** assignments/<unit>.yaml for a new workspace: every indicator that names the unit, status 未完成. */
export function assignmentsYaml(unit: Unit, entries: CatalogEntry[]): string {
  const lines = [
    '# yaml-language-server: $schema=../schemas/assignments.schema.json',
    `# ${unit.name} 工作台账（附件2）。每月4日前更新 status 与 progress。`,
    '# status: 已完成 | 未完成 | 不涉及；progress: 具体完成情况或正在推进情况；',
    '# contact: 责任人及联系方式（某项指标另有责任人时，可在该项下单独写 contact）。',
    `unit: ${unit.id}`,
    'contact: ""',
    entries.length ? 'indicators:' : 'indicators: {}',
  ];
  for (const e of entries) {
    lines.push(...assignmentEntryLines(e, roleWord(e.responsible.lead.includes(unit.id) ? 'lead' : 'cooperate'), '  ', '  '));
  }
  return `${lines.join('\n')}\n`;
}
