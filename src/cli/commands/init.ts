import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Command } from 'commander';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import { today } from '../../util/dates.js';
import { recoverInterruptedWrites, writePlan } from '../apply-writes.js';
import { EXIT, type Runner } from '../context.js';

/** The options of `ledger init`. */
interface InitFlags {
  org: string;
}

const DEFAULT_ORG = '许昌市市场监督管理局';

export function registerInit(program: Command, lang: Lang, runner: Runner): void {
  program
    .command('init [dir]')
    .description(t(lang, 'help.cmd.init'))
    .option('--org <name>', t(lang, 'help.init.org'), DEFAULT_ORG)
    .action((dir: string | undefined, flags: InitFlags) =>
      runner(async (ctx) => {
        const { planInit } = await import('../../edit/init/plan-scaffold.js');
        const root = dir ? path.resolve(ctx.io.cwd, dir) : ctx.startDir;
        // The new workspace's own journal: an init that was interrupted is finished or undone first.
        if (root !== ctx.workspace) recoverInterruptedWrites(ctx, root);
        const { writes, created, kept } = planInit(root, flags.org, today(ctx.io.env));
        // One set: a file that appears meanwhile refuses the whole init, and nothing is half made.
        await writePlan(ctx, writes, root);
        const { io, lang: l } = ctx;
        io.out(`${t(l, 'init.created', { count: created.length })}\n`);
        for (const g of byFolder(created)) io.out(`${t(l, 'init.created.item', { file: g })}\n`);
        if (kept.length) {
          io.out(`${t(l, 'init.kept', { count: kept.length })}\n`);
          for (const g of byFolder(kept)) io.out(`${t(l, 'init.kept.item', { file: g })}\n`);
        }
        // CI and `check --changed` need a repository: make one unless the folder is already in one.
        const git = ensureGitRepository(root);
        io.out(`${t(l, git === 'created' ? 'init.git.created' : git === 'exists' ? 'init.git.exists' : 'init.git.missing')}\n`);
        const rel = path.relative(ctx.io.cwd, root);
        io.out(`${t(l, 'init.next', { dir: rel === '' ? '.' : rel.startsWith('..') ? root : rel })}\n`);
        // Units have no git handles yet in a new workspace: CODEOWNERS is offered, not written (README: CODEOWNERS).
        io.out(`${t(l, 'init.codeowners')}\n`);
        return EXIT.ok;
      }),
    );
}

/** `ledger.yaml`, `indicators/ (11)`: one line per top-level file or folder. */
function byFolder(files: string[]): string[] {
  const counts = new Map<string, number>();
  for (const f of files) {
    const i = f.indexOf('/');
    const key = i < 0 ? f : `${f.slice(0, i)}/`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => (k.endsWith('/') ? `${k} (${n})` : k));
}

/** `git init` the folder unless it is inside a repository already; 'missing' when git is not installed. */
function ensureGitRepository(root: string): 'created' | 'exists' | 'missing' {
  const run = (args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const inside = run(['rev-parse', '--is-inside-work-tree']);
  if (inside.error) return 'missing';
  if (inside.status === 0 && inside.stdout.trim() === 'true') return 'exists';
  return run(['init', '-q']).status === 0 ? 'created' : 'missing';
}
