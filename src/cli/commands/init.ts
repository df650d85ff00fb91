import path from 'node:path';
import type { Command } from 'commander';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import { today } from '../../util/dates.js';
import { recoverInterruptedWrites, writePlan } from '../apply-writes.js';
import { EXIT, type CliContext, type Runner } from '../context.js';
import { requireCatalogSource } from '../catalog-source.js';
import { CannotRunError } from '../../diagnostics/cannot-run-error.js';
import { PROFILES } from '../../model/profiles.js';

/** The options of `ledger init`. */
interface InitFlags {
  org?: string;
  profile: string;
  catalog?: string;
  rollup?: boolean;
  ci?: string;
}

const DEFAULT_ORG = '许昌市市场监督管理局';

export function registerInit(program: Command, lang: Lang, runner: Runner): void {
  program
    .command('init [dir]')
    .description(t(lang, 'help.cmd.init'))
    .option('--org <name>', t(lang, 'help.init.org'))
    .option('--profile <name>', t(lang, 'help.init.profile'), 'city-bureau')
    .option('--catalog <source>', t(lang, 'help.init.catalog'))
    .option('--rollup', t(lang, 'help.init.rollup'))
    .option('--ci <host>', t(lang, 'help.init.ci'))
    .action((dir: string | undefined, flags: InitFlags) =>
      runner(async (ctx) => {
        if (flags.rollup) return initRollupRepo(ctx, dir, flags);
        const { planInit } = await import('../../edit/init/plan-scaffold.js');
        const profile = PROFILES.find((p) => p === flags.profile);
        if (!profile) throw new CannotRunError('error.init-profile', { profile: flags.profile });
        // Another bureau's workspace must not carry the source bureau's name on its covers.
        const org = flags.org ?? (profile === 'city-bureau' ? DEFAULT_ORG : undefined);
        if (!org) throw new CannotRunError('error.init-org', { profile });
        const { initBranch } = await import('../../edit/init/init-branch.js');
        const root = dir ? path.resolve(ctx.io.cwd, dir) : ctx.startDir;
        // The new workspace's own journal: an init that was interrupted is finished or undone first.
        if (root !== ctx.workspace) recoverInterruptedWrites(ctx, root);
        // The CI files trigger on pushes to the branch the first commit goes to: the repository's
        // current branch, or `main`, which a repository made here starts on.
        const handedDown = flags.catalog ? await requireCatalogSource(flags.catalog, ctx.io.cwd) : null;
        const { writes, created, kept } = planInit(root, org, today(ctx.io.env), profile, initBranch(root), handedDown);
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
        const git = await ensureGitRepository(root);
        io.out(`${t(l, git === 'created' ? 'init.git.created' : git === 'exists' ? 'init.git.exists' : 'init.git.missing')}\n`);
        const rel = path.relative(ctx.io.cwd, root);
        io.out(`${t(l, 'init.next', { dir: rel === '' ? '.' : rel.startsWith('..') ? root : rel })}\n`);
        // Units have no git handles yet in a new workspace: CODEOWNERS is offered, not written (README: CODEOWNERS).
        io.out(`${t(l, 'init.codeowners')}\n`);
        return EXIT.ok;
      }),
    );
}

/** `ledger init --rollup`: the submission repository instead of a workspace. */
async function initRollupRepo(ctx: CliContext, dir: string | undefined, flags: InitFlags): Promise<number> {
  const { CI_HOSTS } = await import('../../edit/init/ci/ci-hosts.js');
  const { planRollupRepo } = await import('../../edit/init/rollup/plan-rollup-repo.js');
  const { initBranch } = await import('../../edit/init/init-branch.js');
  if (!flags.org) throw new CannotRunError('rollup-repo.org-required');
  const hosts = flags.ci === undefined ? CI_HOSTS : CI_HOSTS.filter((h) => h === flags.ci);
  if (hosts.length === 0) throw new CannotRunError('rollup-repo.ci-unknown', { ci: flags.ci ?? '' });
  const root = dir ? path.resolve(ctx.io.cwd, dir) : ctx.startDir;
  recoverInterruptedWrites(ctx, root);
  const plan = planRollupRepo(root, flags.org, hosts, initBranch(root));
  await writePlan(ctx, plan.writes, root);
  const { io, lang: l } = ctx;
  io.out(`${t(l, 'init.created', { count: plan.created.length })}\n`);
  for (const f of plan.created) io.out(`${t(l, 'init.created.item', { file: f })}\n`);
  for (const f of plan.replaced) io.out(`${t(l, 'rollup-repo.replaced', { file: f })}\n`);
  for (const f of plan.kept) io.out(`${t(l, 'init.kept.item', { file: f })}\n`);
  if (plan.organisationsInvalid) io.out(`${ctx.style.warning(t(l, 'rollup-repo.organisations-invalid'))}\n`);
  const git = await ensureGitRepository(root);
  io.out(`${t(l, git === 'created' ? 'init.git.created' : git === 'exists' ? 'init.git.exists' : 'init.git.missing')}\n`);
  const rel = path.relative(ctx.io.cwd, root);
  io.out(`${t(l, 'rollup-repo.next', { dir: rel === '' ? '.' : rel.startsWith('..') ? root : rel })}\n`);
  return EXIT.ok;
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

/**
 * `git init` the folder on branch main unless it is inside a repository already; 'missing' when git
 * is not installed. The branch is set by symbolic-ref, which every git version knows (`init -b`
 * needs git 2.28, and without it the branch is whatever init.defaultBranch says, often master).
 */
async function ensureGitRepository(root: string): Promise<'created' | 'exists' | 'missing'> {
  const { DEFAULT_BRANCH, insideRepository, runGit } = await import('../../edit/init/init-branch.js');
  if (runGit(root, ['--version']).error) return 'missing';
  if (insideRepository(root)) return 'exists';
  if (runGit(root, ['init', '-q']).status !== 0) return 'missing';
  runGit(root, ['symbolic-ref', 'HEAD', `refs/heads/${DEFAULT_BRANCH}`]);
  return 'created';
}
