import { readTextSafely } from '../util/read-safely.js';
import path from 'node:path';

/** A CODEOWNERS file is a few KB; a larger one is not ours to compare. */
const MAX_CODEOWNERS_BYTES = 1024 * 1024;

/** A CODEOWNERS file found in the workspace (workspace-relative path and its text). */
export interface ExistingCodeowners {
  file: string;
  text: string;
}

/** Read those of `files` that exist as regular files; one that cannot be read is skipped (check has nothing to compare). */
export function readCodeowners(root: string, files: readonly string[]): ExistingCodeowners[] {
  const out: ExistingCodeowners[] = [];
  for (const file of files) {
    // Never through a link or a FIFO: absent, unreadable or odd files leave nothing to compare.
    const r = readTextSafely(path.join(root, ...file.split('/')), MAX_CODEOWNERS_BYTES);
    if ('text' in r) out.push({ file, text: r.text });
  }
  return out;
}
