import { execFileSync } from 'node:child_process';
import { makeWorkspace } from './cli.js';
import { addPdf, edit } from './workspace.js';

/** Run git in `cwd` as a throw-away identity; `date` (YYYY-MM-DD) dates the commit. */
export function git(cwd: string, args: string[], date?: string): string {
  const env = date ? { ...process.env, GIT_AUTHOR_DATE: `${date}T10:00:00`, GIT_COMMITTER_DATE: `${date}T10:00:00` } : process.env;
  return execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
    env,
  });
}

export function commitAll(ws: string, date: string, message = date): void {
  git(ws, ['add', '-A']);
  git(ws, ['commit', '-qm', message, '--allow-empty'], date);
}

/**
 * A workspace made by `ledger init` with a history over the 2026 cycle (today is pinned to
 * 2026-11-28 by the test helpers; the monthly due day is the 4th):
 * - 2026-03-01 the scaffold;
 * - 2026-05-02 信用监管科 files 11/1 and 11/2;
 * - 2026-08-01 法规科 files 30/1 and reports 30 as 已完成 (a claim: 30/2 is missing);
 * - 2026-11-10 信用监管科 files 11/3 (after the 11-04 due date: progress).
 * Due dates with a commit before them: 03-04 … 11-04, nine of them.
 */
export async function workspaceWithHistory(): Promise<string> {
  const ws = makeWorkspace();
  git(ws, ['init', '-q', '-b', 'main']);
  commitAll(ws, '2026-03-01', 'scaffold');
  await addPdf(ws, 'evidence/011/1-信用监管文件.pdf');
  await addPdf(ws, 'evidence/011/2-失信惩戒.pdf');
  commitAll(ws, '2026-05-02');
  await addPdf(ws, 'evidence/030/1-规范性文件目录.pdf');
  edit(ws, 'assignments/fagui.yaml', /("?30"?:\s*\n\s*status:\s*)未完成/, '$1已完成');
  commitAll(ws, '2026-08-01');
  await addPdf(ws, 'evidence/011/3-信用修复.pdf');
  commitAll(ws, '2026-11-10');
  return ws;
}

/** The due dates the history above has a commit before, oldest first. */
export const HISTORY_DUE_DATES = [
  '2026-03-04',
  '2026-04-04',
  '2026-05-04',
  '2026-06-04',
  '2026-07-04',
  '2026-08-04',
  '2026-09-04',
  '2026-10-04',
  '2026-11-04',
];
