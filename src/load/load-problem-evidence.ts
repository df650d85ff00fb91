import fs from 'node:fs';
import path from 'node:path';
import type { ProblemList } from '../model/problems.js';
import { MAX_STATEMENT_BYTES } from '../util/read-safely.js';
import type { EvidenceFile } from '../model/evidence-tree.js';
import { readWorkspaceText } from './read-workspace-file.js';

/**
 * The files problems.yaml names as proof of a fix (those inside the workspace that are files), as
 * evidence files, so the same inspection and rules judge them as the files under evidence/: a
 * 情况说明 `.md` has its text read, anything else is a document (PDF, JPEG or PNG by content).
 * Each path once, whichever problems name it.
 */
export function loadProblemEvidence(root: string, problems: ProblemList | null): EvidenceFile[] {
  const out = new Map<string, EvidenceFile>();
  for (const p of problems?.items ?? []) {
    for (const e of p.evidence) {
      if (e.state !== 'ok') continue;
      const rel = e.path
        .split(/[\\/]/)
        .filter((s) => s !== '' && s !== '.')
        .join('/');
      if (out.has(rel)) continue;
      const abs = path.join(root, ...rel.split('/'));
      const st = fs.lstatSync(abs, { throwIfNoEntry: false });
      if (!st) continue; // gone since loading
      const name = rel.split('/').pop()!;
      const statement = /\.md$/i.test(name) && name.includes('情况说明');
      const file: EvidenceFile = {
        rel,
        abs,
        folder: '',
        indicator: null,
        inner: [name],
        unitFolder: null,
        materials: null,
        kind: statement ? 'statement' : 'document',
        symlink: st.isSymbolicLink() ? { target: readLink(abs), outside: false } : null,
        size: st.size,
        mtimeMs: st.mtimeMs,
        ctimeMs: st.ctimeMs,
        ino: st.ino,
      };
      if (statement && !file.symlink) {
        const read = readWorkspaceText(root, rel, MAX_STATEMENT_BYTES);
        file.text = read.finding ? null : read.text;
        if (read.finding) file.readError = read.finding.code;
      }
      out.set(rel, file);
    }
  }
  return [...out.values()];
}

function readLink(abs: string): string {
  try {
    return fs.readlinkSync(abs, 'utf8');
  } catch {
    return '';
  }
}
