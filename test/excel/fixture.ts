import fs from 'node:fs';
import path from 'node:path';
import { makeWorkspace } from '../helpers/cli.js';
import { addPdf, edit, writeFile } from '../helpers/workspace.js';
import { readAssignments } from './helpers.js';

export const DEFAULT_CONTACT = '王五 0374-1111111';
export const OWN_CONTACT = '赵六 13900000000';

/** Pinned "today" for every run: the next monthly due date is 2024-06-04, so exports are for 2024-06. */
export const PINNED_DATE = { LEDGER_TODAY: '2024-05-10' };

/**
 * A workspace with a little history: 法规科 has a default contact and has finished indicator 31
 * (with its own contact); indicator 30 has one PDF and one 不涉及 exception; 办公室 also carries
 * 47 and 48, whose materials are one merged cell filed under 47.
 */
export async function fixtureWorkspace(): Promise<string> {
  const ws = makeWorkspace();
  let fagui = readAssignments(ws, 'fagui');
  fagui = mustReplace(fagui, /^contact: ""$/m, `contact: ${DEFAULT_CONTACT}`);
  fagui = mustReplace(
    fagui,
    /("31":[^\n]*\n)    status: 未完成\n    progress: ""\n/,
    `$1    status: 已完成\n    progress: 已完成合法性审核\n    contact: ${OWN_CONTACT}\n`,
  );
  writeFile(ws, 'assignments/fagui.yaml', fagui);
  fs.appendFileSync(
    path.join(ws, 'assignments/bangongshi.yaml'),
    '  "47":\n    status: 未完成\n    progress: ""\n  "48":\n    status: 未完成\n    progress: ""\n',
  );
  await addPdf(ws, 'evidence/030/1-制度文件.pdf', { pages: 3 });
  writeFile(ws, 'evidence/030/index.yaml', 'materials:\n  "2":\n    not_applicable: 本年度未开展专家论证\n');
  return ws;
}

/** Replace, and fail loudly if the scaffold no longer looks as this fixture expects. */
export function mustReplace(text: string, pattern: RegExp, replacement: string): string {
  if (!pattern.test(text)) throw new Error(`fixture: ${pattern} not found`);
  return text.replace(pattern, replacement);
}

/** Contacts a spreadsheet would run as a formula if they were stored as one, by indicator of 法规科. */
export const HOSTILE_CONTACTS: Record<string, string> = {
  '30': '=HYPERLINK("http://example.invalid","点这里")',
  '32': '+86 13800000000',
  '36': '-王五',
  '37': '@SUM(1,2)',
};

/**
 * The fixture with hostile names: 法规科 renamed `=1+2 法规科` (a formula start), 人事教育科 renamed
 * 办公室 (two units of one name; units.yaml reports the duplicate, export must not lose a file), and
 * 法规科's contacts set to HOSTILE_CONTACTS.
 */
export async function hostileNamesWorkspace(): Promise<string> {
  const ws = await fixtureWorkspace();
  edit(ws, 'units.yaml', /name: 法规科/, 'name: "=1+2 法规科"');
  edit(ws, 'units.yaml', /name: 人事教育科/, 'name: 办公室');
  let yaml = readAssignments(ws, 'fagui');
  for (const [id, contact] of Object.entries(HOSTILE_CONTACTS))
    yaml = mustReplace(yaml, new RegExp(`("${id}":[^\\n]*\\n    status: 未完成\\n    progress: ""\\n)`), `$1    contact: '${contact}'\n`);
  writeFile(ws, 'assignments/fagui.yaml', yaml);
  return ws;
}
