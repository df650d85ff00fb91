import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { remindersSentFileSchema, type SentReminder } from '../model/schemas/reminders-sent.js';
import { parseYaml } from './parse-yaml.js';

export const REMINDERS_SENT_FILE = 'reminders-sent.yaml';

/** The record of sent reminders: absent is none sent; broken is `sent: null` with the findings saying where. */
export interface LoadedRemindersSent {
  sent: SentReminder[] | null;
  text: string | null;
  diagnostics: Diagnostic[];
}

export function loadRemindersSent(root: string): LoadedRemindersSent {
  let text: string;
  try {
    text = fs.readFileSync(path.join(root, REMINDERS_SENT_FILE), 'utf8');
  } catch {
    return { sent: [], text: null, diagnostics: [] };
  }
  const parsed = parseYaml(text, REMINDERS_SENT_FILE, remindersSentFileSchema);
  return { sent: parsed.value?.sent ?? null, text, diagnostics: parsed.diagnostics };
}
