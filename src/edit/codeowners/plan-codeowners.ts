import path from 'node:path';
import type { ExistingCodeowners } from '../../load/load-codeowners.js';
import { CODEOWNERS_FILES, isGenerated, sameCodeowners } from '../../model/codeowners-file.js';
import type { FileWrite } from '../../util/atomic-write.js';

export interface CodeownersPlan {
  /** files a person wrote (no generated marker): without --force nothing is written beside them */
  handWritten: string[];
  /** workspace-relative file → its write, or null when it already says the same */
  files: { file: string; write: FileWrite | null }[];
}

/**
 * `ledger codeowners`: both CODEOWNERS files get `text`, all or nothing. A hand-written file is the
 * user's own: it is replaced only with `force`, and only if it still holds what was read.
 */
export function planCodeowners(root: string, text: string, existing: ExistingCodeowners[], force: boolean): CodeownersPlan {
  const handWritten = existing.filter((e) => !isGenerated(e.text)).map((e) => e.file);
  const files = CODEOWNERS_FILES.map((file) => {
    const old = existing.find((e) => e.file === file);
    if (old && sameCodeowners(old.text, text)) return { file, write: null };
    const write: FileWrite = { file: path.join(root, ...file.split('/')), data: text, before: old ? { text: old.text } : { absent: true } };
    return { file, write };
  });
  return { handWritten: force ? [] : handWritten, files };
}
