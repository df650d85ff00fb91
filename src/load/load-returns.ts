import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { returnsFileSchema, type LedgerReturn } from '../model/schemas/returns.js';
import { parseYaml } from './parse-yaml.js';

export const RETURNS_FILE = 'returns.yaml';

/** returns.yaml as read: absent is an empty record (nothing returned yet), broken is `returns: null` with findings. */
export interface LoadedReturns {
  returns: LedgerReturn[] | null;
  /** the file's text, null when there is no file */
  text: string | null;
  diagnostics: Diagnostic[];
}

export function loadReturns(root: string): LoadedReturns {
  let text: string;
  try {
    text = fs.readFileSync(path.join(root, RETURNS_FILE), 'utf8');
  } catch {
    return { returns: [], text: null, diagnostics: [] };
  }
  const parsed = parseYaml(text, RETURNS_FILE, returnsFileSchema);
  return { returns: parsed.value?.returns ?? null, text, diagnostics: parsed.diagnostics };
}
