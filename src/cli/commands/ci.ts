import path from 'node:path';
import { Option, type Command } from 'commander';
import { CannotRunError } from '../../diagnostics/cannot-run-error.js';
import { isWorkspace } from '../../load/workspace-root.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import { writePlanAndRemove } from '../apply-writes.js';
import { EXIT, type CliContext, type Runner } from '../context.js';
import { packageVersion } from '../package-version.js';

/** The options of `ledger ci`. */
interface CiFlags {
  host?: ('github' | 'gitlab' | 'gitea')[];
  kit?: string;
  update?: boolean;
  registry?: boolean;
  force?: boolean;
}

export function registerCi(program: Command, lang: Lang, runner: Runner): void {
  program
    .command('ci')
    .description(t(lang, 'help.cmd.ci'))
    .addOption(new Option('--host <host...>', t(lang, 'help.ci.host')).choices(['github', 'gitlab', 'gitea']))
    .option('--kit <file>', t(lang, 'help.ci.kit'))
    .option('--update', t(lang, 'help.ci.update'))
    .option('--registry', t(lang, 'help.ci.registry'))
    .option('--force', t(lang, 'help.ci.force'))
    .action((flags: CiFlags) => runner((ctx) => runCi(ctx, flags)));
}

async function runCi(ctx: CliContext, flags: CiFlags): Promise<number> {
  const { CI_HOSTS, hostOfRemote } = await import('../../edit/init/ci/ci-hosts.js');
  const { KIT_MANIFEST, parseKitManifest } = await import('../../edit/init/ci/kit-manifest.js');
  const { planCi } = await import('../../edit/init/ci/plan-ci.js');
  const { ciRemovals, ciWrites, workspaceReader } = await import('../../edit/init/ci/plan-ci-workspace.js');
  const { currentBranch, remoteUrl } = await import('../../load/git-remote.js');
  const { io, lang: l } = ctx;
  const root = ctx.workspace;
  if (!isWorkspace(root)) throw new CannotRunError('error.no-workspace', { dir: root });
  const read = workspaceReader(root);

  let hosts = flags.host ? [...new Set(flags.host)] : null;
  let why = t(l, 'ci.hosts.asked');
  if (!hosts) {
    const url = remoteUrl(root);
    const host = url ? hostOfRemote(url) : null;
    hosts = host ? [host] : [...CI_HOSTS];
    why = host && url ? t(l, 'ci.hosts.remote', { url }) : t(l, 'ci.hosts.all');
  }
  io.out(`${t(l, 'ci.hosts', { hosts: hosts.join(', '), why })}\n`);

  const vendored = parseKitManifest(read(KIT_MANIFEST));
  const kit = flags.kit || flags.update ? { kit: await loadKit(ctx, flags.kit), update: flags.update === true } : null;
  const plan = planCi({
    hosts,
    options: { branch: currentBranch(root) ?? 'main', registry: flags.registry === true, node: 22 },
    force: flags.force === true,
    kit,
    read,
    vendored,
  });

  // One set: the CI files, the kit and its manifest land together or not at all; an old kit goes after.
  await writePlanAndRemove(ctx, ciWrites(root, plan, read), ciRemovals(root, plan));
  for (const file of plan.written) io.out(`${ctx.style.ok(t(l, 'ci.written', { file }))}\n`);
  for (const file of plan.unchanged) io.out(`${ctx.style.dim(t(l, 'ci.unchanged', { file }))}\n`);
  for (const file of plan.handEdited) io.err(`${ctx.style.error('✖')} ${t(l, 'ci.hand-edited', { file })}\n`);
  if (plan.kit) {
    const m = plan.kit.manifest;
    const key = plan.kit.action === 'vendored' ? 'ci.kit.vendored' : plan.kit.action === 'same' ? 'ci.kit.same' : 'ci.kit.present';
    const line = t(l, key, { file: `.ledger/${m.file}`, version: m.version, sha256: m.sha256 });
    if (plan.kit.action === 'present') io.err(`${ctx.style.error('✖')} ${line}\n`);
    else io.out(`${line}\n`);
  }
  if (!vendored && plan.kit?.action !== 'vendored' && flags.registry !== true) io.out(`${ctx.style.warning(t(l, 'ci.next.no-kit'))}\n`);
  else if (plan.writes.length) io.out(`${t(l, 'ci.next.commit')}\n`);
  return plan.handEdited.length || plan.kit?.action === 'present' ? EXIT.cannotRun : EXIT.ok;
}

/** The kit named by --kit, or for --update the kit of this version in the current or workspace folder. */
async function loadKit(ctx: CliContext, file: string | undefined) {
  const { findKit } = await import('../../edit/init/ci/plan-ci-workspace.js');
  const running = packageVersion();
  const name = `fazhi-ledger-${running}.tgz`;
  const candidates = file ? [path.resolve(ctx.io.cwd, file)] : [path.join(ctx.io.cwd, name), path.join(ctx.workspace, name)];
  const found = findKit(candidates);
  if ('missing' in found) throw new CannotRunError('ci.kit.not-found', { file: file ?? name });
  if ('invalid' in found) throw new CannotRunError('ci.kit.invalid', { file: found.file, detail: found.invalid });
  const { kit } = found;
  // CI runs what the coordinator runs: a kit of another version is refused.
  if (kit.version !== running) throw new CannotRunError('ci.kit.version', { kit: kit.version, running, file: found.file });
  return kit;
}
