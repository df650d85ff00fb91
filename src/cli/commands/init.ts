import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import { writeFileIfAbsent } from '../../util/atomic-write.js';
import { today } from '../../util/dates.js';
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
        const { planScaffold } = await import('../../scaffold/plan-scaffold.js');
        const { currentBranch } = await import('../../load/git-remote.js');
        const root = dir ? path.resolve(ctx.io.cwd, dir) : ctx.startDir;
        // The CI files trigger on pushes to the branch the first commit goes to: the repository's
        // current branch, or `main`, which a repository made here starts on.
        const existing = nearestExisting(root);
        const branch = (insideRepository(existing) && currentBranch(existing)) || DEFAULT_BRANCH;
        const created: string[] = [];
        const kept: string[] = [];
        for (const f of planScaffold(flags.org, today(ctx.io.env), branch)) {
          (writeFileIfAbsent(path.join(root, ...f.path.split('/')), f.content) ? created : kept).push(f.path);
        }
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

const DEFAULT_BRANCH = 'main';

const run = (root: string, args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** The folder itself or, before init makes it, its nearest existing parent (a repository it will be in). */
function nearestExisting(dir: string): string {
  return fs.existsSync(dir) || path.dirname(dir) === dir ? dir : nearestExisting(path.dirname(dir));
}

function insideRepository(root: string): boolean {
  const inside = run(root, ['rev-parse', '--is-inside-work-tree']);
  return !inside.error && inside.status === 0 && inside.stdout.trim() === 'true';
}

/**
 * `git init` the folder on branch main unless it is inside a repository already; 'missing' when git
 * is not installed. The branch is set by symbolic-ref, which every git version knows (`init -b`
 * needs git 2.28, and without it the branch is whatever init.defaultBranch says, often master).
 */
function ensureGitRepository(root: string): 'created' | 'exists' | 'missing' {
  if (run(root, ['--version']).error) return 'missing';
  if (insideRepository(root)) return 'exists';
  if (run(root, ['init', '-q']).status !== 0) return 'missing';
  run(root, ['symbolic-ref', 'HEAD', `refs/heads/${DEFAULT_BRANCH}`]);
  return 'created';
}
