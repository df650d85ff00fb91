import fs from 'node:fs';
import path from 'node:path';
import { REMIND_TEMPLATE_FILE } from '../model/remind-template.js';

/** The workspace's reminder template: its text, null when there is none, or why it cannot be read. */
export function loadRemindTemplate(root: string): { text: string | null } | { error: string } {
  try {
    return { text: fs.readFileSync(path.join(root, ...REMIND_TEMPLATE_FILE.split('/')), 'utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? { text: null } : { error: code ?? String(e) };
  }
}
