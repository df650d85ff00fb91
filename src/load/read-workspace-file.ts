import fs from 'node:fs';
import path from 'node:path';
import { diag, type Diagnostic, type DiagnosticInit } from '../diagnostics/diagnostic.js';
import { entryKind, readTextSafely, type ReadProblem } from '../util/read-safely.js';

/** Whether a link's target lies outside the workspace (it is never followed either way). */
export function linkLeavesWorkspace(root: string, linkAbs: string, target: string): boolean {
  const fromRoot = path.relative(root, path.resolve(path.dirname(linkAbs), target));
  return fromRoot.startsWith('..') || path.isAbsolute(fromRoot);
}

/** The finding for a workspace file that was not read, at `at` (its `file` is the workspace-relative path). */
export function readProblemFinding(root: string, abs: string, p: ReadProblem, at: DiagnosticInit): Diagnostic {
  switch (p.problem) {
    case 'symlink': {
      const outside = linkLeavesWorkspace(root, abs, p.target);
      return diag('symlink', { target: p.target, outside: outside ? 'yes' : 'no' }, { ...at, severity: 'error' });
    }
    case 'not-regular':
      return diag('file-not-regular', { kind: p.kind, expected: 'file' }, at);
    case 'too-large':
      return diag('file-too-large', { size: p.size, limit: p.limit }, at);
    case 'not-utf8':
      return diag('file-not-utf8', {}, at);
    case 'missing':
      return diag('file-unreadable', { detail: 'ENOENT' }, at);
    case 'unreadable':
      return diag('file-unreadable', { detail: p.detail }, at);
  }
}

/**
 * Read a workspace text file (`rel` is `/`-separated) the safe way: its text, or the finding that
 * says why it was not read (a link, a FIFO, too large, not UTF-8…).
 */
export function readWorkspaceText(
  root: string,
  rel: string,
  maxBytes: number,
  at: DiagnosticInit = {},
): { text: string; finding?: undefined } | { text?: undefined; finding: Diagnostic } {
  const abs = path.join(root, ...rel.split('/'));
  const r = readTextSafely(abs, maxBytes);
  return 'text' in r ? { text: r.text } : { finding: readProblemFinding(root, abs, r, { file: rel, ...at }) };
}

/**
 * Whether a top-level folder of the workspace (`evidence`, `assignments`, `indicators`) may be
 * listed: 'absent', 'folder', or the finding when it is a link (never followed: `evidence → /`
 * would list the runner's disk) or not a folder at all.
 */
export function workspaceFolder(root: string, name: string): 'absent' | 'folder' | Diagnostic {
  const abs = path.join(root, name);
  let st: fs.Stats;
  try {
    st = fs.lstatSync(abs);
  } catch {
    return 'absent';
  }
  if (st.isDirectory()) return 'folder';
  const at = { file: name, folder: true };
  if (st.isSymbolicLink()) return readProblemFinding(root, abs, { problem: 'symlink', target: readLinkText(abs) }, at);
  return diag('file-not-regular', { kind: entryKind(st), expected: 'folder' }, at);
}

function readLinkText(abs: string): string {
  try {
    return fs.readlinkSync(abs, 'utf8');
  } catch {
    return '';
  }
}
