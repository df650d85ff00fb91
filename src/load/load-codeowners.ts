import fs from 'node:fs';
import path from 'node:path';

/** A CODEOWNERS file found in the workspace (workspace-relative path and its text). */
export interface ExistingCodeowners {
  file: string;
  text: string;
}

/** Read those of `files` that exist; one that cannot be read is skipped (check has nothing to compare). */
export function readCodeowners(root: string, files: readonly string[]): ExistingCodeowners[] {
  const out: ExistingCodeowners[] = [];
  for (const file of files) {
    try {
      out.push({ file, text: fs.readFileSync(path.join(root, ...file.split('/')), 'utf8') });
    } catch {
      /* absent or unreadable */
    }
  }
  return out;
}
