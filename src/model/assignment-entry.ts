import type { CatalogEntry } from './catalog.js';
import type { Role } from './responsibility.js';
import { oneLine } from '../util/truncate.js';

/** The word the comment above an entry gives the unit's role: 牵头, 配合, or 配合（the group that names it）. */
export function roleWord(role: Role, group?: string): string {
  if (role === 'lead') return '牵头';
  return role === 'group' && group ? `配合（${group}）` : '配合';
}

/**
 * The lines of one `indicators:` entry of an assignments file, as `init` writes them and `assign`
 * adds them: a comment naming the role and the indicator, the quoted id, status 未完成, empty
 * progress. The comment sits on its own line: the yaml library keeps it there when `import` edits
 * the entry, and `assign --remove` recognises it as the entry's own.
 */
export function assignmentEntryLines(entry: CatalogEntry, role: string, indent: string, step: string): string[] {
  return [
    `${indent}# ${role} · ${oneLine(entry.text, 40)}`,
    `${indent}${JSON.stringify(entry.id)}:`,
    `${indent}${step}status: 未完成`,
    `${indent}${step}progress: ""`,
  ];
}

/** A comment line `assignmentEntryLines` writes (at any indentation): `# 牵头 · …`, `# 配合（各有关单位） · …`. */
export function isEntryComment(line: string): boolean {
  return /^\s*# (?:牵头|配合)(?:（[^）]*）)? · /.test(line);
}
