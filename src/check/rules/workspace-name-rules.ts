import { diag, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { linkLeavesWorkspace } from '../../load/read-workspace-file.js';
import { OUTPUT_FOLDERS, type WorkspaceName } from '../../load/load-workspace-names.js';
import { secretMarking } from '../../model/file-names.js';

/**
 * Findings about names outside evidence/: a classification marking anywhere in the repository
 * (涉密材料不上传 holds for every folder), a name that is not UTF-8, and a folder the commands
 * write into that is a link (it would be written through).
 */
export function workspaceNameFindings(root: string, names: WorkspaceName[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const n of names) {
    const at = { file: n.rel, ...(n.folder ? { folder: true } : {}) };
    const word = secretMarking(n.name);
    if (word) out.push(diag('confidential-marking', { word, where: 'name', name: n.name }, at));
    if (n.nameNotUtf8) out.push(diag('filename-not-utf8', { name: n.name }, at));
    if (n.link !== null && (OUTPUT_FOLDERS as readonly string[]).includes(n.rel)) {
      const outside = linkLeavesWorkspace(root, `${root}/${n.rel}`, n.link) ? 'yes' : 'no';
      out.push(diag('symlink', { target: n.link, outside }, { ...at, folder: true, severity: 'error' }));
    }
  }
  return out;
}
